// The quantity of a French or Spanish figure (romance.ts puts the figure together): digits with their scale
// ("2,3 milliards", "40.000 millones", "12 Md€"), words ("quatre-vingts", "un million"), round nouns ("une dizaine"),
// approximate plurals ("des dizaines de milliers"), fractions ("un tiers", "la mitad", "una cuarta parte").
import type { Phrase, RomanceLexicon } from "./lexicon/romance-types";
import { phoneNumberEnd } from "./phones";
import { isDigitAt, isGap, isLetterCode, nextToken, nextWord, tokenAt, wordsBefore, type Token } from "./romance-tokens";
import { readWordNumber } from "./romance-words";
import { clean } from "./text";

export interface Quantity {
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  kind: "digits" | "words" | "round" | "approx" | "fraction";
  /** The scale words' product ("3 mil millones" → 1e9), 1 without one; a range's first end takes the second's. */
  scale: number;
  /** Four plain digits 1000–2099 with no scale: a year unless a counted noun or qualifier says otherwise. */
  yearLike: boolean;
  percent: boolean;
  /** A currency read with the number: "2,3 M€". */
  currency?: string;
}

export type QuantityRead = Quantity | { reject: number } | null;

const q = (start: number, end: number, value: number, kind: Quantity["kind"], scale = 1): Quantity => ({
  start, end, value: clean(value), kind, scale, yearLike: false, percent: false,
});

/** The end of the run of characters an identifier or code is made of, to skip it whole ("F-16", "0 800 130 000"). */
export function runEnd(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && (isLetterCode(text.charCodeAt(p)) || isDigitAt(text, p) || "-‐./:#@+_".includes(text[p] ?? ""))) p += 1;
  // A number grouped by spaces ("0 800 130 000", "01 45 67 89 10") is skipped with its groups.
  while (isGap(text.charCodeAt(p)) && isDigitAt(text, p + 1)) for (p += 1; isDigitAt(text, p); p += 1);
  return Math.max(p, pos + 1);
}

const PHONE = /\d{2}(?:[ .\u00a0-]\d{2}){3,}(?!\d)/y;

/** Where to resume when the digits of `t` are no figure (glued to a word, a code, a phone number), else -1. */
function rejectDigits(text: string, t: Token): number {
  const before = text[t.start - 1] ?? " ";
  const international = before === "+" || before === "(" ? phoneNumberEnd(text, t.start) : -1;
  if (international >= 0) return international;
  const glued = isLetterCode(text.charCodeAt(t.start - 1)) || isDigitAt(text, t.start - 1) || "#@/\\+_.,:".includes(before);
  const hyphened = (before === "-" || before === "‐") && (isLetterCode(text.charCodeAt(t.start - 2)) || isDigitAt(text, t.start - 2));
  if (glued || hyphened) return runEnd(text, t.start);
  if (text[t.start] === "0" && (isDigitAt(text, t.start + 1) || !t.plain && t.norm.length > 1 && !t.norm.startsWith("0."))) return runEnd(text, t.start);
  PHONE.lastIndex = t.start;
  if (PHONE.test(text)) return runEnd(text, t.start);
  // "91 123 45 67": numbers grouped by spaces that run on into more digits are a phone number.
  const spaced = !t.plain && t.dotDecimal === undefined && /^\d{1,3}[ \u00a0\u202f]/.test(text.slice(t.start, t.start + 5));
  if (spaced && isGap(text.charCodeAt(t.end)) && isDigitAt(text, t.end + 1)) return runEnd(text, t.start);
  const after = text[t.end] ?? "";
  // "3.º", "1.er": an ordinal. "3.5.2", "14:30", "1/3", "1,2,3": a version, time or code.
  if (after === "." && isLetterCode(text.charCodeAt(t.end + 1))) return runEnd(text, t.start);
  if (".:/,".includes(after) && after !== "" && isDigitAt(text, t.end + 1) && t.dotDecimal === undefined) return runEnd(text, t.start);
  if (after === "-" && isDigitAt(text, t.end + 1)) return runEnd(text, t.start);
  return -1;
}

