// Assembles one figure at a scan position: prefixes, a date or a number, a range or ratio, unit words, the
// counted noun, and the year-versus-quantity decision.
import { readBoundRange } from "./bounds";
import { isYear, readDate } from "./dates";
import { runEnd } from "./guards";
import type { FigureLexicon } from "./lexicon/types";
import { readCounted, type Counted } from "./nouns";
import { readQuantity, type Quantity } from "./numbers";
import { readPrefixes, type Prefix } from "./prefixes";
import { readRange, readRatio, type Range } from "./ranges";
import { H, at, clean, isUpper, isWordChar, perLexicon } from "./text";
import type { DetectedFigure, FigureQualifier } from "./types";
import { readAgedUnit, readUnitSuffix, type UnitSuffix } from "./units";

export interface ParseResult {
  figure: DetectedFigure | null;
  /** Where scanning should continue when there is no figure. */
  resume: number;
}

type Shape = Omit<DetectedFigure, "start" | "text">;

function build(text: string, start: number, s: Shape, lex: FigureLexicon): DetectedFigure {
  const figure: DetectedFigure = { start, end: s.end, text: text.slice(start, s.end), value: clean(s.value), unit: s.unit, qualifier: s.qualifier };
  if (s.low !== undefined && s.high !== undefined) {
    figure.low = clean(s.low);
    figure.high = clean(s.high);
  }
  if (s.counted) {
    figure.counted = s.counted;
    const concept = lex.concepts.get(s.counted);
    if (concept) figure.concept = concept;
  }
  return figure;
}

const trailing = perLexicon((lex: FigureLexicon) => {
  const phrases = [...lex.trailingQualifiers.keys()].map((p) => p.replaceAll(" ", `${H}+`));
  return new RegExp(String.raw`${H}+(${phrases.join("|")})(?![\p{L}])`, "iuy");
});

/** "800 or more", "300 fighters or fewer": a qualifier after the figure, when none came before it. */
function withTrailingQualifier(text: string, shape: Shape, lex: FigureLexicon): Shape {
  if (shape.qualifier !== null || shape.low !== undefined || shape.unit === "year" || shape.unit === "date") return shape;
  const m = at(trailing(lex), text, shape.end);
  const qualifier: FigureQualifier | undefined = m?.[1] ? lex.trailingQualifiers.get(m[1].toLowerCase().replace(/\s+/g, " ")) : undefined;
  if (!m || !qualifier) return shape;
  const after = { ...shape, end: shape.end + m[0].length, qualifier };
  // "800 or more families": the counted noun may follow the qualifier.
  return shape.counted || shape.unit !== "count" ? after : withCounted(after, readCounted(text, after.end, lex, "direct"), lex);
}

interface Parts {
  pre: Prefix;
  q1: Quantity;
  range: Range | null;
  ratio: number | null;
  suffix: UnitSuffix | null;
  pos: number;
}

function withCounted(shape: Shape, counted: Counted | null, lex: FigureLexicon): Shape {
  if (!counted) return shape;
  const currency = lex.currencyWords.get(counted.head);
  shape.end = counted.end;
  shape.counted = currency ?? counted.head;
  if (currency) shape.unit = "currency";
  return shape;
}

