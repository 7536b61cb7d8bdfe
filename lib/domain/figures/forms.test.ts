// The English forms of issue 13, scored class by class over labelled sentences (scripts/test-support/figure-examples/en-forms.ts).
import { describe, expect, it } from "vitest";

import { detectFigures } from "./detect";
import { FIGURE_EXAMPLES } from "@test-support/figure-examples/en";
import { ENGLISH_FORM_EXAMPLES } from "@test-support/figure-examples/en-forms";
import { describeScore, score } from "@test-support/figure-examples/score";

describe("detectFigures over the English forms of a news article", () => {
  it("has at least 60 labelled sentences across the classes, and examples for every class the issue lists", () => {
    expect(Object.values(ENGLISH_FORM_EXAMPLES).flat().length).toBeGreaterThanOrEqual(60);
    const classes = [
      "fractions with scales", "multipliers", "money after the amount", "hyphenated measures", "comparatives and open bounds",
      "ages written out", "abbreviated scales", "grouping and signs", "ranges", "a change is not a range", "units of measure", "identifiers",
    ];
    for (const name of classes) expect(ENGLISH_FORM_EXAMPLES[name]?.length ?? 0, name).toBeGreaterThanOrEqual(4);
  });

  it("reads each class, and keeps the older examples as they were", () => {
    for (const [label, examples] of Object.entries(ENGLISH_FORM_EXAMPLES)) {
      const s = score(examples);
      console.log(describeScore(label, s));
      for (const p of s.problems) console.log(`  ${p}`);
    }
    const forms = score(Object.values(ENGLISH_FORM_EXAMPLES).flat());
    const older = score(FIGURE_EXAMPLES, { language: "en" });
    console.log(describeScore("English forms, all classes", forms));
    console.log(describeScore("English, earlier examples", older));
    expect(forms.precision).toBeGreaterThanOrEqual(0.95);
    expect(forms.recall).toBeGreaterThanOrEqual(0.95);
    expect(older.precision).toBeGreaterThanOrEqual(0.99);
    expect(older.recall).toBeGreaterThanOrEqual(0.99);
  });

  it("names identifiers that end in a number as no figure", () => {
    for (const { sentence } of ENGLISH_FORM_EXAMPLES.identifiers ?? []) expect(detectFigures(sentence), sentence).toEqual([]);
  });
});