/** A scale abbreviation after digits ("Md", "Mds", "M€", "k€"), with the currency glued to it if any. */
function abbreviationAt(text: string, pos: number, lex: RomanceLexicon): { scale: number; end: number; currency?: string } | null {
  const t = nextToken(text, pos);
  if (!t || t.kind !== "word") return null;
  const raw = text.slice(t.start, t.end);
  const scale = lex.scaleAbbreviations.get(t.norm);
  if (scale === undefined || (t.norm === "m" && raw !== "M") || (t.norm === "mm" && raw !== "MM")) return null;
  const sign = tokenAt(text, t.end);
  const glued = sign?.kind === "sym" ? lex.currencies.get(sign.norm) : undefined;
  if (glued && sign) return { scale, end: sign.end, currency: glued };
  if (lex.currencyOnlyAbbreviations.has(t.norm)) {
    const n = nextToken(text, t.end);
    const via = n && lex.links.has(n.norm) ? nextToken(text, n.end) : n;
    if (!via || !lex.currencies.has(via.norm)) return null;
  }
  return { scale, end: t.end };
}

function readDigits(text: string, t: Token, lex: RomanceLexicon): QuantityRead {
  const skip = rejectDigits(text, t);
  if (skip >= 0) return { reject: skip };
  let value = t.value;
  let end = t.end;
  // "1,500 millones de dólares" is 1.5e9 in Spanish news (the conventions' own example): before a scale word, a
  // comma and exactly three digits group thousands, as Latin American papers write them.
  if (lex.language === "es" && /^\d{1,3},\d{3}$/.test(text.slice(t.start, t.end)) && lex.scales.has(nextWord(text, t.end)?.norm ?? "")) {
    value = Number(text.slice(t.start, t.end).replace(",", ""));
  }
  if (t.dotDecimal !== undefined) {
    // "2.5 millones", "3.5 %" read the dot as a decimal point; "14.30" and "1.2.3" are times and codes.
    let dotEnd = end + 1;
    while (isDigitAt(text, dotEnd)) dotEnd += 1;
    const n = nextToken(text, dotEnd);
    if (!n || !(lex.scales.has(n.norm) || n.norm === "%") || ".:/".includes(text[dotEnd] ?? "")) return { reject: runEnd(text, t.start) };
    [value, end] = [t.dotDecimal, dotEnd];
  }
  let scale = 1;
  for (let n = nextWord(text, end); n && lex.scales.has(n.norm) && n.start > end; n = nextWord(text, end)) {
    scale *= lex.scales.get(n.norm) ?? 1;
    end = n.end;
  }
  let currency: string | undefined;
  const abbreviation = scale === 1 ? abbreviationAt(text, end, lex) : null;
  if (abbreviation) [scale, end, currency] = [abbreviation.scale, abbreviation.end, abbreviation.currency];
  else if (isLetterCode(text.charCodeAt(end))) return { reject: runEnd(text, t.start) };
  if (scale > 1) {
    const half = halfAfter(text, end, lex);
    if (half) [value, end] = [value + 0.5, half];
  }
  const out = q(t.start, end, value * scale, "digits", scale);
  out.yearLike = t.plain && t.digits === 4 && scale === 1 && value >= 1000 && value < 2100 && t.dotDecimal === undefined;
  if (currency) out.currency = currency;
  return out;
}

/** "et demi", "y medio" after a scale: where it ends, or 0. */
function halfAfter(text: string, pos: number, lex: RomanceLexicon): number {
  const and = nextWord(text, pos);
  const half = and && and.norm === lex.halfAfterScale[0] ? nextWord(text, and.end) : null;
  return half && half.norm === lex.halfAfterScale[1] ? half.end : 0;
}

/** `words` (nearest first) ends with `phrase` (reading order). */
export function endsWith(words: readonly Token[], phrase: Phrase): boolean {
  if (words.length < phrase.length) return false;
  return phrase.every((w, i) => words[phrase.length - 1 - i]?.norm === w);
}

