// Reads one number expression: digits ("3,000", "1.5bn"), number words ("three hundred and fifty", "a million"),
// approximate plurals ("tens of thousands"), fractions ("two fifths", "half of").
import { andFractionAt, fractionAfterWhole, scaleAfterFraction, slashFractionAt, vulgarAt } from "./fractions";
import { rejectDigitsAfter, rejectDigitsBefore, runEnd } from "./guards";
import type { FigureLexicon } from "./lexicon/types";
import { isPluralLike } from "./nouns";
import { phoneNumberEnd } from "./phones";
import { H, at, clean, gapEnd, isDigit, isHSpace, isWordChar, nextWord, peekWord, perLexicon, previousWord } from "./text";
import { readWordNumber } from "./words";

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

// Thousands grouped by commas, by thin or no-break spaces, or by plain spaces when there are two groups or more
// ("1 234 567"; "in 2014 100 people" stays two numbers).
const DIGITS = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?!\d)|\d{1,3}(?: \d{3}){2,}(?![\d]| \d)|\d+)(?:\.\d+)?/y;
const SPACE_GROUP = /[ \u00a0\u2009\u202f]\d{3}/;
const GROUP_SEPARATOR = /[, \u00a0\u2009\u202f]/;
const LEADING_POINT = /\.\d+/y;
const DECADE = /s(?![\p{L}\p{N}])/uy;
const scales = perLexicon((lex: FigureLexicon) => {
  const abbreviations = [...lex.scaleAbbreviations.keys()].sort((a, b) => b.length - a.length);
  const spaced = [...lex.scaleWords.keys(), ...lex.multipliers.keys(), ...abbreviations.filter((a) => a.length > 1 && a !== "mm")];
  return {
    glued: new RegExp(String.raw`(${abbreviations.join("|")})(?![\p{L}\p{N}])`, "iuy"),
    spaced: new RegExp(String.raw`${H}+(${spaced.sort((a, b) => b.length - a.length).join("|")})(?![\p{L}\p{N}])`, "iuy"),
    gate: new Set(spaced),
  };
});
const AND_DIGITS = new RegExp(String.raw`${H}+and${H}+(\d{1,2})(?![\p{L}\p{N}.,])`, "uy");
const PERCENT = new RegExp(String.raw`${H}?%|${H}+(?:per${H}?cent|per-cent|percent|pct|percentage${H}+points?)(?![\p{L}])`, "iuy");
const APPROX = new RegExp(
  String.raw`(tens|dozens|scores|hundreds|thousands|millions|billions)(?:${H}+of${H}+(thousands|millions|billions))?(?![\p{L}])`,
  "iuy",
);
const SEVERAL = new RegExp(
  String.raw`(several|a${H}+few)${H}+(hundred|thousand|million|billion|dozen)(?:${H}+(thousand|million|billion))?(?![\p{L}])`,
  "iuy",
);
const PERCENT_GATE = new Set(["per", "percent", "pct", "percentage"]);
const OF_AHEAD = new RegExp(String.raw`${H}+of(?![\p{L}])`, "iuy");
const HALF = new RegExp(String.raw`half(?:${H}+an?${H}+(million|billion|thousand|hundred|dozen))?(?![\p{L}])`, "iuy");
const HALF_OF = new RegExp(String.raw`${H}+(?:of|the)(?![\p{L}])`, "iuy");
const A_FRACTION = new RegExp(String.raw`an?${H}+(third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![\p{L}])`, "iuy");
const DENOMINATOR = new RegExp(String.raw`(?:-|‐|${H}+)(\p{L}+)(?![\p{L}])`, "uy");

function quantity(start: number, end: number, value: number, kind: QuantityKind, extra: Partial<Quantity> = {}): Quantity {
  return { start, end, value: clean(value), base: value, scale: 1, kind, yearLike: false, loneOne: false, percent: false, digits: 0, ...extra };
}

const scaleOf = (lex: FigureLexicon, word: string | undefined): number => {
  if (word === undefined) return 1;
  const lower = word.toLowerCase();
  return lex.multipliers.get(lower) ?? lex.scaleWords.get(lower.replace(/s$/, "")) ?? 1;
};

// "12m people" is twelve million, "100m sprint" a distance: a bare "m" or "b" needs a currency or a counted
// plural after it. "10k" is ten thousand unless a measure follows ("a 10k run"); "10M" in capitals is a million;
// "mm" is a million only beside a currency or in capitals ("$1MM"), else millimetres.
function scaleAllowed(text: string, abbreviation: string, after: number, currency: boolean, lex: FigureLexicon): boolean {
  if (currency) return true;
  const next = nextWord(text, after);
  const lower = abbreviation.toLowerCase();
  if (lower === "k") return !next || !(lex.measureNouns.has(next.lower) || next.lower === "run" || next.lower === "race");
  if (abbreviation === "M" || abbreviation === "MM") return true;
  if (lower === "mm") return false;
  return abbreviation.length > 1 || isPluralLike(next?.text ?? "", lex);
}

