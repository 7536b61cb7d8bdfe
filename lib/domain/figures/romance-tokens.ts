// Tokens of French and Spanish text for figure reading, with exact UTF-16 offsets into the original string. Nothing
// is rewritten in place: spaces, no-break spaces and bidi controls (U+202A–U+202E, U+2066–U+2069, LRM/RLM) are gaps
// between tokens and never start or end one, so a span is the same characters whatever marks an editor inserted.

export interface Token {
  start: number;
  end: number;
  kind: "num" | "word" | "sym";
  /** Word: lower case, elision expanded ("d'" → "de"). Number: its digits. Symbol: the character. */
  norm: string;
  value: number;
  /** Number: digits only, no group or decimal separator (a year may be one). */
  plain: boolean;
  /** Number: the digits of its integer part. */
  digits: number;
  /** Number: "2.5" or "14.30", a dot and digits that are no group of three: a decimal only before a scale or "%". */
  dotDecimal?: number;
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
export const isDigitAt = (text: string, i: number) => isDigitCode(text.charCodeAt(i));
const isBidiControl = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f;
export const isGap = (c: number) =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff || isBidiControl(c);
const LETTER = /[\p{L}\p{M}]/u;
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return c === 0xaa || c === 0xba || (c >= 0x300 && c <= 0x36f) || (c > 0x24f && LETTER.test(String.fromCharCode(c)));
}
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;
// Thousands groups: ".", a space, a no-break or narrow no-break space, or a thin space, then exactly three digits.
const isGroupCode = (c: number) => c === 0x2e || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;

const ELIDED = new Map([
  ["d'", "de"], ["l'", "le"], ["qu'", "que"], ["jusqu'", "jusque"], ["n'", "ne"], ["s'", "se"], ["c'", "ce"],
  ["j'", "je"], ["m'", "me"], ["t'", "te"], ["lorsqu'", "lorsque"], ["puisqu'", "puisque"], ["quelqu'", "quelque"],
]);

/** The number starting at `pos` (a digit): groups of exactly three digits, then a decimal comma and digits. */
function numberAt(text: string, pos: number): Token {
  let i = pos;
  while (isDigitCode(text.charCodeAt(i))) i += 1;
  let digits = text.slice(pos, i);
  let plain = true;
  if (i - pos <= 3) {
    while (isGroupCode(text.charCodeAt(i)) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4)) {
      digits += text.slice(i + 1, i + 4);
      i += 4;
      plain = false;
    }
  }
  const intDigits = digits.length;
  let norm = digits;
  let dotDecimal: number | undefined;
  if (text[i] === "," && isDigitAt(text, i + 1)) {
    const from = i + 1;
    for (i += 1; isDigitCode(text.charCodeAt(i)); i += 1);
    norm = `${digits}.${text.slice(from, i)}`;
    plain = false;
  } else if (plain && text[i] === "." && isDigitAt(text, i + 1)) {
    let j = i + 1;
    while (isDigitCode(text.charCodeAt(j))) j += 1;
    dotDecimal = Number(`${digits}.${text.slice(i + 1, j)}`);
  }
  const token: Token = { start: pos, end: i, kind: "num", norm, value: Number(norm), plain, digits: intDigits };
  if (dotDecimal !== undefined) token.dotDecimal = dotDecimal;
  return token;
}

// The parser asks for the same few tokens several times around each figure (unit, noun, qualifier after it), so
// recent tokens are remembered in a small direct-mapped table keyed by offset (emptied when the text changes).
const SLOTS = 64;
let memoText = "";
const memoPos = new Int32Array(SLOTS).fill(-1);
const memoToken: Array<Token | null> = new Array<Token | null>(SLOTS).fill(null);

