import { describe, expect, it } from "vitest";
import { conflictSpread, figuresConflict, severityOfSpread } from "./figure-conflicts";
import type { FigureQualifier, FigureUnit } from "./figures/types";
import { QuantityGroup, type QuantityMember } from "./quantity-group";
import { isSameQuantity } from "./same-quantity";

// The sweeps must find exactly what comparing every pair finds (the rule the pairs table was built by).
function bruteForce(members: QuantityMember[]) {
  const partners = new Map<string, { id: string; spread: number }[]>(members.map((m) => [m.id, []]));
  for (const a of members) {
    for (const b of members) {
      if (a === b) continue;
      const same = isSameQuantity({ ...a.figure, statement: a.statement, claimDate: a.claimDate }, { ...b.figure, statement: b.statement, claimDate: b.claimDate });
      if (same && figuresConflict(a.figure, b.figure)) partners.get(a.id)!.push({ id: b.id, spread: conflictSpread(a.figure, b.figure) });
    }
  }
  return partners;
}

function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const QUALIFIERS: (FigureQualifier | null)[] = [null, null, "about", "over", "under", "at least", "at most", "nearly", "exactly"];
const STATEMENTS = [
  "IS ruled {v} people at its 2014 peak",
  "At its 2014 peak IS ruled about {v} people",
  "IS ruled {v} people in Syria and Iraq",
  "Turkey hosted {v} refugee people",
  "IS ruled {v} people in 2017",
];

function members(count: number, seed: number, unit: FigureUnit = "count"): QuantityMember[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const value = Math.round(next() * 20) * 10 ** Math.floor(next() * 3) * (unit === "fraction" ? 0.01 : 1);
    const statement = STATEMENTS[Math.floor(next() * STATEMENTS.length)]!.replace("{v}", String(value));
    const ranged = next() < 0.1;
    return {
      id: `c${String(i).padStart(4, "0")}`,
      statement,
      claimDate: null,
      figure: { value, unit, qualifier: QUALIFIERS[Math.floor(next() * QUALIFIERS.length)]!, counted: "people", low: ranged ? value / 2 : null, high: ranged ? value : null },
    };
  });
}

describe("QuantityGroup", () => {
  it.each([1, 2, 3, 4, 5])("finds every conflict and each member's severity that comparing all pairs finds (seed %i)", (seed) => {
    const group = members(120, seed);
    const expected = bruteForce(group);
    const sweep = new QuantityGroup(group);
    for (const member of group) {
      const pairs = expected.get(member.id)!;
      const severity = pairs.length ? Math.max(...pairs.map((p) => severityOfSpread(p.spread))) : null;
      expect(sweep.severityOf(member.id), member.id).toBe(severity);
      const { partners, more } = sweep.partnersOf(member.id);
      expect(more).toBe(false);
      expect(partners.map((p) => p.id).sort()).toEqual(pairs.map((p) => p.id).sort());
      expect(partners.map((p) => p.spread)).toEqual([...partners.map((p) => p.spread)].sort((a, b) => b - a));
    }
  });

  it("compares fractions and percentages as one unit", () => {
    const group = [...members(30, 7, "fraction"), ...members(30, 8, "percent").map((m) => ({ ...m, id: `p${m.id}` }))];
    const expected = bruteForce(group);
    const sweep = new QuantityGroup(group);
    for (const member of group) expect(sweep.partnersOf(member.id).partners.map((p) => p.id).sort()).toEqual(expected.get(member.id)!.map((p) => p.id).sort());
  });

  it("gives a page of partners, saying when there are more", () => {
    const group = Array.from({ length: 50 }, (_, i) => ({
      id: `c${String(i).padStart(2, "0")}`, statement: "IS ruled many people at its 2014 peak", claimDate: null,
      figure: { value: (i + 1) * 1_000_000, unit: "count" as const, qualifier: null, counted: "people" },
    }));
    const sweep = new QuantityGroup(group);
    const page = sweep.partnersOf("c00", 3);
    expect(page.more).toBe(true);
    // The farthest three, widest first ("50 million" allows more rounding than "49 million", so it spreads less).
    expect(page.partners.map((p) => p.id)).toEqual(["c48", "c47", "c49"]);
    expect(page.partners.map((p) => p.spread)).toEqual([...page.partners.map((p) => p.spread)].sort((a, b) => b - a));
    expect(sweep.partnersOf("c00").partners).toHaveLength(49);
  });

  it("takes a stored interval as given, and severity stops at what is enough", () => {
    const sweep = new QuantityGroup([
      { id: "a", statement: "IS ruled people at its 2014 peak", claimDate: null, figure: { value: 10, unit: "count", qualifier: null, counted: "people" }, interval: { low: 9.5, high: 10.5 } },
      { id: "b", statement: "IS ruled people at its 2014 peak", claimDate: null, figure: { value: 100, unit: "count", qualifier: null, counted: "people" } },
    ]);
    expect(sweep.intervalOf("b")).toEqual({ low: 95, high: 105 });
    expect(sweep.severityOf("a")).toBe(4);
    expect(sweep.severityOf("a", 1)).toBe(4);
    expect(sweep.severityOf("missing")).toBeNull();
  });
});
