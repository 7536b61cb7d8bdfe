// What may stand before a number and belongs to the figure: a qualifier ("just over"), "aged", "between", a
// currency sign. They are read forwards from the scan position, so a figure's span starts with them.
import type { FigureLexicon } from "./lexicon/types";
import { H, at, isLetter, perLexicon, previousWord } from "./text";
import type { FigureQualifier } from "./types";

export interface Prefix {
  /** Where the number itself starts. */
  pos: number;
  qualifier: FigureQualifier | null;
  age: boolean;
  between: boolean;
  currency?: string;
  /** A minus sign or the word "minus": the number is negative. */
  negative: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const qualifiers = perLexicon((lex: FigureLexicon) => ({
  names: new Map<string, FigureQualifier>(lex.qualifierPhrases.map(([phrase, q]) => [phrase, q])),
  phrase: new RegExp(`(${lex.qualifierPhrases.map(([phrase]) => escape(phrase).replaceAll(" ", `${H}+`)).join("|")})${H}+`, "iy"),
}));
const MINUS = new RegExp(String.raw`(?:minus${H}+|[−-](?=\d))`, "iy");
const AGE_INTRO = new RegExp(String.raw`(?:aged|ages?|(?:at${H}+)?the${H}+age${H}+of)${H}+`, "iy");
const BETWEEN = new RegExp(String.raw`between${H}+`, "iy");
const CURRENCY = new RegExp(String.raw`((?:us|a|c|hk|nz)?\$|€|£|¥)${H}?|(usd|eur|gbp)${H}+(?=\d)`, "iy");

// "costs 1.2bn over five years", "a €50bn package for Ukraine over four years": "over" a duration is the period
// something happens over, not a bound, unless a word before asks for a length ("for over four years", "in over 20
// years", "lasted over", "it has been over") or one after makes it an age, a time ago or a length of something
// ("over 20 years old", "over 20 years ago", "suffered over 20 years of war").
const DURATION = new RegExp(String.raw`[\p{L}\p{N}.,-]+${H}+(?:years?|months?|weeks?|days?|decades?|hours?)(?![\p{L}])`, "iuy");
const FIGURE_END = /(?:\d|%|\d(?:bn|mn|tn|m|k|b|mln|bln)|\b(?:hundred|thousand|million|billion|trillion|percent|cent))[^\S\r\n]+$/iu;
const LENGTH_WANTED = new Set(
  ("for in of with after within than to at by lasted last lasts lasting took take takes taking spent spend spends " +
    "spending served serving is are was were be been being has have had having aged age ages").split(" "),
);
const BOUND_AFTER = new RegExp(String.raw`${H}+(?:ago|old|older|of)(?![\p{L}])`, "iuy");

function isPeriod(text: string, pos: number, length: number, phrase: string): boolean {
  if (phrase.toLowerCase() !== "over") return false;
  const duration = at(DURATION, text, pos + length);
  if (!duration) return false;
  if (FIGURE_END.test(text.slice(Math.max(0, pos - 12), pos))) return true;
  const before = previousWord(text, pos);
  if (before === null || LENGTH_WANTED.has(before)) return false;
  return !at(BOUND_AFTER, text, pos + length + duration[0].length);
}

const CURRENCY_STARTS = "$€£¥uUaAcChHnNeEgG";

export function readPrefixes(text: string, start: number, lex: FigureLexicon): Prefix {
  const p: Prefix = { pos: start, qualifier: null, age: false, between: false, negative: false };
  const { names, phrase } = qualifiers(lex);
  for (let i = 0; i < 3 && isLetter(text[p.pos]); i += 1) {
    const q = p.qualifier === null ? at(phrase, text, p.pos) : null;
    if (q?.[1] && isPeriod(text, p.pos, q[0].length, q[1])) break;
    if (q?.[1]) {
      p.qualifier = names.get(q[1].toLowerCase().replace(/\s+/g, " ")) ?? null;
      p.pos += q[0].length;
      continue;
    }
    const intro = p.age ? null : at(AGE_INTRO, text, p.pos);
    const between = p.between || intro ? null : at(BETWEEN, text, p.pos);
    if (!intro && !between) break;
    if (intro) p.age = true;
    if (between) p.between = true;
    p.pos += (intro ?? between)?.[0].length ?? 0;
  }
  const c = CURRENCY_STARTS.includes(text[p.pos] ?? "_") ? at(CURRENCY, text, p.pos) : null;
  const sign = c?.[1] ?? c?.[2];
  if (c && sign) {
    p.currency = lex.currencyPrefixes.get(sign.toLowerCase());
    p.pos += c[0].length;
  }
  const minus = p.currency === undefined ? readMinus(text, p.pos) : 0;
  p.negative = minus > 0;
  p.pos += minus;
  return p;
}

/** The length of a minus at `pos` ("minus 5", "−5", "-5" after a space), or 0. "COVID-19" has no minus. */
export function readMinus(text: string, pos: number): number {
  const c = text[pos];
  if (c !== "-" && c !== "−" && c !== "m" && c !== "M") return 0;
  if (c === "-" && /[\p{L}\p{N}\-‐.,\/]/u.test(text[pos - 1] ?? " ")) return 0;
  return at(MINUS, text, pos)?.[0].length ?? 0;
}
