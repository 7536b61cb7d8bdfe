// Figure detection: finds the numbers a reviewer may want to check in a news article ("a population of around
// 12 million people", "cost ISIS 12 percent of their territory") and reads their value, unit and qualifier.
//
// Conventions (the tests pin them down):
// - Span: from a qualifier ("around", "more than"), "between"/"aged" or currency sign through the number, its
//   scale and unit words, and the counted noun when there is one ("around 12 million people", "12 percent of
//   their territory", "Nearly 3,000 Yazidi women and children"). Articles ("a 40-year-old") stay out.
// - Ranges: `low`/`high` are the ends and `value` the midpoint. Approximate plurals are ranges from 2 to 10
//   times their unit: "tens of" 20–100, "dozens" 24–120, "thousands" 2,000–10,000, "hundreds of thousands"
//   200,000–1,000,000; "several hundred" is 300–900 and "a few thousand" 2,000–5,000. Their qualifier is null.
// - Percentages keep the number written (12 percent → 12); fractions are 0–1 ("two fifths" → 0.4).
// - Dates are yyyymmdd numbers (20170803); a missing day is 00, a missing year 0000 (see figures-dates.ts).
// - Years: four plain digits 1000–2099 unless a qualifier or counted noun makes them a quantity.
// - Not figures: ordinals ("third anniversary", "21st century"), a lone "one" without a qualifier ("one of the"),
//   "a few", identifiers (AGM-114, COVID-19, F-16, G20, MH17, Resolution 2254), phone numbers, versions, times.
// - Figures never span a line break.
import { parseFigureAt } from "./figures-parse";
import { APPROX_PLURALS, MONTHS, SMALL_NUMBERS, TENS_NUMBERS } from "./figures-lexicon";
import { H } from "./figures-text";

export const FIGURE_UNITS = ["count", "percent", "year", "date", "age", "fraction", "currency", "other"] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const FIGURE_QUALIFIERS = ["about", "over", "under", "at least", "at most", "nearly", "exactly"] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

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

const WORDS = [
  ...SMALL_NUMBERS.keys(), ...TENS_NUMBERS.keys(), ...APPROX_PLURALS.keys(), ...MONTHS.keys(), "half", "several",
  "about", "around", "roughly", "approximately", "approx", "some", "circa", "estimated", "nearly", "almost", "over",
  "above", "upwards", "fewer", "less", "under", "below", "exactly", "precisely", "between", "aged", "well",
  "slightly", "just", "usd", "eur", "gbp",
];
const AHEAD = [
  String.raw`an?(?=${H}+(?:hundred|thousand|million|billion|dozen|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|few|little|maximum|minimum|estimated)\b)`,
  String.raw`in(?=${H}+excess)`, String.raw`at(?=${H}+(?:least|most|the${H}+age))`, String.raw`the(?=${H}+age${H}+of)`, String.raw`as(?=${H}+(?:many|much)\b)`,
  String.raw`not?(?=${H}+(?:more|fewer|less)\b)`, String.raw`up(?=${H}+to\b)`, String.raw`close(?=${H}+to\b)`,
  String.raw`more(?=${H}+(?:than|or)\b)`, String.raw`ages?(?=${H}+\d)`, String.raw`c\.(?=${H}*\d)`,
];
// Where a figure may start: a digit, a currency sign, a number word, a qualifier, a month. Everything else is
// skipped by the regex engine, which keeps the scan fast.
const TRIGGER = new RegExp(String.raw`\d|[$€£¥]|\b(?:${WORDS.join("|")})\b|\b(?:${AHEAD.join("|")})`, "gi");
const CURRENCY_LETTERS = /(?:^|[^\p{L}\p{N}])(US|HK|NZ|A|C)$/u;

/** Widens "$5 million" to "US$5 million". */
function withCurrencyLetters(text: string, figure: DetectedFigure, floor: number): DetectedFigure {
  if (text[figure.start] !== "$") return figure;
  const m = CURRENCY_LETTERS.exec(text.slice(Math.max(0, figure.start - 3), figure.start));
  const start = figure.start - (m?.[1]?.length ?? 0);
  return start < figure.start && start >= floor ? { ...figure, start, text: text.slice(start, figure.end) } : figure;
}

/** All figures in `text`, sorted by start and never overlapping. Pure; linear in the text's length. */
export function detectFigures(text: string): DetectedFigure[] {
  const figures: DetectedFigure[] = [];
  const trigger = new RegExp(TRIGGER.source, TRIGGER.flags);
  let floor = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const { figure, resume } = parseFigureAt(text, m.index);
    if (figure) {
      figures.push(withCurrencyLetters(text, figure, floor));
      floor = figure.end;
      trigger.lastIndex = figure.end;
    } else {
      trigger.lastIndex = Math.max(trigger.lastIndex, resume);
    }
  }
  return figures;
}
