// Low-level scanning helpers for figure detection. Every regex here is sticky and free of nested or adjacent
// quantifiers over the same characters, so matching at a position costs time linear in what it reads.

/** Horizontal whitespace: figures never span a line break, which keeps headings and list items apart. */
export const H = String.raw`[^\S\r\n]`;

export function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

// ASCII first: these run for nearly every character the parsers look at.
const asciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9" && ch.length === 1;

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 0x80 ? asciiLetter(c) : LETTER.test(ch);
}

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 0x80 ? asciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f : WORD_CHAR.test(ch);
}
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase();

/** The characters H matches: white space other than line breaks. */
export function isHSpace(c: number): boolean {
  if (c === 32 || c === 9) return true;
  if (c < 0xa0) return c === 11 || c === 12;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The lower-cased ASCII letters of the word after the horizontal white space at `pos`, or "" when no white
 * space or no letter follows. A cheap test that saves running regexes that cannot match.
 */
export function peekWord(text: string, pos: number): string {
  let p = pos;
  while (p < text.length && isHSpace(text.charCodeAt(p))) p += 1;
  if (p === pos) return "";
  let end = p;
  while (end < text.length && asciiLetter(text.charCodeAt(end))) end += 1;
  return text.slice(p, end).toLowerCase();
}

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const GAP = new RegExp(`${H}+`, "y");
// Hyphens and apostrophes inside a word keep "Al-Qaeda", "city's" and "AGM-114" whole.
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/uy;
const LETTERS = /\p{L}[\p{L}\p{M}]*/uy;

/** End of the horizontal whitespace at `pos`, or -1 when there is none. */
export function gapEnd(text: string, pos: number): number {
  const m = at(GAP, text, pos);
  return m ? pos + m[0].length : -1;
}

/** The word starting exactly at `pos`; `hyphenated` false reads letters only ("twenty" of "twenty-five"). */
export function wordAt(text: string, pos: number, hyphenated = true): Word | null {
  const m = at(hyphenated ? WORD : LETTERS, text, pos);
  if (!m) return null;
  return { start: pos, end: pos + m[0].length, text: m[0], lower: m[0].toLowerCase() };
}

/** The word after the whitespace at `pos` (optionally after a comma too). */
export function nextWord(text: string, pos: number, allowComma = false): Word | null {
  let p = pos;
  if (allowComma && text[p] === ",") p += 1;
  if (!isHSpace(text.charCodeAt(p))) return null;
  const g = gapEnd(text, p);
  return g < 0 ? null : wordAt(text, g);
}

/** The lower-cased word ending just before `pos` (across at most two spaces), with a trailing "." kept. */
export function previousWord(text: string, pos: number): string | null {
  let i = pos - 1;
  let spaces = 0;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0" || text[i] === "\t") && spaces < 3) {
    i -= 1;
    spaces += 1;
  }
  if (spaces === 0) return null;
  const end = i + 1;
  if (text[i] === ".") i -= 1;
  let letters = 0;
  while (i >= 0 && isLetter(text[i]) && letters < 24) {
    i -= 1;
    letters += 1;
  }
  if (letters === 0 || isWordChar(text[i])) return null;
  return text.slice(i + 1, end).toLowerCase();
}

/** True when only spaces separate `pos` from the start of its line. */
export function atLineStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i -= 1;
  return i < 0 || text[i] === "\n" || text[i] === "\r";
}

/** Rounds away binary noise such as 1.1 * 1e6 = 1100000.0000000002 (toPrecision would be ten times slower). */
export function clean(n: number): number {
  if (Number.isInteger(n)) return n;
  const rounded = Math.round(n);
  return Math.abs(n - rounded) < 1e-9 * Math.max(1, Math.abs(n)) ? rounded : n;
}

/**
 * Builds what depends on a lexicon (regexes compiled from its words) once per lexicon. The last lexicon is kept at
 * hand, so the hot path costs one comparison.
 */
export function perLexicon<L extends object, T>(build: (lex: L) => T): (lex: L) => T {
  const cache = new WeakMap<L, T>();
  let last: L | undefined;
  let value: T | undefined;
  return (lex: L): T => {
    if (lex !== last) {
      value = cache.get(lex) ?? build(lex);
      cache.set(lex, value);
      last = lex;
    }
    return value as T;
  };
}
