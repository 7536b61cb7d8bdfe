// Figure conflicts: two claims about the same quantity whose stated values cannot both be true. Whether two
// figures are about the same quantity is decided elsewhere; this file decides whether their values disagree.
//
// Every figure stands for an interval of true values it allows; two figures conflict when their intervals do
// not meet. Touching intervals are compatible ("12 million" and "13 million" can both be rounded 12.5 million):
// a false alarm costs a reviewer more than a missed nitpick. The rules, per qualifier (x = the stated value):
// - bare (no qualifier): the rounding its last significant digit implies ("12 million" → 11.5–12.5 million,
//   "350" → 345–355), but at most ±5%, the largest error of rounding to two significant digits. Trailing zeros are
//   ambiguous, and reading "10 million" as ±5 million would hide nearly every conflict; readers take round bare
//   numbers as approximations and non-round ones as precise (Williams & Power 2013, "Hedging and rounding in
//   numerical expressions", Pragmatics & Cognition 21(1)). Ages are whole years and taken as stated.
// - exactly: [x, x].
// - about/around: ±10%. Wider than any bare rounding (5%), and narrow enough that "around 12 million" still
//   excludes "10 million", the example of a conflict.
// - nearly/almost/just under: [0.9x, x]: a little short of x ("just under one million" for 997,652).
// - over/more than: [x, 1.25x]; under/fewer than: [0.75x, x]. Comparative modifiers carry an upper (lower) bound
//   implicature tied to how round x is (Cummins, Sauerland & Solt 2012, "Granularity and scalar implicature in
//   numerical expressions"): nobody writes "over 100" for 300. "over a hundred" for 115 and "over 1.2 billion" for
//   1,256,890,534 are typical; 25% leaves room for "well over", which the detector also reads as "over". For ages
//   they name thresholds ("over 65", "under 18"), so they are open-ended.
// - at least: [x, ∞); at most/up to: [0, x]. These signal that the writer does not know more (Nouwen 2010, "Two
//   kinds of modified numerals"); a death toll "at least 100" is not contradicted by a later 300.
// - ranges (low–high): the union over every value in the range, i.e. the low end's lower bound to the high end's
//   upper bound ("tens of" = 20–100 allows 19–105).
// - percent and fraction are one dimension: fractions compare as percentages (0.4 → 40%).
// - years are exact and dates cover their period ("April 2017" = 20170400 → 1–31 April); a qualified year or date,
//   or one with an unknown year, allows anything.
import type { FigureQualifier, FigureUnit, FigureValue } from "./figures/types";

export type { FigureValue };

export interface FigureInterval {
  low: number;
  high: number;
}

const ROUNDING_CAP = 0.05;
const ABOUT = 0.1;
const NEARLY = 0.1;
const COMPARATIVE = 0.25;
const ANYTHING: FigureInterval = { low: -Infinity, high: Infinity };

/** The range of true values a stated figure allows, in the figure's own unit (see the rules above). */
export function figureInterval(f: FigureValue): FigureInterval {
  const [low, high] = statedEnds(f);
  if (f.unit === "year" || f.unit === "date") return calendarInterval(f.unit, f.qualifier, low, high);
  return { low: pointInterval(low, f.qualifier, f.unit).low, high: pointInterval(high, f.qualifier, f.unit).high };
}

/** True when two figures of one dimension allow no common value. Figures of different units never conflict. */
export function figuresConflict(a: FigureValue, b: FigureValue): boolean {
  return gapBetween(comparableFigure(a), comparableFigure(b)) > 0;
}

/**
 * How far apart two conflicting figures are, for sorting conflicts: the gap between their intervals relative to
 * the larger stated value (in the common unit). 0 when they do not conflict.
 */
export function conflictSpread(a: FigureValue, b: FigureValue): number {
  return spreadBetween(comparableFigure(a), comparableFigure(b));
}

/** A figure as it is compared: its unit and value in the common unit, and the interval it allows there. */
export interface ComparableFigure extends FigureInterval {
  unit: FigureUnit;
  value: number;
}

export function comparableFigure(f: FigureValue): ComparableFigure {
  const common = toCommonUnit(f);
  return { unit: common.unit, value: common.value, ...scaledInterval(f) };
}

/** conflictSpread of two figures already made comparable (their intervals computed once, or stored). */
export function spreadBetween(a: ComparableFigure, b: ComparableFigure): number {
  const gap = gapBetween(a, b);
  return gap <= 0 ? 0 : gap / Math.max(Math.abs(a.value), Math.abs(b.value));
}

/**
 * How much a figure conflict weighs in the disagreement queue: the gap in quarters of the larger value,
 * rounded up (at least 1), so that a gap of a quarter or more weighs as much as True against False on
 * the default scale. A claim's severity is the greatest over the claims it conflicts with.
 */
