// Arabic figure reading scored over labelled news sentences (scripts/test-support/figure-examples/ar.ts), as forms.test.ts does for English.
import { describe, expect, it } from "vitest";

import { detectFigures } from "./detect";
import { ARABIC_EXAMPLES } from "@test-support/figure-examples/ar";
import { describeScore, score } from "@test-support/figure-examples/score";

const all = Object.values(ARABIC_EXAMPLES).flat();

describe("detectFigures over Arabic news sentences", () => {
  it("has at least 80 labelled sentences across conflict, economy, elections and health", () => {
    expect(all.length).toBeGreaterThanOrEqual(80);
  });

  it("reads them with high precision, recall and value accuracy", () => {
    for (const [label, examples] of Object.entries(ARABIC_EXAMPLES)) {
      const s = score(examples, { language: "ar" });
      console.log(describeScore(`Arabic ${label}`, s));
      for (const p of s.problems) console.log(`  ${p}`);
    }
    const s = score(all, { language: "ar" });
    console.log(describeScore("Arabic, all classes", s));
    // score() matches overlapping spans; the exact span is checked here, for the labels whose figure was found.
    const labels = all.flatMap(({ sentence, expected }) => expected.map((e) => ({ sentence, e })));
    const exact = labels.filter(({ sentence, e }) => detectFigures(sentence, { language: "ar" }).some((f) => f.text === e.text && f.value === e.value));
    console.log(`Arabic exact spans: ${exact.length} of ${labels.length}`);
    expect(exact.length / labels.length).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.valueAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps every span exact: the text is the slice of the sentence at its offsets", () => {
    for (const { sentence } of all) {
      for (const f of detectFigures(sentence, { language: "ar" })) expect(sentence.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