/** The token starting exactly at `pos`, or null at a line break or the end. */
export function tokenAt(text: string, pos: number): Token | null {
  if (text !== memoText) {
    memoPos.fill(-1);
    memoText = text;
  }
  const slot = pos & (SLOTS - 1);
  if (memoPos[slot] === pos) return memoToken[slot] ?? null;
  const token = readToken(text, pos);
  memoPos[slot] = pos;
  memoToken[slot] = token;
  return token;
}

function readToken(text: string, pos: number): Token | null {
  if (pos >= text.length) return null;
  const c = text.charCodeAt(pos);
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return null;
  if (isDigitCode(c)) return numberAt(text, pos);
  if (isLetterCode(c)) {
    let end = pos + 1;
    while (end < text.length && isLetterCode(text.charCodeAt(end))) end += 1;
    // "d'habitants", "jusqu’à": the elided word ends after its apostrophe.
    if (isApostrophe(text.charCodeAt(end)) && isLetterCode(text.charCodeAt(end + 1))) end += 1;
    return word(text, pos, end);
  }
  return { start: pos, end: pos + 1, kind: "sym", norm: text[pos] ?? "", value: 0, plain: false, digits: 0 };
}

// Words repeat through an article, so their normal forms are remembered (the table is emptied when it grows large).
const NORMS = new Map<string, string>();

function normOf(raw: string): string {
  let norm = NORMS.get(raw);
  if (norm !== undefined) return norm;
  norm = raw.toLowerCase();
  if (isApostrophe(norm.charCodeAt(norm.length - 1))) norm = ELIDED.get(`${norm.slice(0, -1)}'`) ?? `${norm.slice(0, -1)}'`;
  if (NORMS.size > 20_000) NORMS.clear();
  NORMS.set(raw, norm);
  return norm;
}

function word(text: string, start: number, end: number): Token {
  return { start, end, kind: "word", norm: normOf(text.slice(start, end)), value: 0, plain: false, digits: 0 };
}

/** The token after the gap at `pos`, or the token at `pos` when there is no gap. */
export function nextToken(text: string, pos: number): Token | null {
  let p = pos;
  while (p < text.length && isGap(text.charCodeAt(p))) p += 1;
  return tokenAt(text, p);
}

/** The next token when it is a word, skipping one hyphen ("au-delà", "quatre-vingt-dix"). */
export function nextWord(text: string, pos: number): Token | null {
  const t = nextToken(text, pos);
  if (t?.norm !== "-") return t?.kind === "word" ? t : null;
  const after = tokenAt(text, t.end);
  return after?.kind === "word" ? after : null;
}

/** The words before `pos`, nearest first, across gaps and hyphens; any other symbol, a number or `floor` stops. */
export function wordsBefore(text: string, pos: number, count: number, floor: number): Token[] {
  const found: Token[] = [];
  let p = pos;
  while (found.length < count) {
    let end = p;
    while (end > floor && isGap(text.charCodeAt(end - 1))) end -= 1;
    if (end > floor && text[end - 1] === "-" && end - 1 > floor && isLetterCode(text.charCodeAt(end - 2))) end -= 1;
    let start = end;
    if (start - 1 > floor && isApostrophe(text.charCodeAt(start - 1)) && isLetterCode(text.charCodeAt(start - 2))) start -= 1;
    const letters = start;
    while (start > floor && isLetterCode(text.charCodeAt(start - 1))) start -= 1;
    if (start === letters) break;
    const known = tokenAt(text, start);
    found.push(known?.kind === "word" && known.end === end ? known : word(text, start, end));
    p = start;
  }
  return found;
}

/** The symbol just before `pos` across gaps ("," in "Mohamed, 35 ans"), or "". */
export function symbolBefore(text: string, pos: number, floor: number): string {
  let p = pos;
  while (p > floor && isGap(text.charCodeAt(p - 1))) p -= 1;
  const c = text.charCodeAt(p - 1);
  return p > floor && !isLetterCode(c) && !isDigitCode(c) ? (text[p - 1] ?? "") : "";
}
