// French and Spanish figure reading scored over labelled news sentences (scripts/test-support/figure-examples/fr.ts,
// es.ts), as ar-forms.test.ts does for Arabic: one suite, run for each language.
import { describe, expect, it } from "vitest";

import { detectFigures } from "./detect";
import type { LabelledExample } from "@test-support/figure-examples/en";
import { SPANISH_EXAMPLES } from "@test-support/figure-examples/es";
import { FRENCH_EXAMPLES } from "@test-support/figure-examples/fr";
import { describeScore, score } from "@test-support/figure-examples/score";

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const LANGUAGES: Array<[string, "fr" | "es", Record<string, LabelledExample[]>]> = [
  ["French", "fr", FRENCH_EXAMPLES],
  ["Spanish", "es", SPANISH_EXAMPLES],
];

describe.each(LANGUAGES)("detectFigures over %s news sentences", (name, language, EXAMPLES) => {
  const all = Object.values(EXAMPLES).flat();
  const read = (sentence: string) => detectFigures(sentence, { language });

  it("has at least 80 labelled sentences, 20 per class, with traps that hold no figure", () => {
    expect(all.length).toBeGreaterThanOrEqual(80);
    for (const examples of Object.values(EXAMPLES)) expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(all.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(12);
  });

  it("labels only spans that occur in their sentence (a typo in a label would score as a miss)", () => {
    for (const { sentence, expected } of all) {
      for (const e of expected) expect(sentence.includes(e.text), `${e.text} in ${sentence}`).toBe(true);
    }
  });

  it("reads them with high precision, recall and value accuracy", () => {
    for (const [label, examples] of Object.entries(EXAMPLES)) {
      const s = score(examples, { language });
      console.log(describeScore(`${name} ${label}`, s));
      for (const p of s.problems) console.log(`  ${p}`);
    }
    const s = score(all, { language });
    console.log(describeScore(`${name}, all classes`, s));
    // score() matches overlapping spans; the exact span is checked here, for the labels whose figure was found.
    const labels = all.flatMap(({ sentence, expected }) => expected.map((e) => ({ sentence, e })));
    const exact = labels.filter(({ sentence, e }) => read(sentence).some((f) => f.text === e.text && near(f.value, e.value)));
    console.log(`${name} exact spans: ${exact.length} of ${labels.length}`);
    expect(exact.length / labels.length).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.valueAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("reads no figure in the sentences labelled with none (ordinals, identifiers, times, phone numbers, durations)", () => {
    for (const { sentence } of all.filter((e) => e.expected.length === 0)) expect(read(sentence), sentence).toEqual([]);
  });

  it("keeps every span exact: the text is the slice of the sentence at its offsets", () => {
    for (const { sentence } of all) {
      for (const f of read(sentence)) expect(sentence.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
