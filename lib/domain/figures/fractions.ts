// Fractions that belong to a number: "2½", "2 1/4", "3/4", "4 million and a half", "seven billion and three
// quarters", "a quarter million", "a third of a million".
import type { FigureLexicon } from "./lexicon/types";
import { H, at, isDigit } from "./text";

const VULGAR = new Map<string, number>([
  ["½", 1 / 2], ["¼", 1 / 4], ["¾", 3 / 4], ["⅓", 1 / 3], ["⅔", 2 / 3], ["⅕", 1 / 5], ["⅛", 1 / 8], ["⅜", 3 / 8], ["⅝", 5 / 8], ["⅞", 7 / 8],
]);
// Only the denominators of everyday fractions: "9/11" and "24/7" are names, and d/m/y dates are read before this.
const SLASH = /([1-9])\/([2-58])(?![\p{N}\/])/uy;
const MIXED_GAP = new RegExp(`${H}(?=[1-9]/[2-58](?![\\p{N}/]))`, "uy");
const AND_FRACTION = new RegExp(String.raw`${H}+and${H}+(a|an|one|two|three)${H}+(\p{L}+)(?![\p{L}])`, "iuy");
const OF_A = new RegExp(String.raw`${H}+of${H}+an?${H}+(\p{L}+)(?![\p{L}\p{N}])`, "iuy");
const SCALE_AFTER = new RegExp(String.raw`${H}+(\p{L}+)(?![\p{L}\p{N}])`, "uy");

/** A vulgar fraction character at `pos` ("½"), or 0. */
export const vulgarAt = (text: string, pos: number): number => VULGAR.get(text[pos] ?? "") ?? 0;

/** "3/4" at `pos`: [value, length], or null. The numerator must be smaller than the denominator. */
export function slashFractionAt(text: string, pos: number): [number, number] | null {
  const m = isDigit(text[pos]) && text[pos + 1] === "/" ? at(SLASH, text, pos) : null;
  if (!m?.[1] || !m[2]) return null;
  const [n, d] = [Number(m[1]), Number(m[2])];
  return n < d ? [n / d, m[0].length] : null;
}

/** The fraction after a whole number ending at `end`: "½" in "2½", " 1/4" in "2 1/4". [value, length] or null. */
export function fractionAfterWhole(text: string, end: number): [number, number] | null {
  const vulgar = vulgarAt(text, end);
  if (vulgar) return [vulgar, 1];
  const gap = text[end + 2] === "/" ? at(MIXED_GAP, text, end) : null;
  const slash = gap ? slashFractionAt(text, end + gap[0].length) : null;
  return slash && gap ? [slash[0], gap[0].length + slash[1]] : null;
}

/** "and a half", "and three quarters" after a scale word: [fraction of the scale, length], or null. */
export function andFractionAt(text: string, pos: number, lex: FigureLexicon): [number, number] | null {
  const m = text[pos + 1] === "a" || text[pos + 1] === "A" ? at(AND_FRACTION, text, pos) : null;
  if (!m?.[1] || !m[2]) return null;
  const denominator = lex.denominators.get(m[2].toLowerCase());
  const numerator = lex.smallNumbers.get(m[1].toLowerCase()) ?? 1;
  if (!denominator || numerator >= denominator || (numerator > 1) !== m[2].toLowerCase().endsWith("s")) return null;
  return [numerator / denominator, m[0].length];
}

/** The scale that a fraction multiplies: " million" in "a quarter million", " of a million" in "a third of a million". */
export function scaleAfterFraction(text: string, end: number, lex: FigureLexicon): [number, number] | null {
  const m = at(OF_A, text, end) ?? at(SCALE_AFTER, text, end);
  const scale = m?.[1] ? lex.scaleWords.get(m[1].toLowerCase()) : undefined;
  return m && scale && scale >= 1000 ? [scale, m[0].length] : null;
}
