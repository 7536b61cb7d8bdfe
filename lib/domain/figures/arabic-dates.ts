// Arabic dates, as yyyymmdd numbers (detect.ts): "١٥ آذار ٢٠١١" is 20110315, "14 تموز" 714, "آذار 2011" 20110300.
import { nextToken, type Token } from "./arabic-tokens";
import type { Quantity } from "./arabic-quantity";
import { AR } from "./lexicon/ar";
import type { DetectedFigure } from "./types";

/** The month named at token `t` ("آذار", or "كانون الثاني" over two words), with where its name ends. */
function monthAt(text: string, t: Token | null): { month: number; end: number } | null {
  if (!t || t.kind !== "word") return null;
  const month = AR.months.get(t.norm);
  if (month !== undefined) return { month, end: t.end };
  const tails = AR.twoWordMonths.get(t.norm);
  const tail = tails ? nextToken(text, t.end) : null;
  const second = tail ? tails?.get(tail.norm) : undefined;
  return tail && second !== undefined ? { month: second, end: tail.end } : null;
}

/** The month named by the words just before (nearest first), with where its name starts. */
function monthBefore(before: readonly Token[]): { month: number; start: number } | null {
  const [last, first] = before;
  if (!last) return null;
  const one = AR.months.get(last.norm);
  if (one !== undefined) return { month: one, start: last.start };
  const two = first && AR.twoWordMonths.get(first.norm)?.get(last.norm);
  return first && two !== undefined ? { month: two, start: first.start } : null;
}

const isYear = (t: Token | null): t is Token => !!t && t.kind === "num" && t.plain && t.norm.length === 4 && t.value >= 1000 && t.value < 2100;

/** `before`: the words before the number, nearest first. A date starting with the day ("15 آذار 2011") or a year after a month ("آذار 2011"), or null. */
export function dateAt(text: string, q: Quantity, before: readonly Token[]): DetectedFigure | null {
  const date = (start: number, end: number, value: number): DetectedFigure => ({
    start, end, text: text.slice(start, end), value, unit: "date", qualifier: null,
  });
  if (q.yearLike) {
    const month = monthBefore(before);
    return month ? date(month.start, q.end, q.value * 10000 + month.month * 100) : null;
  }
  if (q.wordOnly || q.scaled || !Number.isInteger(q.value) || q.value < 1 || q.value > 31) return null;
  const month = monthAt(text, nextToken(text, q.end));
  if (!month) return null;
  const year = nextToken(text, month.end);
  if (isYear(year)) return date(q.start, year.end, year.value * 10000 + month.month * 100 + q.value);
  return date(q.start, month.end, month.month * 100 + q.value);
}
