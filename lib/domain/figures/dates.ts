// Dates and years. A date's value is the number yyyymmdd (20170803); an unknown day is 00 ("April 2017" is
// 20170400) and an unknown year is 0000 ("July 13" is 713). Sortable, readable, and free of time zones.
import type { FigureLexicon } from "./lexicon/types";
import { H, at, isDigit, isUpper, isWordChar, perLexicon, previousWord } from "./text";
import type { FigureQualifier } from "./types";

const ORDINAL = "(?:st|nd|rd|th)?";
const END = String.raw`(?![\p{L}\p{N}]|[-–]\d)`;
const YEAR = String.raw`(?:,?${H}+(\d{4}))?`;
// A full month name never takes a dot: "on 17 October." ends the sentence, "Aug." abbreviates.
const patterns = perLexicon((lex: FigureLexicon) => {
  const names = [...lex.months.keys()].sort((a, b) => b.length - a.length);
  const month = names.map((n) => (lex.monthAbbreviations.has(n) ? String.raw`${n}\.?` : n)).join("|");
  return {
    dayFirst: new RegExp(String.raw`(\d{1,2})${ORDINAL}(?:${H}+of)?${H}+(${month})${YEAR}${END}`, "iuy"),
    monthFirst: new RegExp(String.raw`(${month})${H}+(\d{1,2})${ORDINAL}${YEAR}${END}`, "iuy"),
    monthYear: new RegExp(String.raw`(${month}),?${H}+(\d{4})${END}`, "iuy"),
  };
});
const ISO = /(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/uy;
const SLASHED = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\p{N}/])/uy;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const HYPHEN_CUE = /(?:^|[^\p{L}])(?:mid|pre|post|early|late)[-‐]$/iu;

export interface DateMatch {
  end: number;
  value: number;
}

function dateValue(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 0 || day > (MONTH_DAYS[month - 1] ?? 0)) return null;
  return year * 10000 + month * 100 + day;
}

const month = (lex: FigureLexicon, word: string | undefined): number =>
  word && isUpper(word[0]) ? (lex.months.get(word.toLowerCase().replace(".", "")) ?? 0) : 0;
const num = (digits: string | undefined): number => (digits ? Number(digits) : 0);

function numericDate(text: string, pos: number): DateMatch | null {
  const iso = text[pos + 4] === "-" ? at(ISO, text, pos) : null;
  if (iso) {
    const value = dateValue(num(iso[1]), num(iso[2]), num(iso[3]));
    return value && num(iso[3]) > 0 ? { end: pos + iso[0].length, value } : null;
  }
  const s = text[pos + 1] === "/" || text[pos + 2] === "/" ? at(SLASHED, text, pos) : null;
  if (!s) return null;
  // Ambiguous d/m/y versus m/d/y: read day first unless the second part cannot be a month.
  const [a, b] = [num(s[1]), num(s[2])];
  const [day, m] = b > 12 ? [b, a] : [a, b];
  const y = s[3]?.length === 2 ? 2000 + num(s[3]) - (num(s[3]) > 40 ? 100 : 0) : num(s[3]);
  const value = day > 0 ? dateValue(y, m, day) : null;
  return value ? { end: pos + s[0].length, value } : null;
}

/** A calendar date starting at `pos`: "03 Aug, 2017", "July 13, 2016", "19th January 2016", "April 2017". */
export function readDate(text: string, pos: number, lex: FigureLexicon): DateMatch | null {
  if (isWordChar(text[pos - 1])) return null;
  return isDigit(text[pos]) ? digitFirstDate(text, pos, lex) : monthFirstDate(text, pos, lex);
}

function digitFirstDate(text: string, pos: number, lex: FigureLexicon): DateMatch | null {
  const dayFirst = isDigit(text[pos + 2]) ? null : at(patterns(lex).dayFirst, text, pos);
  if (dayFirst && month(lex, dayFirst[2]) && num(dayFirst[1]) > 0) {
    const value = dateValue(num(dayFirst[3]), month(lex, dayFirst[2]), num(dayFirst[1]));
    return value ? { end: pos + dayFirst[0].length, value } : null;
  }
  return numericDate(text, pos);
}

function monthFirstDate(text: string, pos: number, lex: FigureLexicon): DateMatch | null {
  if (!isUpper(text[pos])) return null;
  const monthFirst = at(patterns(lex).monthFirst, text, pos);
  if (monthFirst && month(lex, monthFirst[1]) && num(monthFirst[2]) > 0) {
    const value = dateValue(num(monthFirst[3]), month(lex, monthFirst[1]), num(monthFirst[2]));
    return value ? { end: pos + monthFirst[0].length, value } : null;
  }
  const monthYear = at(patterns(lex).monthYear, text, pos);
  if (monthYear && month(lex, monthYear[1])) {
    const value = dateValue(num(monthYear[2]), month(lex, monthYear[1]), 0);
    return value ? { end: pos + monthYear[0].length, value } : null;
  }
  return null;
}

/** "mid-2014", "pre-2011": the hyphen belongs to a year, not to an identifier. */
export const hyphenYearCue = (text: string, pos: number): boolean => HYPHEN_CUE.test(text.slice(Math.max(0, pos - 6), pos));

/**
 * Whether four plain digits (1000–2099) are a year. A qualifier other than "about" makes them a quantity
 * ("over 1500"); a temporal word before them makes them a year; otherwise a counted noun after them makes
 * them a quantity ("1500 fighters") and its absence a year ("in 1298", "In 2013 the ...").
 */
export function isYear(
  text: string, start: number, value: number, qualifier: FigureQualifier | null, counted: boolean, lex: FigureLexicon,
): boolean {
  if (qualifier !== null && qualifier !== "about") return false;
  if (hyphenYearCue(text, start)) return true;
  const before = previousWord(text, start);
  if (before !== null && lex.strongYearCues.has(before)) return true;
  if (before !== null && lex.weakYearCues.has(before) && value >= 1900) return true;
  return !counted;
}
