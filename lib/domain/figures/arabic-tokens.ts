// Tokens of Arabic text for figure reading, with exact UTF-16 offsets into the original string. Nothing is
// normalised in place: bidi controls (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM) are skipped like spaces between
// tokens and never start or end one, so a span is the same characters whatever marks an editor inserted.
import { normalizeArabic } from "./lexicon/ar";

export interface Token {
  start: number;
  end: number;
  kind: "num" | "word" | "sym";
  /** Word: normalised (normalizeArabic). Number: its digits, Latin, without separators. Symbol: the character. */
  norm: string;
  value: number;
  /** Number: how many characters of the number are digits only (a plain "2016" has no separator). */
  plain: boolean;
}

const ZERO_LATIN = 0x30;
const ZERO_ARABIC_INDIC = 0x660;
const ZERO_EASTERN = 0x6f0;

/** The digit's value, or -1: Latin, Arabic-Indic and Eastern Arabic digits alike. */
export function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= ZERO_LATIN && c <= ZERO_LATIN + 9) return c - ZERO_LATIN;
  if (c >= ZERO_ARABIC_INDIC && c <= ZERO_ARABIC_INDIC + 9) return c - ZERO_ARABIC_INDIC;
  if (c >= ZERO_EASTERN && c <= ZERO_EASTERN + 9) return c - ZERO_EASTERN;
  return -1;
}

export const isBidiControl = (c: number) =>
  (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x061c;
const isGap = (c: number) =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || isBidiControl(c);

/** Letters, marks and tatweel of Arabic script, and Latin letters: what a word is made of. */
export function isWordCode(c: number): boolean {
  if (c >= 0x0621 && c <= 0x065f) return true;
  if (c === 0x0670 || (c >= 0x0671 && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return true;
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

const GROUP = "٬,";
const DECIMAL = "٫.";

/** The number starting at `pos` (a digit): thousands groups of exactly three digits, then a decimal part. */
function numberAt(text: string, pos: number): Token {
  let i = pos;
  let digits = "";
  for (; digitAt(text, i) >= 0; i += 1) digits += digitAt(text, i);
  let plain = true;
  while (GROUP.includes(text[i] ?? "x") && [1, 2, 3].every((k) => digitAt(text, i + k) >= 0) && digitAt(text, i + 4) < 0) {
    for (let k = 1; k <= 3; k += 1) digits += digitAt(text, i + k);
    i += 4;
    plain = false;
  }
  let fraction = "";
  if (DECIMAL.includes(text[i] ?? "x") && digitAt(text, i + 1) >= 0) {
    for (i += 1; digitAt(text, i) >= 0; i += 1) fraction += digitAt(text, i);
    plain = false;
  }
  const norm = fraction ? `${digits}.${fraction}` : digits;
  return { start: pos, end: i, kind: "num", norm, value: Number(norm), plain };
}

/** The token starting exactly at `pos`, or null at a line break or the end. */
export function tokenAt(text: string, pos: number): Token | null {
  if (pos >= text.length) return null;
  const c = text.charCodeAt(pos);
  if (c === 10 || c === 13) return null;
  if (digitAt(text, pos) >= 0) return numberAt(text, pos);
  if (isWordCode(c)) {
    let end = pos + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end += 1;
    const word = text.slice(pos, end);
    return { start: pos, end, kind: "word", norm: normalized(word), value: 0, plain: false };
  }
  return { start: pos, end: pos + 1, kind: "sym", norm: text[pos] ?? "", value: 0, plain: false };
}

/** The token after the gap at `pos` (spaces and bidi controls), or the token at `pos` when there is no gap. */
export function nextToken(text: string, pos: number): Token | null {
  let p = pos;
  while (p < text.length && isGap(text.charCodeAt(p))) p += 1;
  return tokenAt(text, p);
}

/** The words before `pos`, nearest first, across gaps only (a comma or full stop ends the look back). */
export function wordsBefore(text: string, pos: number, count: number, floor: number): Token[] {
  const words: Token[] = [];
  let p = pos;
  while (words.length < count) {
    let end = p;
    while (end > floor && isGap(text.charCodeAt(end - 1))) end -= 1;
    if (end === p && words.length > 0) break;
    let start = end;
    while (start > floor && isWordCode(text.charCodeAt(start - 1))) start -= 1;
    if (start === end) break;
    words.push({ start, end, kind: "word", norm: normalized(text.slice(start, end)), value: 0, plain: false });
    p = start;
  }
  return words;
}

/**
 * The readings of a word without its clitics: itself, without a leading و/ف, then without ب/ل/ك as well
 * ("وبنحو" → "نحو"). Each with how many normalised letters were dropped.
 */
export function withoutClitics(norm: string): ReadonlyArray<readonly [string, number]> {
  const cached = CLITIC_CACHE.get(norm);
  if (cached) return cached;
  const out: Array<[string, number]> = [[norm, 0]];
  let rest = norm;
  let dropped = 0;
  if (rest.length > 2 && "وف".includes(rest[0] ?? "x")) {
    rest = rest.slice(1);
    dropped += 1;
    out.push([rest, dropped]);
  }
  if (rest.length > 2 && "بلك".includes(rest[0] ?? "x")) out.push([rest.slice(1), dropped + 1]);
  remember(CLITIC_CACHE, norm, out);
  return out;
}

// Words repeat through an article, so their readings are kept; the caches are emptied when they grow large, which
// bounds memory on any text.
const CACHE_LIMIT = 20_000;
const CLITIC_CACHE = new Map<string, ReadonlyArray<readonly [string, number]>>();
const NORM_CACHE = new Map<string, string>();
function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

/** normalizeArabic, remembered per written word. */
export function normalized(word: string): string {
  let norm = NORM_CACHE.get(word);
  if (norm === undefined) {
    norm = normalizeArabic(word);
    remember(NORM_CACHE, word, norm);
  }
  return norm;
}

/** Offset in the original word after `letters` letters (skipping their vowel marks and tatweel). */
export function offsetAfterLetters(text: string, start: number, letters: number): number {
  let p = start;
  for (let n = 0; n < letters; n += 1) {
    p += 1;
    while (p < text.length && /[\u064b-\u065f\u0670\u0640]/.test(text[p] ?? "")) p += 1;
  }
  return p;
}
