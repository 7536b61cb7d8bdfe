import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohensKappa, fleissKappa, fleissTableFrom, interpretAlpha, interpretKappa, krippendorffAlpha } from "./agreement";

/** Two raters' label lists from a contingency table: rows are rater A's category, columns rater B's. */
function fromContingency(table: number[][], labels: string[]): [string[], string[]] {
  const a: string[] = [];
  const b: string[] = [];
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let n = 0; n < count; n += 1) {
        a.push(labels[i]!);
        b.push(labels[j]!);
      }
    }),
  );
  return [a, b];
}

const _ = null;
// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers × 12 units, values
// 1–5, with missing data. Unit 12 has a single value and is not pairable.
const KRIPPENDORFF_2011_C = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

// Fleiss (1971), as reproduced in Wikipedia's "Fleiss' kappa" worked example: 10 subjects, 14 raters, 5 categories.
const FLEISS_1971 = [
  [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
];

const sameOrBothNaN = (x: number, y: number) => (Number.isNaN(x) ? Number.isNaN(y) : Math.abs(x - y) < 1e-12);

describe("cohensKappa", () => {
  it("reproduces Wikipedia's worked example (50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): κ = 0.40", () => {
    const [a, b] = fromContingency([[20, 5], [10, 15]], ["yes", "no"]);
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 10); // p_o = 0.70, p_e = 0.50
  });

  it("reproduces Sim & Wright (2005), Table 1 (lateral shift, 2 clinicians, 39 patients): κ = 0.67", () => {
    const [a, b] = fromContingency([[22, 2], [4, 11]], ["relevant", "not relevant"]);
    expect(cohensKappa(a, b)).toBeCloseTo(0.67, 2);
  });

  it("reproduces Altman (1991), Practical Statistics for Medical Research, Table 14.2 (85 xeromammograms, 4 categories): κ = 0.47", () => {
    const [a, b] = fromContingency(
      [[21, 12, 0, 0], [4, 17, 1, 0], [3, 9, 15, 2], [0, 0, 0, 1]],
      ["normal", "benign", "suspected cancer", "cancer"],
    );
    expect(cohensKappa(a, b)).toBeCloseTo(0.47, 2);
  });

  it("reproduces Sim & Wright (2005), Tables 2 and 3 (4 and 3 categories): unweighted κ = 0.55 and 0.46", () => {
    const pain = fromContingency([[15, 3, 1, 1], [4, 18, 3, 2], [4, 5, 16, 4], [1, 2, 4, 17]], ["none", "mild", "moderate", "severe"]);
    expect(cohensKappa(...pain)).toBeCloseTo(0.55, 2);
    const syndrome = fromContingency([[22, 10, 2], [6, 27, 11], [2, 5, 17]], ["derangement", "dysfunction", "postural"]);
    expect(cohensKappa(...syndrome)).toBeCloseTo(0.46, 2);
  });

  it("is 1 for perfect agreement and −1 when two balanced raters always disagree", () => {
    expect(cohensKappa(["a", "b", "c", "a"], ["a", "b", "c", "a"])).toBe(1);
    expect(cohensKappa(["yes", "no", "yes", "no"], ["no", "yes", "no", "yes"])).toBe(-1);
  });

  it("skips pairs where either rating is missing", () => {
    const a = ["yes", null, "no", "yes", "no", "yes"];
    const b = ["yes", "no", null, "yes", "yes", "no"];
    expect(cohensKappa(a, b)).toBe(cohensKappa(["yes", "yes", "no", "yes"], ["yes", "yes", "yes", "no"]));
  });

  it("is NaN when nothing can be compared or both raters use one and the same category (p_e = 1)", () => {
    expect(cohensKappa([], [])).toBeNaN();
    expect(cohensKappa(["yes", null], [null, "no"])).toBeNaN();
    expect(cohensKappa(["false", "false", "false"], ["false", "false", "false"])).toBeNaN();
  });

  it("is 0, not NaN, when each rater sticks to a different single category", () => {
    expect(cohensKappa(["true", "true"], ["false", "false"])).toBe(0);
  });

  it("throws a RangeError when the raters' lists differ in length", () => {
    expect(() => cohensKappa(["a", "b"], ["a"])).toThrow(RangeError);
  });

  const rating = fc.constantFrom("true", "mixed", "false", null);
  const pairs = fc.array(fc.tuple(rating, rating), { maxLength: 40 });

  it("lies in [−1, 1] whenever it is defined", () => {
    fc.assert(
      fc.property(pairs, (p) => {
        const k = cohensKappa(p.map(([a]) => a), p.map(([, b]) => b));
        return Number.isNaN(k) || (k >= -1 - 1e-12 && k <= 1 + 1e-12);
      }),
    );
  });

  it("does not depend on which rater is called A", () => {
    fc.assert(
      fc.property(pairs, (p) => {
        const a = p.map(([x]) => x);
        const b = p.map(([, y]) => y);
        return sameOrBothNaN(cohensKappa(a, b), cohensKappa(b, a));
      }),
    );
  });
});

