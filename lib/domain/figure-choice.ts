// Which figure of a selected passage the claim is about. A reviewer who selects "At its peak in 2014, IS
// commanded over a population of around 12 million people" is checking the 12 million, not the year: the
// year says when, the quantity says what. The form pre-fills the chosen figure and offers the others.
//
// The rules, in order (the first that tells two figures apart decides):
// 1. A quantity beats a year or a date. Years and dates place a claim in time; they are the claim's figure
//    only when the passage holds nothing else ("In 2014 the caliphate was declared").
// 2. A quantity that is the yardstick of a comparison ("more than the 9 percent of 2015", "compared with
//    8 million", "up from 3,000") loses to one that is not: the claim is about the new figure.
// 3. A figure that says what it measures beats a bare number: a counted noun ("12 million people",
//    "14 percent of its territory") or a unit that carries its own meaning (percent, money, fraction, age).
// 4. A hedged figure ("around", "over", "at least") beats an unhedged one: reporters hedge the figure they
//    are reporting, not the incidental ones.
// 5. The longer figure wins: it holds more of the passage's words ("tens of thousands of fighters" over
//    "80 countries"). A range is one figure, so "between 20,000 and 31,500 fighters" counts whole.
// 6. The earlier figure wins: news writing puts the claimed figure first.
import type { DetectedFigure, FigureUnit } from "./figures/types";

const TIME_UNITS: readonly FigureUnit[] = ["year", "date"];
const SELF_DESCRIBING: readonly FigureUnit[] = ["percent", "currency", "fraction", "age"];
// Words that introduce the figure a claim is compared against, just before that figure.
const YARDSTICK = /\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against|up\s+from|down\s+from)\s+(?:(?:the|a|an|some|its|their)\s+)?$/i;

export interface FigureChoice {
  /** The figure to pre-fill, or null when the passage holds none. */
  chosen: DetectedFigure | null;
  /** Every other figure of the passage, in reading order: the one-click alternatives. */
  others: DetectedFigure[];
}

export const isTimeFigure = (figure: Pick<DetectedFigure, "unit">): boolean => TIME_UNITS.includes(figure.unit);

function isYardstick(figure: DetectedFigure, text: string): boolean {
  return YARDSTICK.test(text.slice(Math.max(0, figure.start - 40), figure.start));
}

/** Higher is better, compared rule by rule (see the list above). */
function rank(figure: DetectedFigure, text: string): number[] {
  return [
    isTimeFigure(figure) ? 0 : 1,
    isYardstick(figure, text) ? 0 : 1,
    figure.counted || SELF_DESCRIBING.includes(figure.unit) ? 1 : 0,
    figure.qualifier ? 1 : 0,
    figure.end - figure.start,
    -figure.start,
  ];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

/**
 * The figure a selected passage is about, and the others it holds. `figures` are detectFigures(selection.text)
 * (offsets into selection.text). Pure.
 */
export function chooseFigure(figures: readonly DetectedFigure[], selection: { text: string }): FigureChoice {
  if (figures.length === 0) return { chosen: null, others: [] };
  const best = [...figures].sort((a, b) => compareRanks(rank(a, selection.text), rank(b, selection.text)))[0]!;
  return { chosen: best, others: figures.filter((figure) => figure !== best) };
}
