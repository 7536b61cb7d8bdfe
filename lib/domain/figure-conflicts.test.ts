import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conflictSpread, figureInterval, figuresConflict, normaliseFigure, toCommonUnit, type FigureValue } from "./figure-conflicts";
import { FIGURE_QUALIFIERS, FIGURE_UNITS, type FigureQualifier, type FigureUnit } from "./figures/types";

const M = 1_000_000;
function fig(value: number, qualifier: FigureQualifier | null = null, unit: FigureUnit = "count", range?: [number, number]): FigureValue {
  return range ? { value, qualifier, unit, low: range[0], high: range[1] } : { value, qualifier, unit };
}
const range = (low: number, high: number, unit: FigureUnit = "count", qualifier: FigureQualifier | null = null) =>
  fig((low + high) / 2, qualifier, unit, [low, high]);

function expectInterval(f: FigureValue, low: number, high: number) {
  const interval = figureInterval(f);
  for (const [actual, expected] of [[interval.low, low], [interval.high, high]] as const) {
    if (Number.isFinite(expected)) expect(actual).toBeCloseTo(expected, 6);
    else expect(actual).toBe(expected);
  }
}

describe("figureInterval", () => {
  it("gives a bare figure the rounding of its last significant digit", () => {
    expectInterval(fig(12 * M), 11.5 * M, 12.5 * M); // "12 million"
    expectInterval(fig(350), 345, 355);
    expectInterval(fig(12.4 * M), 12.35 * M, 12.45 * M);
    expectInterval(fig(0.3, null, "fraction"), 0.285, 0.315); // 5% cap: "3 tenths" is not ±0.05
  });

  it("caps a bare figure's rounding at 5%, since trailing zeros may or may not be significant", () => {
    expectInterval(fig(3000), 2850, 3150);
    expectInterval(fig(10 * M), 9.5 * M, 10.5 * M);
    expectInterval(fig(0.4, null, "fraction"), 0.38, 0.42);
  });

  it("keeps exact and bare ages to the stated value", () => {
    expectInterval(fig(8, "exactly"), 8, 8);
    expectInterval(fig(0), 0, 0);
    expectInterval(fig(40, null, "age"), 40, 40);
  });

  it("widens each qualifier in its own direction", () => {
    expectInterval(fig(12 * M, "about"), 10.8 * M, 13.2 * M);
    expectInterval(fig(3000, "nearly"), 2700, 3000);
    expectInterval(fig(12 * M, "over"), 12 * M, 15 * M);
    expectInterval(fig(100, "under"), 75, 100);
    expectInterval(fig(100, "at least"), 100, Infinity);
    expectInterval(fig(10_000, "at most"), 0, 10_000);
    expectInterval(fig(-40, "at most"), -Infinity, -40);
  });

  it("treats over and under as open-ended thresholds for ages", () => {
    expectInterval(fig(65, "over", "age"), 65, Infinity);
    expectInterval(fig(18, "under", "age"), 0, 18);
  });

  it("covers every value of a range, widened at each end", () => {
    expectInterval(range(20, 100), 19, 105); // "tens of"
    expectInterval(range(20, 30, "count", "exactly"), 20, 30);
    expectInterval(range(20, 30, "count", "about"), 18, 33);
    expectInterval(fig(25, null, "count", [30, 20]), 19, 31.5); // ends given the wrong way round
  });

  it("reads years exactly and dates as the period they name", () => {
    expectInterval(fig(2000, null, "year"), 2000, 2000);
    expectInterval(range(2014, 2015, "year"), 2014, 2015);
    expectInterval(fig(20170803, null, "date"), 20170803, 20170803);
    expectInterval(fig(20170400, null, "date"), 20170401, 20170431); // "April 2017"
    expectInterval(fig(713, null, "date"), -Infinity, Infinity); // "July 13": unknown year
    expectInterval(fig(2010, "about", "year"), -Infinity, Infinity);
  });
});