function readScale(text: string, end: number, currency: boolean, lex: FigureLexicon): [number, number] {
  const c = text.charCodeAt(end);
  const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  const { glued: gluedScale, spaced: spacedScale, gate } = scales(lex);
  const glued = letter ? at(gluedScale, text, end) : null;
  if (glued?.[1] && scaleAllowed(text, glued[1], end + glued[0].length, currency, lex)) {
    return [lex.scaleAbbreviations.get(glued[1].toLowerCase()) ?? 1, glued[0].length];
  }
  const spaced = !letter && gate.has(peekWord(text, end)) ? at(spacedScale, text, end) : null;
  if (!spaced?.[1]) return [1, 0];
  const word = spaced[1].toLowerCase();
  const scale = lex.scaleWords.get(word) ?? lex.multipliers.get(word) ?? lex.scaleAbbreviations.get(word) ?? 1;
  return [scale, spaced[0].length];
}

/** What a scale word may carry after it: "4 hundred and 35", "4 million and a half". [addend, length]. */
function afterScale(text: string, end: number, scale: number, lex: FigureLexicon): [number, number] {
  if (peekWord(text, end) !== "and") return [0, 0];
  const digits = scale === 100 ? at(AND_DIGITS, text, end) : null;
  if (digits?.[1]) return [Number(digits[1]), digits[0].length];
  const fraction = scale >= 1000 ? andFractionAt(text, end, lex) : null;
  return fraction ? [fraction[0] * scale, fraction[1]] : [0, 0];
}

function readDigits(text: string, pos: number, options: ReadOptions, lex: FigureLexicon): NumberRead {
  const raw = at(DIGITS, text, pos)?.[0] ?? "";
  const spaced = SPACE_GROUP.test(raw);
  // A phone number is skipped whole, even when its groups look like thousands ("+34 932 555 010").
  const phone = options.continuation ? -1 : phoneNumberEnd(text, pos);
  const skip = phone >= 0 ? phone : options.continuation || spaced ? -1 : rejectDigitsBefore(text, pos, lex);
  if (skip >= 0) return { reject: skip };
  const slash = slashFractionAt(text, pos);
  if (slash) return quantity(pos, pos + slash[1], slash[0], "fraction");
  let end = pos + raw.length;
  const part = raw.includes(".") ? null : fractionAfterWhole(text, end);
  if (!part && rejectDigitsAfter(text, end)) return { reject: runEnd(text, pos) };
  const commas = spaced || raw.includes(",");
  const dot = raw.indexOf(".");
  const base = Number(raw.replace(/[^\d.]/g, "")) + (part?.[0] ?? 0);
  end += part?.[1] ?? 0;
  const plain = !commas && dot < 0 && !part;
  if (plain && raw.length === 4 && text[end] === "s" && raw.endsWith("0") && at(DECADE, text, end)) {
    return quantity(pos, end + 1, base + 4.5, "decade", { low: base, high: base + 9 });
  }
  const [scale, length] = readScale(text, end, options.currency, lex);
  const [extra, extraLength] = scale > 1 ? afterScale(text, end + length, scale, lex) : [0, 0];
  const yearLike = plain && raw.length === 4 && scale === 1 && base >= 1000 && base < 2100;
  const digits = (dot < 0 ? raw.length : dot) - (commas ? raw.split(GROUP_SEPARATOR).length - 1 : 0);
  return quantity(pos, end + length + extraLength, base * scale + extra, "digits", { base, scale, yearLike, digits });
}

/** ".08": a leading decimal point after a space or an opening mark, never inside "v1.08" or "U.S.". */
function readLeadingPoint(text: string, pos: number): Quantity | null {
  if (isWordChar(text[pos - 1]) || text[pos - 1] === "." || !isDigit(text[pos + 1])) return null;
  const raw = at(LEADING_POINT, text, pos)?.[0] ?? "";
  if (rejectDigitsAfter(text, pos + raw.length)) return null;
  return quantity(pos, pos + raw.length, Number(raw), "digits", { base: Number(raw), digits: 0 });
}