/** Unit, counted noun and span end, given everything read up to the end of the number and its units. */
function shapeOf(text: string, start: number, p: Parts, lex: FigureLexicon): Shape {
  const { pre, q1, range, suffix, pos } = p;
  const value = p.ratio ?? (range ? (range.low + range.high) / 2 : q1.value);
  const bounds = range ? { low: range.low, high: range.high } : { low: q1.low, high: q1.high };
  const base: Shape = { end: pos, value, ...bounds, unit: "count", qualifier: pre.qualifier };
  if (pre.currency || suffix?.kind === "currency") {
    return { ...base, unit: "currency", counted: pre.currency ?? (suffix?.kind === "currency" ? suffix.name : undefined) };
  }
  if (q1.percent || range?.percent) return withCounted({ ...base, unit: "percent" }, readCounted(text, pos, lex, "of"), lex);
  if (pre.age || suffix?.kind === "age") {
    // An age in months, weeks or days keeps its number and names its unit: "an 11-month-old baby" is 11 "months".
    if (suffix?.kind === "age" && suffix.per) return { ...base, unit: "age", counted: suffix.per };
    const noun = suffix?.kind === "age" && !suffix.plural ? readCounted(text, pos, lex, "direct", true) : null;
    return withCounted({ ...base, unit: "age" }, noun, lex);
  }
  if (suffix?.kind === "measure") return { ...base, unit: "other", counted: suffix.name };
  if (p.ratio !== null) return withCounted({ ...base, unit: "fraction" }, readCounted(text, pos, lex, "direct", true), lex);
  if (q1.kind === "fraction") {
    const mode = /^half$/i.test(text.slice(q1.start, q1.end)) ? "half" : "of";
    return withCounted({ ...base, unit: "fraction" }, readCounted(text, pos, lex, mode), lex);
  }
  if (q1.kind === "decade") return { ...base, unit: "year" };
  if (suffix?.kind === "compound") {
    if (suffix.name !== "strong") return { ...base, counted: suffix.name };
    return withCounted(base, readCounted(text, pos, lex, "direct", true), lex);
  }
  if (!range && !pre.qualifier && isAppositiveAge(text, q1, pos)) return { ...base, unit: "age" };
  const counted = readCounted(text, pos, lex, "either", value === 1);
  const yearCandidate = q1.yearLike && (!range || range.q2.yearLike) && !p.ratio;
  if (yearCandidate && isYear(text, start, q1.value, pre.qualifier, counted !== null, lex)) {
    return { ...base, unit: "year", qualifier: pre.qualifier === "about" ? "about" : null };
  }
  return withCounted(base, counted, lex);
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

/** "minus 5", "−5": the number read after a minus sign is negative. */
const negated = (q: Quantity): Quantity => ({
  ...q, value: -q.value, base: -q.base, yearLike: false, low: q.high === undefined ? undefined : -q.high, high: q.low === undefined ? undefined : -q.low,
});

export function parseFigureAt(text: string, start: number, lex: FigureLexicon): ParseResult {
  const pre = readPrefixes(text, start, lex);
  if (!pre.age && !pre.between && !pre.currency && !pre.negative) {
    const date = readDate(text, pre.pos, lex);
    if (date) {
      const qualifier = pre.qualifier === "about" ? "about" : null;
      return { figure: build(text, start, { end: date.end, value: date.value, unit: "date", qualifier }, lex), resume: date.end };
    }
  }
  const read = readQuantity(text, pre.pos, pre.currency === undefined ? PLAIN : CURRENCY, lex);
  if (!read) return fail(start + 1);
  if ("reject" in read) return fail(read.reject);
  const q1 = pre.negative ? negated(read) : read;
  if (q1.start === start && isNamePart(text, q1)) return fail(q1.end);
  const ratio = pre.between ? null : readRatio(text, q1, lex);
  const bounds = ratio ? null : readBoundRange(text, q1, pre.qualifier, pre.currency !== undefined, lex);
  const range = ratio ? null : (bounds ?? readRange(text, q1, pre.between, pre.currency !== undefined, lex, start));
  if (range === "reject") return fail(runEnd(text, q1.start));
  if (pre.between && !range) return fail(pre.pos);
  if (q1.loneOne && !range && !ratio && !pre.qualifier) return fail(q1.end);
  const last = ratio?.q2 ?? range?.q2 ?? q1;
  const suffix = last.percent ? null : (readUnitSuffix(text, last.end, lex) ?? (pre.age ? readAgedUnit(text, last.end) : null));
  if (suffix?.kind === "bad-compound") return fail(runEnd(text, q1.start));
  const pos = suffix?.end ?? last.end;
  if (isWordChar(text[pos])) return fail(runEnd(text, q1.start));
  const parts: Parts = { pre: bounds ? { ...pre, qualifier: null } : pre, q1, range, ratio: ratio?.value ?? null, suffix, pos };
  const shape = withTrailingQualifier(text, shapeOf(text, start, parts, lex), lex);
  return { figure: build(text, start, shape, lex), resume: shape.end };
}
