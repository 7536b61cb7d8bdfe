// Scores detectFigures against labelled examples: precision, recall and value accuracy, with the problems listed.
import { detectFigures } from "@/lib/domain/figures/detect";
import type { DetectOptions, DetectedFigure } from "@/lib/domain/figures/types";
import type { ExpectedFigure, LabelledExample } from "./en";

const close = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

const overlaps = (sentence: string, found: DetectedFigure, expected: ExpectedFigure) => {
  const start = sentence.indexOf(expected.text);
  return found.start < start + expected.text.length && start < found.end;
};

/** A detection matches a label when the spans overlap and value, unit, qualifier, counted and bounds agree. */
export function matches(sentence: string, found: DetectedFigure, expected: ExpectedFigure): boolean {
  return (
    overlaps(sentence, found, expected) && close(found.value, expected.value) && found.unit === expected.unit &&
    found.qualifier === expected.qualifier && found.counted === expected.counted &&
    close(found.low, expected.low) && close(found.high, expected.high)
  );
}

export interface Score {
  labelled: number;
  detected: number;
  correct: number;
  precision: number;
  recall: number;
  /** Of the labelled figures that some detection overlaps, the share whose value is read right. */
  valueAccuracy: number;
  problems: string[];
}

export function score(examples: readonly LabelledExample[], options: DetectOptions = {}): Score {
  let detected = 0;
  let labelled = 0;
  let correct = 0;
  let located = 0;
  let valued = 0;
  const problems: string[] = [];
  for (const { sentence, expected } of examples) {
    const found = detectFigures(sentence, options);
    const unmatched = [...found];
    for (const e of expected) {
      const near = found.find((f) => overlaps(sentence, f, e));
      if (near) located += 1;
      if (near && close(near.value, e.value)) valued += 1;
      const i = unmatched.findIndex((f) => matches(sentence, f, e));
      if (i >= 0) {
        unmatched.splice(i, 1);
        correct += 1;
      } else {
        problems.push(`missed ${JSON.stringify(e)} in ${JSON.stringify(sentence)}`);
      }
    }
    for (const f of unmatched) problems.push(`spurious ${JSON.stringify(f)} in ${JSON.stringify(sentence)}`);
    detected += found.length;
    labelled += expected.length;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    labelled, detected, correct, precision: ratio(correct, detected), recall: ratio(correct, labelled),
    valueAccuracy: ratio(valued, located), problems,
  };
}

export const describeScore = (label: string, s: Score) =>
  `${label}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, value accuracy ${s.valueAccuracy.toFixed(3)} ` +
  `(${s.labelled} labelled, ${s.detected} detected, ${s.correct} correct)`;