function readApprox(text: string, t: Token, before: readonly Token[], lex: RomanceLexicon): Quantity {
  let unit = lex.approxPlurals.get(t.norm) ?? 1;
  let end = t.end;
  const of = nextToken(text, t.end);
  const times = of && lex.links.has(of.norm) ? nextToken(text, of.end) : null;
  const more = times?.kind === "word" ? lex.approxPlurals.get(times.norm) : undefined;
  if (times && more !== undefined && more > unit) [unit, end] = [unit * more, times.end];
  const lead = lex.approxLeads.find(([phrase]) => endsWith(before, phrase));
  const [lo, hi] = lead ? [lead[1], lead[2]] : [2, 10];
  const start = lead ? (before[lead[0].length - 1]?.start ?? t.start) : t.start;
  return { ...q(start, end, ((lo + hi) / 2) * unit, "approx"), low: clean(lo * unit), high: clean(hi * unit) };
}

/** A fraction's numerator from the word before it: "un", "la" (before "moitié"), "deux", "tres". */
function numerator(before: readonly Token[], denominator: number, lex: RomanceLexicon): number {
  const w = before[0]?.norm ?? "";
  if (lex.ones.has(w) || (denominator === 2 && lex.halfArticles.has(w))) return 1;
  const n = lex.numberWords.get(w);
  return n !== undefined && n > 1 && n < denominator * 2 ? n : 0;
}

/** The denominator named at `t`: "tiers", "moitié", or an ordinal before "parte" ("cuarta parte"). */
function denominatorOf(text: string, t: Token, lex: RomanceLexicon): number | undefined {
  const d = lex.fractions.get(t.norm);
  if (d !== undefined || !lex.fractionOrdinals.has(t.norm)) return d;
  return lex.fractionPart.has(nextWord(text, t.end)?.norm ?? "") ? lex.fractionOrdinals.get(t.norm) : undefined;
}

function readWords(text: string, t: Token, lex: RomanceLexicon, floor: number): QuantityRead {
  const before = wordsBefore(text, t.start, 2, floor);
  const article = before[0] && lex.ones.has(before[0].norm) ? before[0] : null;
  const w = t.norm;
  if (lex.approxPlurals.has(w) && !(lex.scales.has(w) && article)) return readApprox(text, t, before, lex);
  const round = lex.roundNouns.get(w);
  if (round !== undefined) return article ? { ...q(article.start, t.end, round, "round"), scale: round } : null;
  // "deux tiers", "tres cuartas partes": a number word before the denominator is its numerator.
  const after = nextWord(text, t.end);
  const [d, lead] = lex.numberWords.has(w) && after && denominatorOf(text, after, lex) ? [after, [t]] : [t, before];
  const denominator = denominatorOf(text, d, lex);
  if (denominator !== undefined) {
    const n = numerator(lead, denominator, lex);
    if (!n || !lead[0]) return null;
    const end = lex.fractions.has(d.norm) ? d.end : (nextWord(text, d.end)?.end ?? d.end);
    return q(lead[0].start, end, n / denominator, "fraction");
  }
  if (lex.halfBeforeScale.has(w)) {
    const s = nextWord(text, t.end);
    const scale = s ? lex.scales.get(s.norm) : undefined;
    if (!s || scale === undefined || scale < 1000) return null;
    return q(article?.start ?? t.start, s.end, scale / 2, "words", scale);
  }
  const n = readWordNumber(text, article && lex.scales.has(w) ? article : t, lex);
  if (!n || n.loneOne) return n ? { reject: n.end } : null;
  return q(article && lex.scales.has(w) ? article.start : t.start, n.end, n.value, "words", n.scale);
}

/** The quantity at token `t` (digits, a word or a currency sign's number), with a percent sign or words after it. */
export function quantityAt(text: string, t: Token, lex: RomanceLexicon, floor: number): QuantityRead {
  const read = t.kind === "num" ? readDigits(text, t, lex) : t.kind === "word" ? readWords(text, t, lex, floor) : null;
  if (!read || "reject" in read || read.kind === "fraction" || read.kind === "approx") return read;
  const n = nextToken(text, read.end);
  if (n?.norm === "%") [read.end, read.percent] = [n.end, true];
  else if (n?.kind === "word") {
    const phrase = lex.percentPhrases.find((p) => p[0] === n.norm && (p.length === 1 || nextWord(text, n.end)?.norm === p[1]));
    if (phrase) [read.end, read.percent] = [phrase.length === 1 ? n.end : (nextWord(text, n.end)?.end ?? n.end), true];
  }
  if (read.percent) read.yearLike = false;
  return read;
}
