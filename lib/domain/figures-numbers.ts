// Reads one number expression: digits ("3,000", "1.5bn"), number words ("three hundred and fifty", "a million"),
// approximate plurals ("tens of thousands"), fractions ("two fifths", "half of").
import { rejectDigitsAfter, rejectDigitsBefore, runEnd } from "./figures-guards";
import {
  APPROX_PLURALS, DENOMINATORS, NOT_FRACTION_BEFORE_HALF, SCALE_ABBREVIATIONS, SCALE_WORDS,
} from "./figures-lexicon";
import { isPluralLike } from "./figures-nouns";
import { H, at, clean, isDigit, isHSpace, nextWord, peekWord, previousWord } from "./figures-text";
import { readWordNumber } from "./figures-words";

export type QuantityKind = "digits" | "words" | "approx" | "fraction" | "decade";

export interface Quantity {
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  /** The number before any scale word, and the scale: "5 million" is base 5, scale 1e6. */
  base: number;
  scale: number;
  kind: QuantityKind;
  /** Four plain digits within 1000–2099: a year unless the context says otherwise. */
  yearLike: boolean;
  /** The word "one" alone, usually a pronoun or determiner ("one of the leaders"). */
  loneOne: boolean;
  percent: boolean;
  /** Characters of the integer part when written in digits, for "2014-15". */
  digits: number;
}

export type NumberRead = Quantity | { reject: number } | null;

// "Tens of people" names an order of magnitude: from 2 to 10 times the unit (20–100), value the midpoint.
export const APPROX_SPAN = { low: 2, high: 10 } as const;
const SEVERAL_SPAN = { several: [3, 9], few: [2, 5] } as const;

const DIGITS = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
const DECADE = /s(?![\p{L}\p{N}])/uy;
const GLUED_SCALE = /(bn|mn|tn|m|k|b)(?![\p{L}\p{N}])/iuy;
const SPACED_SCALE = new RegExp(String.raw`${H}+(hundred|thousand|million|billion|trillion|bn|mn)(?![\p{L}\p{N}])`, "iuy");
const PERCENT = new RegExp(String.raw`${H}?%|${H}+(?:per${H}?cent|per-cent|percent|pct|percentage${H}+points?)(?![\p{L}])`, "iuy");
const APPROX = new RegExp(
  String.raw`(tens|dozens|scores|hundreds|thousands|millions|billions)(?:${H}+of${H}+(thousands|millions|billions))?(?![\p{L}])`,
  "iuy",
);
const SEVERAL = new RegExp(
  String.raw`(several|a${H}+few)${H}+(hundred|thousand|million|billion|dozen)(?:${H}+(thousand|million|billion))?(?![\p{L}])`,
  "iuy",
);
const SCALE_GATE = new Set(["hundred", "thousand", "million", "billion", "trillion", "bn", "mn"]);
const PERCENT_GATE = new Set(["per", "percent", "pct", "percentage"]);
const OF_AHEAD = new RegExp(String.raw`${H}+of(?![\p{L}])`, "iuy");
const HALF = new RegExp(String.raw`half(?:${H}+an?${H}+(million|billion|thousand|hundred|dozen))?(?![\p{L}])`, "iuy");
const HALF_OF = new RegExp(String.raw`${H}+(?:of|the)(?![\p{L}])`, "iuy");
const A_FRACTION = new RegExp(String.raw`an?${H}+(third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![\p{L}])`, "iuy");
const DENOMINATOR = new RegExp(String.raw`(?:-|‐|${H}+)(\p{L}+)(?![\p{L}])`, "uy");

function quantity(start: number, end: number, value: number, kind: QuantityKind, extra: Partial<Quantity> = {}): Quantity {
  return { start, end, value: clean(value), base: value, scale: 1, kind, yearLike: false, loneOne: false, percent: false, digits: 0, ...extra };
}

const scaleOf = (word: string | undefined): number =>
  word === undefined ? 1 : word.toLowerCase() === "dozen" ? 12 : (SCALE_WORDS.get(word.toLowerCase().replace(/s$/, "")) ?? 1);

// "12m people" is twelve million, "100m sprint" a distance: a bare "m"/"k"/"b" needs a counted plural after it.
function scaleAllowed(text: string, abbreviation: string, after: number, currency: boolean): boolean {
  return currency || abbreviation.length === 2 || isPluralLike(nextWord(text, after)?.text ?? "");
}

function readScale(text: string, end: number, currency: boolean): [number, number] {
  const c = text.charCodeAt(end);
  const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  const glued = letter ? at(GLUED_SCALE, text, end) : null;
  if (glued?.[1] && scaleAllowed(text, glued[1], end + glued[0].length, currency)) {
    return [SCALE_ABBREVIATIONS.get(glued[1].toLowerCase()) ?? 1, glued[0].length];
  }
  const spaced = !letter && SCALE_GATE.has(peekWord(text, end)) ? at(SPACED_SCALE, text, end) : null;
  if (!spaced?.[1]) return [1, 0];
  const word = spaced[1].toLowerCase();
  return [SCALE_WORDS.get(word) ?? SCALE_ABBREVIATIONS.get(word) ?? 1, spaced[0].length];
}

