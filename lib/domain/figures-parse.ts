// Assembles one figure at a scan position: prefixes, a date or a number, a range or ratio, unit words, the
// counted noun, and the year-versus-quantity decision.
import type { DetectedFigure } from "./figures";
import { isYear, readDate } from "./figures-dates";
import { runEnd } from "./figures-guards";
import { CURRENCY_WORDS } from "./figures-lexicon";
import { readCounted, type Counted } from "./figures-nouns";
import { readQuantity, type Quantity } from "./figures-numbers";
import { readPrefixes, type Prefix } from "./figures-prefixes";
import { readRange, readRatio, type Range } from "./figures-ranges";
import { clean, isUpper, isWordChar } from "./figures-text";
import { readUnitSuffix, type UnitSuffix } from "./figures-units";

export interface ParseResult {
  figure: DetectedFigure | null;
  /** Where scanning should continue when there is no figure. */
  resume: number;
}

type Shape = Omit<DetectedFigure, "start" | "text">;

function build(text: string, start: number, s: Shape): DetectedFigure {
  const figure: DetectedFigure = { start, end: s.end, text: text.slice(start, s.end), value: clean(s.value), unit: s.unit, qualifier: s.qualifier };
  if (s.low !== undefined && s.high !== undefined) {
    figure.low = clean(s.low);
    figure.high = clean(s.high);
  }
  if (s.counted) figure.counted = s.counted;
  return figure;
}

interface Parts {
  pre: Prefix;
  q1: Quantity;
  range: Range | null;
  ratio: number | null;
  suffix: UnitSuffix | null;
  pos: number;
}

function withCounted(shape: Shape, counted: Counted | null): Shape {
  if (!counted) return shape;
  const currency = CURRENCY_WORDS.get(counted.head);
  shape.end = counted.end;
  shape.counted = currency ?? counted.head;
  if (currency) shape.unit = "currency";
  return shape;
}

/** Unit, counted noun and span end, given everything read up to the end of the number and its units. */
function shapeOf(text: string, start: number, p: Parts): Shape {
  const { pre, q1, range, suffix, pos } = p;
  const value = p.ratio ?? (range ? (range.low + range.high) / 2 : q1.value);
  const bounds = range ? { low: range.low, high: range.high } : { low: q1.low, high: q1.high };
  const base: Shape = { end: pos, value, ...bounds, unit: "count", qualifier: pre.qualifier };
  if (pre.currency || suffix?.kind === "currency") {
    return { ...base, unit: "currency", counted: pre.currency ?? (suffix?.kind === "currency" ? suffix.name : undefined) };
  }
  if (q1.percent || range?.percent) return withCounted({ ...base, unit: "percent" }, readCounted(text, pos, "of"));
  if (pre.age || suffix?.kind === "age") {
    const noun = suffix?.kind === "age" && !suffix.plural ? readCounted(text, pos, "direct", true) : null;
    return withCounted({ ...base, unit: "age" }, noun);
  }
  if (suffix?.kind === "measure") return { ...base, unit: "other", counted: suffix.name };
  if (p.ratio !== null) return withCounted({ ...base, unit: "fraction" }, readCounted(text, pos, "direct", true));
  if (q1.kind === "fraction") {
    const mode = /^half$/i.test(text.slice(q1.start, q1.end)) ? "half" : "of";
    return withCounted({ ...base, unit: "fraction" }, readCounted(text, pos, mode));
  }
  if (q1.kind === "decade") return { ...base, unit: "year" };
  if (suffix?.kind === "compound") {
    if (suffix.name !== "strong") return { ...base, counted: suffix.name };
    return withCounted(base, readCounted(text, pos, "direct", true));
  }
  if (!range && !pre.qualifier && isAppositiveAge(text, q1, pos)) return { ...base, unit: "age" };
  const counted = readCounted(text, pos, "either", value === 1);
  const yearCandidate = q1.yearLike && (!range || range.q2.yearLike) && !p.ratio;
  if (yearCandidate && isYear(text, start, q1.value, pre.qualifier, counted !== null)) {
    return { ...base, unit: "year", qualifier: pre.qualifier === "about" ? "about" : null };
  }
  return withCounted(base, counted);
}

const fail = (resume: number): ParseResult => ({ figure: null, resume });
const PLAIN = { currency: false } as const;
const CURRENCY = { currency: true } as const;

const SENTENCE_START = /(?:^|[.!?:;"“”'‘’([{\n\r–—-][^\S\r\n]*)$/u;
const APPOSITION = /[\p{L}\p{M}],[^\S\r\n]$/u;

/** "the Four Seasons", "Radio Four": a capitalised number word inside a sentence names something. */
function isNamePart(text: string, q: Quantity): boolean {
  if (q.kind === "digits" || !isUpper(text[q.start])) return false;
  return !SENTENCE_START.test(text.slice(Math.max(0, q.start - 4), q.start));
}

/** "The president, 71, said": a small bare number set off by commas after a noun is an age. */
function isAppositiveAge(text: string, q: Quantity, pos: number): boolean {
  if (q.kind !== "digits" || q.scale !== 1 || !Number.isInteger(q.value) || q.value < 1 || q.value > 120) return false;
  return text[pos] === "," && APPOSITION.test(text.slice(Math.max(0, q.start - 3), q.start));
}

export function parseFigureAt(text: string, start: number): ParseResult {
  const pre = readPrefixes(text, start);
  if (!pre.age && !pre.between && !pre.currency) {
    const date = readDate(text, pre.pos);
    if (date) {
      const qualifier = pre.qualifier === "about" ? "about" : null;
      return { figure: build(text, start, { end: date.end, value: date.value, unit: "date", qualifier }), resume: date.end };
    }
  }
  const q1 = readQuantity(text, pre.pos, pre.currency === undefined ? PLAIN : CURRENCY);
  if (!q1) return fail(start + 1);
  if ("reject" in q1) return fail(q1.reject);
  if (q1.start === start && isNamePart(text, q1)) return fail(q1.end);
  const ratio = pre.between ? null : readRatio(text, q1);
  const range = ratio ? null : readRange(text, q1, pre.between, pre.currency !== undefined);
  if (range === "reject") return fail(runEnd(text, q1.start));
  if (pre.between && !range) return fail(pre.pos);
  if (q1.loneOne && !range && !ratio && !pre.qualifier) return fail(q1.end);
  const last = ratio?.q2 ?? range?.q2 ?? q1;
  const suffix = last.percent ? null : readUnitSuffix(text, last.end);
  if (suffix?.kind === "bad-compound") return fail(runEnd(text, q1.start));
  const pos = suffix?.end ?? last.end;
  if (isWordChar(text[pos])) return fail(runEnd(text, q1.start));
  const shape = shapeOf(text, start, { pre, q1, range, ratio: ratio?.value ?? null, suffix, pos });
  return { figure: build(text, start, shape), resume: shape.end };
}
