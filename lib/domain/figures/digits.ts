// Digit-only reading for languages without a lexicon yet (French, Spanish; see lexicon/index.ts): every
// number written in digits, Latin (0–9), Arabic-Indic (٠–٩) or Eastern Arabic (۰–۹), with that language's
// separators, read as a count, a percentage (% or ٪) or a year. Words (scales, qualifiers, counted nouns) wait
// for the language's lexicon, so "12 millions" reads 12, not 12 million: a suggestion to correct, not a wrong
// guess hidden in a phrase. (Arabic had this reading too; it now has its own parser, ./arabic.ts.)
import type { DetectedFigure, FigureLanguage } from "./types";

const ZERO_LATIN = 0x30;
const ZERO_ARABIC_INDIC = 0x660;
const ZERO_EASTERN = 0x6f0;

/** The digit's value, or -1: Latin, Arabic-Indic and Eastern Arabic digits alike. */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= ZERO_LATIN && c <= ZERO_LATIN + 9) return c - ZERO_LATIN;
  if (c >= ZERO_ARABIC_INDIC && c <= ZERO_ARABIC_INDIC + 9) return c - ZERO_ARABIC_INDIC;
  if (c >= ZERO_EASTERN && c <= ZERO_EASTERN + 9) return c - ZERO_EASTERN;
  return -1;
}

interface Separators {
  group: string;
  decimal: string;
}

// French and Spanish: a decimal comma, thousands
// grouped by dots or (no-break, narrow no-break) spaces: "4.500", "12 000", "2,3".
/** The languages read digits-only: those with neither a lexicon nor a parser of their own yet. */
export type DigitLanguage = Exclude<FigureLanguage, "en" | "ar">;

const SEPARATORS: Record<DigitLanguage, Separators> = {
  fr: { group: ". \u00a0\u202f", decimal: "," },
  es: { group: ". \u00a0\u202f", decimal: "," },
};

const isWordish = (text: string, i: number) => i >= 0 && i < text.length && /[\p{L}\p{M}_\-‐]/u.test(text[i] ?? "");
// Arabic writes one-letter words joined to the next: "و٤٥٪" is "and 45%". Any other letter glued on names something.
const CLITICS = "وبلفك";
const gluedBefore = (text: string, start: number) =>
  isWordish(text, start - 1) && !(CLITICS.includes(text[start - 1] ?? "x") && !isWordish(text, start - 2));
const PERCENT = /^[\s\u00a0\u202f]?[%٪]/;

/** Reads the number at `start` (a digit), or null when it is glued to a word ("إف-35", "ديرالزور24"). */
function readNumber(text: string, start: number, sep: Separators): DetectedFigure | null {
  let i = start;
  let integer = "";
  for (; digitAt(text, i) >= 0; i += 1) integer += digitAt(text, i);
  // Thousands groups: a separator and exactly three digits, repeated.
  while (sep.group.includes(text[i] ?? "x") && [1, 2, 3].every((k) => digitAt(text, i + k) >= 0) && digitAt(text, i + 4) < 0) {
    for (let k = 1; k <= 3; k += 1) integer += digitAt(text, i + k);
    i += 4;
  }
  let fraction = "";
  if (sep.decimal.includes(text[i] ?? "x") && digitAt(text, i + 1) >= 0) {
    for (i += 1; digitAt(text, i) >= 0; i += 1) fraction += digitAt(text, i);
  }
  if (gluedBefore(text, start) || isWordish(text, i)) return null;
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  const percent = PERCENT.exec(text.slice(i, i + 2));
  const end = i + (percent ? percent[0].length : 0);
  const yearLike = !percent && !fraction && integer.length === 4 && value >= 1000 && value < 2100 && end - start === 4;
  const unit = percent ? "percent" : yearLike ? "year" : "count";
  return { start, end, text: text.slice(start, end), value, unit, qualifier: null };
}

const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/g;

/** Every number in digits, for a language that has no lexicon yet. */
export function detectDigitFigures(text: string, language: DigitLanguage): DetectedFigure[] {
  const figures: DetectedFigure[] = [];
  const sep = SEPARATORS[language];
  const scan = new RegExp(ANY_DIGIT.source, "g");
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const figure = readNumber(text, m.index, sep);
    let next = m.index + 1;
    while (digitAt(text, next) >= 0 || (/[.,٫٬ \u00a0\u202f]/.test(text[next] ?? "") && digitAt(text, next + 1) >= 0)) next += 1;
    if (figure) {
      figures.push(figure);
      next = Math.max(next, figure.end);
    }
    scan.lastIndex = next;
  }
  return figures;
}