function readDigits(text: string, pos: number, options: ReadOptions): NumberRead {
  const skip = options.continuation ? -1 : rejectDigitsBefore(text, pos);
  if (skip >= 0) return { reject: skip };
  const raw = at(DIGITS, text, pos)?.[0] ?? "";
  const end = pos + raw.length;
  if (rejectDigitsAfter(text, end)) return { reject: runEnd(text, pos) };
  const commas = raw.includes(",");
  const dot = raw.indexOf(".");
  const base = Number(commas ? raw.replaceAll(",", "") : raw);
  const plain = !commas && dot < 0;
  if (plain && raw.length === 4 && text[end] === "s" && raw.endsWith("0") && at(DECADE, text, end)) {
    return quantity(pos, end + 1, base + 4.5, "decade", { low: base, high: base + 9 });
  }
  const [scale, length] = readScale(text, end, options.currency);
  const yearLike = plain && raw.length === 4 && scale === 1 && base >= 1000 && base < 2100;
  const digits = (dot < 0 ? raw.length : dot) - (commas ? raw.split(",").length - 1 : 0);
  return quantity(pos, end + length, base * scale, "digits", { base, scale, yearLike, digits });
}

function readApprox(text: string, pos: number): Quantity | null {
  const m = at(APPROX, text, pos);
  if (m?.[1]) {
    const word = m[1].toLowerCase();
    const end = pos + m[0].length;
    if ((word === "tens" || word === "scores") && !m[2] && !at(OF_AHEAD, text, end)) return null;
    const unit = (APPROX_PLURALS.get(word) ?? 1) * scaleOf(m[2]);
    return span(pos, end, unit * APPROX_SPAN.low, unit * APPROX_SPAN.high, "approx");
  }
  const s = at(SEVERAL, text, pos);
  if (!s?.[1]) return null;
  const [lo, hi] = s[1].toLowerCase() === "several" ? SEVERAL_SPAN.several : SEVERAL_SPAN.few;
  const unit = scaleOf(s[2]) * scaleOf(s[3]);
  return span(pos, pos + s[0].length, lo * unit, hi * unit, "approx");
}

function span(start: number, end: number, low: number, high: number, kind: QuantityKind): Quantity {
  return quantity(start, end, (low + high) / 2, kind, { low: clean(low), high: clean(high) });
}

function readHalf(text: string, pos: number): Quantity | null {
  const m = at(HALF, text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  if (m[1]) return quantity(pos, end, 0.5 * scaleOf(m[1]), "words");
  const before = previousWord(text, pos);
  if (!at(HALF_OF, text, end) || (before !== null && NOT_FRACTION_BEFORE_HALF.has(before))) return null;
  return quantity(pos, end, 0.5, "fraction");
}

function readWords(text: string, pos: number): Quantity | null {
  const half = readHalf(text, pos);
  if (half) return half;
  // "a third of the city", "fell by a third"; not "a third force".
  const a = at(A_FRACTION, text, pos);
  if (a?.[1] && (at(OF_AHEAD, text, pos + a[0].length) || previousWord(text, pos) === "by")) {
    return quantity(pos, pos + a[0].length, 1 / (DENOMINATORS.get(a[1].toLowerCase()) ?? 1), "fraction");
  }
  const approx = readApprox(text, pos);
  if (approx) return approx;
  const n = readWordNumber(text, pos);
  if (!n) return null;
  const d = at(DENOMINATOR, text, n.end);
  const denominator = d?.[1] ? DENOMINATORS.get(d[1].toLowerCase()) : undefined;
  if (d && denominator !== undefined && n.value >= 1 && n.value <= 10 && Number.isInteger(n.value)) {
    return quantity(pos, n.end + d[0].length, n.value / denominator, "fraction");
  }
  return quantity(pos, n.end, n.value, "words", { loneOne: n.loneOne, scale: n.scale, base: n.value / n.scale });
}

export interface ReadOptions {
  /** After a currency sign "m", "k" and "b" are scales ("$5m"). */
  currency: boolean;
  /** The second number of a range or ratio: "-30" in "20-30" is not a hyphenated identifier. */
  continuation?: boolean;
}

/** The number expression at `pos`, with a percent sign or word; `{ reject }` when it is an identifier. */
export function readQuantity(text: string, pos: number, options: ReadOptions): NumberRead {
  const q = isDigit(text[pos]) ? readDigits(text, pos, options) : readWords(text, pos);
  if (!q || "reject" in q || q.kind === "fraction" || q.kind === "decade") return q;
  const sign = text[q.end] === "%" || (isHSpace(text.charCodeAt(q.end)) && text[q.end + 1] === "%");
  const pct = sign || PERCENT_GATE.has(peekWord(text, q.end)) ? at(PERCENT, text, q.end) : null;
  if (pct) {
    q.end += pct[0].length;
    q.percent = true;
    q.yearLike = false;
  }
  return q;
}