export function severityOfSpread(spread: number): number {
  return Math.max(FIGURE_SEVERITY_MIN, Math.ceil(FIGURE_SEVERITY_STEPS * spread));
}

/** Severity steps per unit of spread (quarters) and the least a conflict weighs; the SQL of lib/data uses the same. */
export const FIGURE_SEVERITY_STEPS = 4;
export const FIGURE_SEVERITY_MIN = 1;

/** The figure in the unit it is compared in: fractions become percentages, everything else is unchanged. */
export function toCommonUnit<T extends FigureValue>(f: T): T {
  if (f.unit !== "fraction") return f;
  const percent = (x: number | null | undefined) => (x === null || x === undefined ? x : clean(x * 100));
  return { ...f, unit: "percent", value: percent(f.value) as number, low: percent(f.low), high: percent(f.high) };
}

/** A figure's value and unit as a reviewer compares it side by side with another ("40" "percent" for two fifths). */
export function normaliseFigure(f: FigureValue): { value: number; unitLabel: string } {
  const common = toCommonUnit(f);
  return { value: common.value, unitLabel: common.unit };
}

/** How far apart two figures' intervals are in the common unit; ≤ 0 when they meet or cannot be compared. */
function gapBetween(a: ComparableFigure, b: ComparableFigure): number {
  if (a.unit !== b.unit) return 0;
  const gap = Math.max(a.low, b.low) - Math.min(a.high, b.high);
  // Floating-point noise (12e6 × 0.9) must not turn touching intervals into a conflict.
  const noise = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  return Number.isNaN(gap) || gap <= noise ? 0 : gap;
}

/** The figure's interval in the unit it is compared in (fractions as percentages), as the side-by-side view shows it. */
export function intervalInCommonUnit(f: FigureValue): FigureInterval {
  return scaledInterval(f);
}

function scaledInterval(f: FigureValue): FigureInterval {
  const interval = figureInterval(f);
  return f.unit === "fraction" ? { low: clean(interval.low * 100), high: clean(interval.high * 100) } : interval;
}

function statedEnds(f: FigureValue): [number, number] {
  if (f.low === null || f.low === undefined || f.high === null || f.high === undefined) return [f.value, f.value];
  return f.low <= f.high ? [f.low, f.high] : [f.high, f.low];
}

function pointInterval(x: number, qualifier: FigureQualifier | null, unit: FigureUnit): FigureInterval {
  const m = Math.abs(x);
  const floor = x >= 0 ? 0 : -Infinity;
  switch (qualifier) {
    case null: {
      const t = unit === "age" ? 0 : roundingTolerance(x);
      return { low: x - t, high: x + t };
    }
    case "exactly":
      return { low: x, high: x };
    case "about":
      return { low: x - ABOUT * m, high: x + ABOUT * m };
    case "nearly":
      return { low: x - NEARLY * m, high: x };
    case "over":
      return { low: x, high: unit === "age" ? Infinity : x + COMPARATIVE * m };
    case "under":
      return { low: unit === "age" ? floor : x - COMPARATIVE * m, high: x };
    case "at least":
      return { low: x, high: Infinity };
    case "at most":
      return { low: floor, high: x };
  }
}

/** Half a unit of the last significant digit, capped at 5% of the value. */
function roundingTolerance(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  // 15 significant digits drop binary noise: 0.1 + 0.2 reads as 0.3, a rounding to tenths.
  const [mantissa = "", exponent = "0"] = Math.abs(x).toExponential(14).split("e");
  const decimals = (mantissa.split(".")[1] ?? "").replace(/0+$/, "").length;
  const place = 10 ** (Number(exponent) - decimals);
  return Math.min(place / 2, ROUNDING_CAP * Math.abs(x));
}

function calendarInterval(unit: "year" | "date", qualifier: FigureQualifier | null, low: number, high: number): FigureInterval {
  if (qualifier !== null && qualifier !== "exactly") return ANYTHING;
  if (unit === "year") return { low, high };
  const first = datePeriod(low);
  const last = datePeriod(high);
  return first && last ? { low: first.low, high: last.high } : ANYTHING;
}

/** The yyyymmdd numbers a date covers: a whole month when the day is 00, a whole year when the month is too. */
function datePeriod(date: number): FigureInterval | null {
  const year = Math.floor(date / 10000);
  const month = Math.floor(date / 100) % 100;
  if (year === 0) return null;
  if (month === 0) return { low: year * 10000 + 101, high: year * 10000 + 1231 };
  if (date % 100 === 0) return { low: date + 1, high: date + 31 };
  return { low: date, high: date };
}

function clean(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}
