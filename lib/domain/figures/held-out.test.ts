// A held-out measure of figure reading (scripts/test-support/figure-examples/held-out.ts): sentences the detector was never tuned on, labelled
// by hand and frozen before its first run. The tuned sets (figure-examples/{en,en-forms,ar,fr,es}.ts) score near 1.000,
// which says little about new text; this set says how the detector reads text it has not seen. It measures and is
// not a target: the figures are printed for the lead, and the only assertion is a floor against collapse (a broken
// lexicon or parser would drop precision or recall below it). Do not tune the detector to raise these numbers.
import { describe, expect, it } from "vitest";

import { detectFigures } from "./detect";
import { HELD_OUT_EXAMPLES } from "@test-support/figure-examples/held-out";
import { describeScore, matches, score } from "@test-support/figure-examples/score";
import { FIGURE_LANGUAGES, type FigureLanguage } from "./types";

const NAMES: Record<FigureLanguage, string> = { en: "English", ar: "Arabic", fr: "French", es: "Spanish" };
const FLOOR = 0.6;

/** Of the labels read right (score's `correct`), how many were read with exactly the labelled span. */
function exactSpans(language: FigureLanguage): { exact: number; correct: number } {
  let exact = 0;
  let correct = 0;
  for (const { sentence, expected } of HELD_OUT_EXAMPLES[language]) {
    const unmatched = detectFigures(sentence, { language });
    for (const e of expected) {
      const i = unmatched.findIndex((f) => matches(sentence, f, e));
      if (i < 0) continue;
      correct += 1;
      if (unmatched[i]!.text === e.text) exact += 1;
      unmatched.splice(i, 1);
    }
  }
  return { exact, correct };
}

describe("figure reading on held-out news sentences", () => {
  it("holds 40 sentences per language, some with no figure, every label a span of its sentence", () => {
    for (const language of FIGURE_LANGUAGES) {
      const examples = HELD_OUT_EXAMPLES[language];
      expect(examples).toHaveLength(40);
      expect(examples.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(5);
      for (const { sentence, expected } of examples) {
        for (const e of expected) expect(sentence.includes(e.text), `${e.text} in ${sentence}`).toBe(true);
      }
    }
  });

  for (const language of FIGURE_LANGUAGES) {
    it(`${NAMES[language]}: prints precision, recall, value accuracy, exact spans and problems; stays above the floor`, () => {
      const s = score(HELD_OUT_EXAMPLES[language], { language });
      const { exact, correct } = exactSpans(language);
      const share = correct === 0 ? 1 : exact / correct;
      console.log(`${describeScore(`held-out ${NAMES[language]}`, s)}, exact spans ${share.toFixed(3)} (${exact} of ${correct} correct)`);
      for (const p of s.problems) console.log(`  ${p}`);
      expect(s.precision).toBeGreaterThanOrEqual(FLOOR);
      expect(s.recall).toBeGreaterThanOrEqual(FLOOR);
    });
  }
});
