// The shorthand the labelled sentences are written in (ar.ts, fr.ts, es.ts, held-out.ts): one helper per unit, so a
// label reads like the figure it names: c("Al menos 40 civiles", 40, "civiles", "at least").
import type { FigureQualifier, FigureUnit } from "@/lib/domain/figures/types";
import type { ExpectedFigure, LabelledExample } from "./en";

type Q = FigureQualifier | null;
export const fig = (text: string, value: number, unit: FigureUnit, qualifier: Q, counted?: string): ExpectedFigure => ({
  text, value, unit, qualifier, ...(counted ? { counted } : {}),
});
export const c = (text: string, value: number, counted?: string, q: Q = null) => fig(text, value, "count", q, counted);
export const pct = (text: string, value: number, counted?: string, q: Q = null) => fig(text, value, "percent", q, counted);
export const money = (text: string, value: number, counted: string, q: Q = null) => fig(text, value, "currency", q, counted);
/** A year; its value is the text's own digits unless given (Arabic-Indic digits need it given). */
export const yr = (text: string, value = Number(text)) => fig(text, value, "year", null);
export const date = (text: string, value: number) => fig(text, value, "date", null);
export const age = (text: string, value: number, q: Q = null) => fig(text, value, "age", q);
export const frac = (text: string, value: number, counted?: string, q: Q = null) => fig(text, value, "fraction", q, counted);
export const rng = (text: string, low: number, high: number, counted?: string, unit: FigureUnit = "count"): ExpectedFigure => ({
  ...fig(text, (low + high) / 2, unit, null, counted), low, high,
});
/** A sentence and what it holds, from `source` ("news": written for these tests). */
export const sentenceFrom = (source: string) => (sentence: string, ...expected: ExpectedFigure[]): LabelledExample => ({ source, sentence, expected });
export const ex = sentenceFrom("news");
