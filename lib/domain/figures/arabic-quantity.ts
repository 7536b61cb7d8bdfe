// The parts of an Arabic figure (arabic.ts puts them together): the quantity in digits or words with its scale
// ("١٢ مليون", "ثلاثة آلاف", "ألفين", "نصف مليون", "عشرات الآلاف"), qualifier phrases, the counted noun.
import { nextToken, withoutClitics, offsetAfterLetters, isWordCode, type Token } from "./arabic-tokens";
import { AR } from "./lexicon/ar";
import { clean } from "./text";
import type { FigureQualifier } from "./types";

export interface Quantity {
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  /** Scaled by a word ("مليون"): a later range end's scale is not applied again. */
  scaled: boolean;
  /** The scale word's value (1 without one): "بين ٣ و٥ ملايين" applies it to 3 as well. */
  scale: number;
  /** Read from words alone (number word, fraction, plural): needs a noun, scale or qualifier to be a figure. */
  wordOnly: boolean;
  fraction: boolean;
  /** A plain four-digit number, possibly a year. */
  yearLike: boolean;
}

/** The value of a word in `table`, read through its clitics; with the offset where the number word starts. */
function lookup(text: string, t: Token | null, table: ReadonlyMap<string, number>): { value: number; start: number } | null {
  if (!t || t.kind !== "word") return null;
  for (const [w, dropped] of withoutClitics(t.norm)) {
    const value = table.get(w);
    if (value !== undefined) return { value, start: offsetAfterLetters(text, t.start, dropped) };
  }
  return null;
}

const scaleAfter = (text: string, pos: number) => {
  const t = nextToken(text, pos);
  const value = t?.kind === "word" ? AR.scales.get(t.norm) : undefined;
  return t && value !== undefined ? { value, end: t.end } : null;
};

/** A number glued to a word is a name: "إف-35", "ديرالزور24", "24ساعة". Joined clitics ("و٤٥") are fine. */
function glued(text: string, t: Token): boolean {
  const before = text.charCodeAt(t.start - 1);
  if (isWordCode(text.charCodeAt(t.end)) || text[t.end] === "-") return true;
  if (text[t.start - 1] === "-" || text[t.start - 1] === "‐") return isWordCode(text.charCodeAt(t.start - 2)) || digitBefore(text, t.start - 2);
  if (!isWordCode(before)) return false;
  let s = t.start - 1;
  while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s -= 1;
  return !/^[وفبلك]{1,2}ـ?$/.test(text.slice(s, t.start));
}
const digitBefore = (text: string, i: number) => /[0-9\u0660-\u0669\u06f0-\u06f9]/.test(text[i] ?? "");

/** The quantity at token `t`: digits or number words, with their scale. */
// Quantities are built by this one function so that they all share one object shape: object spreads here cost
// more than the rest of the reading (measured with bench:figures).
function make(start: number, end: number, value: number, kind: "digits" | "words", scale = 1, extra: Partial<Quantity> = NONE): Quantity {
  return {
    start, end, value, scaled: scale !== 1, scale, wordOnly: kind === "words", fraction: extra.fraction ?? false,
    yearLike: extra.yearLike ?? false, low: extra.low, high: extra.high,
  };
}
const NONE: Partial<Quantity> = {};

export function quantityAt(text: string, t: Token | null): Quantity | null {
  if (!t) return null;
  if (t.kind === "num") {
    if (glued(text, t)) return null;
    const scale = scaleAfter(text, t.end);
    if (scale) return make(t.start, scale.end, clean(t.value * scale.value), "digits", scale.value);
    const yearLike = t.plain && t.norm.length === 4 && t.value >= 1000 && t.value < 2100;
    return make(t.start, t.end, t.value, "digits", 1, yearLike ? { yearLike } : NONE);
  }
  const word = lookup(text, t, AR.numberWords) ?? lookup(text, t, AR.standalone);
  if (word) {
    // "خمسة وعشرون": the units before the tens, joined by "و".
    const tens = word.value < 10 ? nextToken(text, t.end) : null;
    const tensValue = tens?.kind === "word" && tens.norm.startsWith("و") ? AR.numberWords.get(tens.norm.slice(1)) : undefined;
    if (tens && tensValue !== undefined && tensValue >= 20) {
      return withScale(text, make(word.start, tens.end, word.value + tensValue, "words"));
    }
    if (AMBIGUOUS_DUALS.has(t.norm)) word.value = dualOrSingle(text, t, word.value);
    const scale = scaleAfter(text, t.end);
    if (scale && scale.value > word.value) return make(word.start, scale.end, word.value * scale.value, "words", scale.value);
    // A scale word alone ("ألفين", "مليون") is scaled by itself: "مليونا و٢٠٠ ألف" adds what follows.
    const standalone = withoutClitics(t.norm).some(([w]) => AR.standalone.has(w));
    return make(word.start, t.end, word.value, "words", standalone ? 10 ** Math.floor(Math.log10(word.value)) : 1);
  }
  const fraction = lookup(text, t, AR.fractions);
  if (fraction) {
    const scale = scaleAfter(text, t.end);
    if (scale) return make(fraction.start, scale.end, clean(fraction.value * scale.value), "words", scale.value);
    return make(fraction.start, t.end, fraction.value, "words", 1, { fraction: true });
  }
  const plural = lookup(text, t, AR.approxPlurals);
  if (plural) {
    const after = nextToken(text, t.end);
    const times = after?.kind === "word" ? AR.approxPlurals.get(after.norm) : undefined;
    const unit = plural.value * (times !== undefined && times > plural.value ? times : 1);
    const end = times !== undefined && times > plural.value && after ? after.end : t.end;
    return make(plural.start, end, unit * 6, "words", unit, { low: unit * 2, high: unit * 10 });
  }
  return null;
}