function readApprox(text: string, pos: number, lex: FigureLexicon): Quantity | null {
  const m = at(APPROX, text, pos);
  if (m?.[1]) {
    const word = m[1].toLowerCase();
    const end = pos + m[0].length;
    if ((word === "tens" || word === "scores") && !m[2] && !at(OF_AHEAD, text, end)) return null;
    const unit = (lex.approxPlurals.get(word) ?? 1) * scaleOf(lex, m[2]);
    return span(pos, end, unit * APPROX_SPAN.low, unit * APPROX_SPAN.high, "approx");
  }
  const s = at(SEVERAL, text, pos);
  if (!s?.[1]) return null;
  const [lo, hi] = s[1].toLowerCase() === "several" ? SEVERAL_SPAN.several : SEVERAL_SPAN.few;
  const unit = scaleOf(lex, s[2]) * scaleOf(lex, s[3]);
  return span(pos, pos + s[0].length, lo * unit, hi * unit, "approx");
}

function span(start: number, end: number, low: number, high: number, kind: QuantityKind): Quantity {
  return quantity(start, end, (low + high) / 2, kind, { low: clean(low), high: clean(high) });
}

function readHalf(text: string, pos: number, lex: FigureLexicon): Quantity | null {
  const m = at(HALF, text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  if (m[1]) return quantity(pos, end, 0.5 * scaleOf(lex, m[1]), "words");
  const before = previousWord(text, pos);
  if (!at(HALF_OF, text, end) || (before !== null && lex.notFractionBeforeHalf.has(before))) return null;
  return quantity(pos, end, 0.5, "fraction");
}

// "lost a fifth.", "nearly a fifth were children", "rose a fifth": a fraction when no noun follows or a verb of
// change precedes. "a fifth term" is an ordinal,
// "a quarter to six" and "once a quarter" are times.
const NOT_AFTER_LONE_FRACTION = new Set(["and", "or", "to", "past"]);
const NOT_BEFORE_LONE_FRACTION = new Set(["once", "twice", "per", "every", "each"]);

function isLoneFraction(text: string, start: number, end: number, lex: FigureLexicon): boolean {
  const before = previousWord(text, start);
  if (before !== null && NOT_BEFORE_LONE_FRACTION.has(before)) return false;
  if (isWordChar(text[end])) return false;
  if (before !== null && lex.changeVerbs.has(before)) return true;
  const next = nextWord(text, end);
  if (!next) return !isWordChar(text[Math.max(end, gapEnd(text, end))]);
  return lex.stopWords.has(next.lower) && !NOT_AFTER_LONE_FRACTION.has(next.lower);
}

function readWords(text: string, pos: number, lex: FigureLexicon): Quantity | null {
  const half = readHalf(text, pos, lex);
  if (half) return half;
  // "a quarter million", "a third of a million"; "a third of the city", "fell by a third"; not "a third force".
  const a = at(A_FRACTION, text, pos);
  if (a?.[1]) {
    const fraction = 1 / (lex.denominators.get(a[1].toLowerCase()) ?? 1);
    const scaled = scaleAfterFraction(text, pos + a[0].length, lex);
    if (scaled) return quantity(pos, pos + a[0].length + scaled[1], fraction * scaled[0], "words", { scale: scaled[0] });
    if (at(OF_AHEAD, text, pos + a[0].length) || previousWord(text, pos) === "by" || isLoneFraction(text, pos, pos + a[0].length, lex)) {
      return quantity(pos, pos + a[0].length, fraction, "fraction");
    }
  }
  const approx = readApprox(text, pos, lex);
  if (approx) return approx;
  const n = readWordNumber(text, pos, lex);
  if (!n) return null;
  const d = at(DENOMINATOR, text, n.end);
  const denominator = d?.[1] ? lex.denominators.get(d[1].toLowerCase()) : undefined;
  if (d && denominator !== undefined && n.value >= 1 && n.value <= 10 && Number.isInteger(n.value)) {
    const fraction = n.value / denominator;
    const scaled = fraction < 1 ? scaleAfterFraction(text, n.end + d[0].length, lex) : null;
    if (scaled) return quantity(pos, n.end + d[0].length + scaled[1], fraction * scaled[0], "words", { scale: scaled[0] });
    return quantity(pos, n.end + d[0].length, fraction, "fraction");
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
export function readQuantity(text: string, pos: number, options: ReadOptions, lex: FigureLexicon): NumberRead {
  const c = text[pos];
  const q = isDigit(c) ? readDigits(text, pos, options, lex)
    : c === "." ? readLeadingPoint(text, pos)
    : vulgarAt(text, pos) ? quantity(pos, pos + 1, vulgarAt(text, pos), "fraction")
    : readWords(text, pos, lex);
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