describe("figuresConflict", () => {
  const cases: [string, FigureValue, FigureValue, boolean][] = [
    // The two examples.
    ["around 12 million vs 10 million", fig(12 * M, "about"), fig(10 * M), true],
    ["over 12 million vs 12.5 million", fig(12 * M, "over"), fig(12.5 * M), false],
    // Bare figures.
    ["12 million vs 12.4 million (rounds to 12)", fig(12 * M), fig(12.4 * M), false],
    ["12 million vs 12.6 million", fig(12 * M), fig(12.6 * M), true],
    ["12 million vs 13 million (both may be 12.5 million)", fig(12 * M), fig(13 * M), false],
    ["350 vs 354", fig(350), fig(354), false],
    ["350 vs 356", fig(350), fig(356), true],
    ["0 vs 1", fig(0), fig(1), true],
    ["$5 million vs $7 million", fig(5 * M, null, "currency"), fig(7 * M, null, "currency"), true],
    // exactly
    ["exactly 8 vs 7", fig(8, "exactly"), fig(7), true],
    ["exactly 8 vs exactly 8", fig(8, "exactly"), fig(8, "exactly"), false],
    ["exactly 12 vs 13", fig(12, "exactly"), fig(13), true],
    // about
    ["about 12 million vs 13 million", fig(12 * M, "about"), fig(13 * M), false],
    ["about 12 million vs 13.5 million", fig(12 * M, "about"), fig(13.5 * M), true],
    ["about 100 vs about 120", fig(100, "about"), fig(120, "about"), false],
    ["about 100 vs about 130", fig(100, "about"), fig(130, "about"), true],
    // nearly
    ["nearly 3,000 vs 3,000", fig(3000, "nearly"), fig(3000), false],
    ["nearly 3,000 vs 2,500", fig(3000, "nearly"), fig(2500), true],
    ["nearly 3,000 vs 3,200", fig(3000, "nearly"), fig(3200), true],
    // over and under
    ["over 12 million vs 15 million", fig(12 * M, "over"), fig(15 * M), false],
    ["over 12 million vs 20 million", fig(12 * M, "over"), fig(20 * M), true],
    ["over 12 million vs 11 million", fig(12 * M, "over"), fig(11 * M), true],
    ["under 100 vs 80", fig(100, "under"), fig(80), false],
    ["under 100 vs 120", fig(100, "under"), fig(120), true],
    ["under 100 vs 50", fig(100, "under"), fig(50), true],
    ["over 100 vs under 100", fig(100, "over"), fig(100, "under"), false],
    ["over 200 vs under 100", fig(200, "over"), fig(100, "under"), true],
    // at least and at most
    ["at least 100 vs 60", fig(100, "at least"), fig(60), true],
    ["at least 100 vs 300", fig(100, "at least"), fig(300), false],
    ["at most 10,000 vs 500", fig(10_000, "at most"), fig(500), false],
    ["at most 10,000 vs 12,000", fig(10_000, "at most"), fig(12_000), true],
    ["at least 50 vs at most 40", fig(50, "at least"), fig(40, "at most"), true],
    // Ranges.
    ["tens (20–100) vs 100", range(20, 100), fig(100), false],
    ["between 20 and 30 vs 25", range(20, 30), fig(25), false],
    ["between 20 and 30 vs 35", range(20, 30), fig(35), true],
    ["about 20–30 vs 33", range(20, 30, "count", "about"), fig(33), false],
    ["hundreds of thousands vs 150,000", range(200_000, 1_000_000), fig(150_000), true],
    ["2–3 million vs 3–4 million", range(2 * M, 3 * M), range(3 * M, 4 * M), false],
    // Percent and fraction.
    ["12 percent vs 5 percent", fig(12, null, "percent"), fig(5, null, "percent"), true],
    ["12 percent vs 12.4 percent", fig(12, null, "percent"), fig(12.4, null, "percent"), false],
    ["0.4 vs 0.5 (two fifths vs a half)", fig(0.4, null, "fraction"), fig(0.5, null, "fraction"), true],
    ["a half vs 50 percent", fig(0.5, null, "fraction"), fig(50, null, "percent"), false],
    ["a third vs 33 percent", fig(1 / 3, null, "fraction"), fig(33, null, "percent"), false],
    ["a third vs 40 percent", fig(1 / 3, null, "fraction"), fig(40, null, "percent"), true],
    ["two fifths vs about 45 percent", fig(0.4, null, "fraction"), fig(45, "about", "percent"), false],
    ["up to 5 percent vs 0.03", fig(5, "at most", "percent"), fig(0.03, null, "fraction"), false],
    ["nearly three quarters vs 80 percent", fig(0.75, "nearly", "fraction"), fig(80, null, "percent"), true],
    // Different units are not the same quantity.
    ["12 percent vs 12 (count)", fig(12, null, "percent"), fig(12), false],
    ["12 percent vs 50 (count)", fig(12, null, "percent"), fig(50), false],
    ["5 million people vs $9 million", fig(5 * M), fig(9 * M, null, "currency"), false],
    ["aged 40 vs 400 (count)", fig(40, null, "age"), fig(400), false],
    // Ages.
    ["aged 40 vs aged 41", fig(40, null, "age"), fig(41, null, "age"), true],
    ["aged 18–25 vs aged 22", range(18, 25, "age"), fig(22, null, "age"), false],
    ["under 18 vs aged 10", fig(18, "under", "age"), fig(10, null, "age"), false],
    ["over 65 vs aged 80", fig(65, "over", "age"), fig(80, null, "age"), false],
    ["over 65 vs aged 60", fig(65, "over", "age"), fig(60, null, "age"), true],
    // Years and dates.
    ["2014 vs 2015", fig(2014, null, "year"), fig(2015, null, "year"), true],
    ["2000 vs 2001 (years are not rounded)", fig(2000, null, "year"), fig(2001, null, "year"), true],
    ["2014–15 vs 2015", range(2014, 2015, "year"), fig(2015, null, "year"), false],
    ["3 August 2017 vs 4 August 2017", fig(20170803, null, "date"), fig(20170804, null, "date"), true],
    ["April 2017 vs 15 April 2017", fig(20170400, null, "date"), fig(20170415, null, "date"), false],
    ["April 2017 vs 3 May 2017", fig(20170400, null, "date"), fig(20170503, null, "date"), true],
    ["July 13 (no year) vs 14 July 2017", fig(713, null, "date"), fig(20170714, null, "date"), false],
  ];

  const named = cases.map(([name, a, b, conflict]) => [`${name} → ${conflict ? "conflict" : "no conflict"}`, a, b, conflict] as const);
  it.each(named)("%s", (_name, a, b, conflict) => {
    expect(figuresConflict(a, b)).toBe(conflict);
    expect(figuresConflict(b, a)).toBe(conflict);
  });

  const unit = fc.constantFrom(...FIGURE_UNITS);
  const qualifier = fc.constantFrom(null, ...FIGURE_QUALIFIERS);
  const amount = fc.oneof(fc.integer({ min: -1000, max: 1e9 }), fc.double({ min: -1e6, max: 1e12, noNaN: true, noDefaultInfinity: true }));
  const figure: fc.Arbitrary<FigureValue> = fc.oneof(
    fc.record({ value: amount, unit, qualifier }),
    fc.record({ low: amount, high: amount, unit, qualifier }).map((r) => ({ ...r, value: (r.low + r.high) / 2 })),
  );

  it("does not depend on the order of the two figures", () => {
    fc.assert(fc.property(figure, figure, (a, b) => figuresConflict(a, b) === figuresConflict(b, a)));
  });

  it("never flags a figure against itself or against an identical copy", () => {
    fc.assert(fc.property(figure, (a) => !figuresConflict(a, a) && !figuresConflict(a, { ...a })));
  });

  it("never flags figures of different dimensions", () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const dimension = (f: FigureValue) => (f.unit === "fraction" ? "percent" : f.unit);
        return dimension(a) === dimension(b) || !figuresConflict(a, b);
      }),
    );
  });

  it("gives a fraction the same verdict as the same figure written as a percentage", () => {
    const fraction = fc.record({ value: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), unit: fc.constant("fraction" as const), qualifier });
    const percent = fc.record({ value: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), unit: fc.constant("percent" as const), qualifier });
    fc.assert(fc.property(fraction, percent, (f, p) => figuresConflict(f, p) === figuresConflict(toCommonUnit(f), p)));
  });

  it("allows the stated value itself for every quantity", () => {
    const quantity = figure.filter((f) => f.unit !== "year" && f.unit !== "date");
    fc.assert(
      fc.property(quantity, (f) => {
        const { low, high } = figureInterval(f);
        return [f.low ?? f.value, f.high ?? f.value].every((x) => low <= x && x <= high);
      }),
    );
  });

  it("has a positive, symmetric spread exactly when the figures conflict", () => {
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const spread = conflictSpread(a, b);
        return spread === conflictSpread(b, a) && spread > 0 === figuresConflict(a, b);
      }),
    );
  });
});