describe("fleissKappa", () => {
  it("reproduces Fleiss (1971) as worked on Wikipedia (10 subjects, 14 raters, 5 categories): κ = 0.210", () => {
    expect(fleissKappa(FLEISS_1971)).toBeCloseTo(0.21, 3);
  });

  it("is 1 for perfect agreement over more than one category", () => {
    expect(fleissKappa([[3, 0], [0, 3], [3, 0]])).toBe(1);
  });

  it("is NaN for an empty table, fewer than 2 raters per item, or every rating in one category", () => {
    expect(fleissKappa([])).toBeNaN();
    expect(fleissKappa([[1, 0], [0, 1]])).toBeNaN();
    expect(fleissKappa([[4, 0], [4, 0]])).toBeNaN();
  });

  it("throws a RangeError when items have different numbers of raters or categories, or counts are not whole", () => {
    expect(() => fleissKappa([[2, 1], [1, 1]])).toThrow(RangeError);
    expect(() => fleissKappa([[2, 1], [1, 1, 1]])).toThrow(RangeError);
    expect(() => fleissKappa([[3, -1], [1, 1]])).toThrow(RangeError);
    expect(() => fleissKappa([[1.5, 0.5], [1, 1]])).toThrow(RangeError);
  });

  const table = fc
    .record({ raters: fc.integer({ min: 2, max: 6 }), categories: fc.integer({ min: 2, max: 4 }), items: fc.integer({ min: 1, max: 12 }) })
    .chain(({ raters, categories, items }) =>
      fc.array(fc.array(fc.integer({ min: 0, max: categories - 1 }), { minLength: raters, maxLength: raters }), { minLength: items, maxLength: items })
        .map((units) => units.map((unit) => Array.from({ length: categories }, (_, c) => unit.filter((v) => v === c).length))),
    );

  it("lies in [−1, 1] whenever it is defined", () => {
    fc.assert(fc.property(table, (t) => { const k = fleissKappa(t); return Number.isNaN(k) || (k >= -1 && k <= 1 + 1e-12); }));
  });

  it("agrees with Krippendorff's nominal alpha on complete data: 1 − α = (1 − 1/n)(1 − κ), n = number of ratings", () => {
    fc.assert(
      fc.property(table, (t) => {
        // Rebuild coder rows from the counts; with complete data the assignment of ratings to coders is irrelevant.
        const raters = t[0]!.reduce((s, x) => s + x, 0);
        const units = t.map((row) => row.flatMap((count, c) => Array.from({ length: count }, () => c)));
        const data = Array.from({ length: raters }, (_, r) => units.map((unit) => unit[r]!));
        const kappa = fleissKappa(t);
        const alpha = krippendorffAlpha(data, "nominal");
        const n = raters * t.length;
        return Number.isNaN(kappa) ? Number.isNaN(alpha) : Math.abs(1 - alpha - (1 - 1 / n) * (1 - kappa)) < 1e-9;
      }),
    );
  });
});

describe("fleissTableFrom", () => {
  const categories = ["true", "mixed", "false"];

  it("keeps units rated by the most common number of raters and counts the rest as skipped", () => {
    const result = fleissTableFrom(
      [
        ["true", "true", "mixed"],
        ["false", null, "false"], // 2 ratings: not the modal 3
        ["mixed", "mixed", "mixed"],
        [null, "true", null], // 1 rating: no information about agreement
      ],
      categories,
    );
    expect(result).toEqual({ table: [[2, 1, 0], [0, 3, 0]], usedUnits: 2, skippedUnits: 2 });
  });

  it("breaks a tie between rater counts towards the larger count", () => {
    const result = fleissTableFrom([["true", "false", null], ["true", "true", "true"]], categories);
    expect(result).toEqual({ table: [[3, 0, 0]], usedUnits: 1, skippedUnits: 1 });
  });

  it("skips everything when no unit has two ratings, which fleissKappa reports as undefined", () => {
    const result = fleissTableFrom([["true", null], [null, "false"]], categories);
    expect(result).toEqual({ table: [], usedUnits: 0, skippedUnits: 2 });
    expect(fleissKappa(result.table)).toBeNaN();
  });

  it("rejects a label that is not one of the categories instead of dropping the rating", () => {
    expect(() => fleissTableFrom([["true", "Unverifiable"]], categories)).toThrow(RangeError);
  });
});