// "ألفا"/"مليونا" is a dual before its noun ("ألفا مقاتل", two thousand fighters) but one thousand/million with
// tanween or before "و" ("مليونًا و٢٠٠ ألف"): the spelling decides, as a reader would.
const AMBIGUOUS_DUALS = new Set(["الفا", "مليونا", "مليارا"]);
function dualOrSingle(text: string, t: Token, single: number): number {
  const next = nextToken(text, t.end);
  const dual = !text.slice(t.start, t.end).includes("\u064b") && next?.kind === "word" && !next.norm.startsWith("و");
  return dual ? single * 2 : single;
}

/** A number word followed by its scale, if any: "خمسة وعشرون ألفا". */
function withScale(text: string, q: Quantity): Quantity {
  const scale = scaleAfter(text, q.end);
  return scale ? make(q.start, scale.end, q.value * scale.value, "words", scale.value) : q;
}

/** The part joined by "و" after a scaled quantity: "مليونا و٢٠٠ ألف", "أربعة ملايين ونصف". */
export function withAddend(text: string, q: Quantity): Quantity {
  if (!q.scaled || q.low !== undefined) return q;
  const and = nextToken(text, q.end);
  if (!and || and.kind !== "word" || !and.norm.startsWith("و")) return q;
  const kind = q.wordOnly ? "words" : "digits";
  if (and.norm === "ونصف") return make(q.start, and.end, q.value + q.scale / 2, kind, q.scale);
  const rest = and.norm === "و" ? quantityAt(text, nextToken(text, and.end)) : quantityAt(text, and);
  if (!rest || rest.low !== undefined || rest.value >= q.scale || rest.fraction) return q;
  return make(q.start, rest.end, q.value + rest.value, kind, q.scale);
}

/** Phrases indexed by their first word, so a word that starts none costs one look-up per clitic reading. */
export function phraseIndex(phrases: ReadonlyArray<readonly string[]>): ReadonlyMap<string, number[]> {
  const index = new Map<string, number[]>();
  phrases.forEach((words, i) => index.set(words[0]!, [...(index.get(words[0]!) ?? []), i]));
  return index;
}
const INDEXES = new WeakMap<ReadonlyArray<readonly string[]>, ReadonlyMap<string, number[]>>();

/** Matches word sequences (the first may carry clitics) starting at token `t`; returns the phrase's span. */
export function phraseAt(text: string, t: Token | null, phrases: ReadonlyArray<readonly string[]>): { start: number; end: number; index: number } | null {
  if (!t || t.kind !== "word") return null;
  let index = INDEXES.get(phrases);
  if (!index) INDEXES.set(phrases, (index = phraseIndex(phrases)));
  for (const [first, dropped] of withoutClitics(t.norm)) {
    for (const i of index.get(first) ?? []) {
      let end = t.end;
      let ok = true;
      for (const w of phrases[i]!.slice(1)) {
        const n = nextToken(text, end);
        if (n?.norm !== w) { ok = false; break; }
        end = n.end;
      }
      if (ok) return { start: offsetAfterLetters(text, t.start, dropped), end, index: i };
    }
  }
  return null;
}

const QUALIFIER_PHRASES = AR.qualifiers.map(([words]) => words);
export const TRAILING_PHRASES = AR.trailingQualifiers.map(([words]) => words);

const LAST_WORDS = new Set(AR.qualifiers.map(([words]) => words[words.length - 1]!));

/** The qualifier phrase ("بنحو", "ما لا يقل عن") that ends with `before[0]`; `before` is nearest first. */
export function qualifierBefore(text: string, before: readonly Token[]): { start: number; qualifier: FigureQualifier } | null {
  const last = before[0];
  if (!last || !withoutClitics(last.norm).some(([w]) => LAST_WORDS.has(w))) return null;
  for (let n = Math.min(4, before.length); n >= 1; n -= 1) {
    const found = phraseAt(text, before[n - 1]!, QUALIFIER_PHRASES);
    if (found && found.end === last.end && AR.qualifiers[found.index]![0].length === n) {
      return { start: found.start, qualifier: AR.qualifiers[found.index]![1] };
    }
  }
  return null;
}

export const stripAl = (w: string) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w.startsWith("لل") && w.length > 3 ? w.slice(2) : w);

/** The counted noun at token `t`: an Arabic word that is no stop word, number word or conjunction-led word. */
export function countedAt(t: Token | null): Token | null {
  if (!t || t.kind !== "word" || !/^[\u0621-\u064a]/.test(t.norm)) return null;
  if (AR.stopWords.has(t.norm) || AR.numberWords.has(t.norm) || AR.scales.has(t.norm)) return null;
  // A word led by "و" after a number is mostly "and …" ("٤٠ مدنيا وأصيب"), unless و is the noun's own first letter.
  if (t.norm.startsWith("و") && !AR.wawNouns.has(t.norm) && !AR.concepts.has(t.norm)) return null;
  return t;
}