describe("conflictSpread", () => {
  it("sorts a wide disagreement above a narrow one", () => {
    const narrow = conflictSpread(fig(12 * M, "about"), fig(10 * M)); // 10.8 vs 10.5 million
    const wide = conflictSpread(fig(100, "at least"), fig(60)); // 100 vs 63
    expect(narrow).toBeCloseTo(0.3 / 12, 9);
    expect(wide).toBeCloseTo(37 / 100, 9);
    expect(wide).toBeGreaterThan(narrow);
  });

  it("measures fractions against percentages in percent", () => {
    expect(conflictSpread(fig(0.4, null, "fraction"), fig(50, null, "percent"))).toBeCloseTo((47.5 - 42) / 50, 9);
  });

  it("is 0 for figures that agree or cannot be compared", () => {
    expect(conflictSpread(fig(12 * M, "over"), fig(12.5 * M))).toBe(0);
    expect(conflictSpread(fig(12, null, "percent"), fig(50))).toBe(0);
  });
});

describe("normaliseFigure and toCommonUnit", () => {
  it("shows fractions as percentages and leaves other units alone", () => {
    expect(normaliseFigure(fig(0.4, null, "fraction"))).toEqual({ value: 40, unitLabel: "percent" });
    expect(normaliseFigure(fig(12, null, "percent"))).toEqual({ value: 12, unitLabel: "percent" });
    expect(normaliseFigure(fig(12 * M))).toEqual({ value: 12_000_000, unitLabel: "count" });
  });

  it("converts a fraction's range and keeps the rest of the figure", () => {
    const twoToThreeTenths = { ...range(0.2, 0.3, "fraction", "about"), counted: "territory" };
    expect(toCommonUnit(twoToThreeTenths)).toEqual({ value: 25, low: 20, high: 30, unit: "percent", qualifier: "about", counted: "territory" });
  });
});
