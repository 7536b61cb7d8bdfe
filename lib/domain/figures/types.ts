// The vocabulary of figures, shared by the detector, the claim form, conflicts and reports. Imports nothing, so
// every figures module (and every module outside) can depend on it without an import circle.

export const FIGURE_UNITS = ["count", "percent", "year", "date", "age", "fraction", "currency", "other"] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const FIGURE_QUALIFIERS = ["about", "over", "under", "at least", "at most", "nearly", "exactly"] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** The languages the desk reads, each with its lexicon (see lexicon/index.ts). */
export const FIGURE_LANGUAGES = ["en", "ar", "fr", "es"] as const;
export type FigureLanguage = (typeof FIGURE_LANGUAGES)[number];

/** The value of a figure as claims, conflicts and labels hold it. */
export interface FigureValue {
  value: number;
  unit: FigureUnit;
  qualifier: FigureQualifier | null;
  low?: number | null;
  high?: number | null;
  counted?: string | null;
}

export interface DetectedFigure {
  /** UTF-16 offsets into the text; `text` is text.slice(start, end). */
  start: number;
  end: number;
  text: string;
  value: number;
  low?: number;
  high?: number;
  unit: FigureUnit;
  qualifier: FigureQualifier | null;
  /** The counted noun, lower-cased: "fighters", "women and children", "territory"; the unit for "other". */
  counted?: string;
  /** The shared quantity concept of the counted noun ("killed", "displaced", "money"), the same in every language. */
  concept?: string;
}

export interface DetectOptions {
  /** The text's language; without it the text's opening decides (script, then words; else Arabic script → "ar", else "en"). */
  language?: FigureLanguage;
}

/** The database enum name of a unit or qualifier: "at least" → "AT_LEAST". */
export function toFigureEnum(value: FigureUnit | FigureQualifier): string {
  return value.toUpperCase().replaceAll(" ", "_");
}

/** The inverse of toFigureEnum: "AT_LEAST" → "at least". */
export function fromFigureEnum(name: string): FigureUnit | FigureQualifier | null {
  const value = name.toLowerCase().replaceAll("_", " ");
  const known: readonly string[] = [...FIGURE_UNITS, ...FIGURE_QUALIFIERS];
  return known.includes(value) ? (value as FigureUnit | FigureQualifier) : null;
}