describe("krippendorffAlpha", () => {
  it("reproduces Krippendorff (2011), section C (4 coders, 12 units, missing data): nominal .743, ordinal .815, interval .849", () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011_C, "nominal")).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(KRIPPENDORFF_2011_C, "ordinal")).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(KRIPPENDORFF_2011_C, "interval")).toBeCloseTo(0.849, 3);
  });

  it("ignores a unit with a single value (Krippendorff 2011, section C: unit 12 is not pairable)", () => {
    const withoutUnit12 = KRIPPENDORFF_2011_C.map((row) => row.slice(0, 11));
    expect(krippendorffAlpha(withoutUnit12, "ordinal")).toBe(krippendorffAlpha(KRIPPENDORFF_2011_C, "ordinal"));
  });

  it("reproduces Krippendorff (2011), section A (2 coders, 10 units, binary data): α = 0.095", () => {
    const data = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]];
    expect(krippendorffAlpha(data, "nominal")).toBeCloseTo(0.095, 3);
  });

  it("takes category labels for nominal data", () => {
    const labels = KRIPPENDORFF_2011_C.map((row) => row.map((v) => (v === null ? null : `level ${v}`)));
    expect(krippendorffAlpha(labels, "nominal")).toBeCloseTo(krippendorffAlpha(KRIPPENDORFF_2011_C, "nominal"), 12);
  });

  it("is 1 for perfect agreement with missing values", () => {
    const data = [[1, 2, null, 3], [1, 2, 5, 3], [null, 2, 5, null]];
    for (const level of ["nominal", "ordinal", "interval"] as const) expect(krippendorffAlpha(data, level)).toBe(1);
  });

  it("is NaN with no pairable unit or when every pairable value is the same (D_e = 0)", () => {
    expect(krippendorffAlpha([], "nominal")).toBeNaN();
    expect(krippendorffAlpha([[1, null], [null, 2]], "interval")).toBeNaN();
    expect(krippendorffAlpha([[3, 3, 3], [3, 3, null]], "ordinal")).toBeNaN();
  });

  it("throws a TypeError for labels at the ordinal or interval level, and a RangeError for ragged rows", () => {
    expect(() => krippendorffAlpha([["true", "false"], ["true", "true"]], "ordinal")).toThrow(TypeError);
    expect(() => krippendorffAlpha([[1, Number.NaN], [1, 2]], "interval")).toThrow(TypeError);
    expect(() => krippendorffAlpha([[1, 2], [1]], "nominal")).toThrow(RangeError);
  });

  const coders = (values: fc.Arbitrary<number | null>) =>
    fc.integer({ min: 1, max: 10 }).chain((units) =>
      fc.array(fc.array(values, { minLength: units, maxLength: units }), { minLength: 2, maxLength: 5 }),
    );
  const scale = fc.constantFrom(1, 2, 3, 4, 5, null);

  it("never exceeds 1", () => {
    fc.assert(
      fc.property(coders(scale), fc.constantFrom("nominal" as const, "ordinal" as const, "interval" as const), (data, level) => {
        const alpha = krippendorffAlpha(data, level);
        return Number.isNaN(alpha) || alpha <= 1 + 1e-12;
      }),
    );
  });

  it("does not depend on the order of the coders", () => {
    fc.assert(
      fc.property(coders(scale), (data) =>
        sameOrBothNaN(krippendorffAlpha(data, "ordinal"), krippendorffAlpha([...data].reverse(), "ordinal")),
      ),
    );
  });

  it("gives the same value at every level when only two distinct values occur", () => {
    fc.assert(
      fc.property(coders(fc.constantFrom(2, 5, null)), (data) => {
        const nominal = krippendorffAlpha(data, "nominal");
        return sameOrBothNaN(nominal, krippendorffAlpha(data, "ordinal")) && sameOrBothNaN(nominal, krippendorffAlpha(data, "interval"));
      }),
    );
  });
});

describe("interpretKappa", () => {
  it("names the Landis & Koch (1977) bands, each band including its upper end", () => {
    const cases: [number, string][] = [
      [-0.01, "poor"], [0, "slight"], [0.2, "slight"], [0.205, "fair"], [0.21, "fair"], [0.4, "fair"], [0.41, "moderate"],
      [0.6, "moderate"], [0.61, "substantial"], [0.8, "substantial"], [0.81, "almost perfect"], [1, "almost perfect"],
      [Number.NaN, "undefined"],
    ];
    for (const [value, band] of cases) expect(interpretKappa(value), String(value)).toBe(band);
  });

  it("puts the published examples in the expected bands", () => {
    expect(interpretKappa(fleissKappa(FLEISS_1971))).toBe("fair");
    const [a, b] = fromContingency([[21, 12, 0, 0], [4, 17, 1, 0], [3, 9, 15, 2], [0, 0, 0, 1]], ["n", "b", "s", "c"]);
    expect(interpretKappa(cohensKappa(a, b))).toBe("moderate"); // Altman (1991): "moderate agreement"
  });
});

describe("interpretAlpha", () => {
  it("applies Krippendorff's thresholds .800 and .667", () => {
    expect(interpretAlpha(krippendorffAlpha(KRIPPENDORFF_2011_C, "interval"))).toBe("reliable");
    expect(interpretAlpha(krippendorffAlpha(KRIPPENDORFF_2011_C, "nominal"))).toBe("tentative");
    expect(interpretAlpha(0.5)).toBe("unreliable");
    expect(interpretAlpha(Number.NaN)).toBe("undefined");
  });
});
