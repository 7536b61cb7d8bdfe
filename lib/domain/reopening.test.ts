import { describe, expect, it } from "vitest";
import { evidenceReopens, ratingDirection, verdictReopens } from "./reopening";

const scale = { min: 1, max: 5 }; // the default scale: False 1 … True 5

describe("ratingDirection", () => {
  it("reads the upper half as holding, the lower as failing, the middle as mixed", () => {
    expect([5, 4, 3, 2, 1].map((ordinal) => ratingDirection(ordinal, scale))).toEqual(["holds", "holds", "mixed", "fails", "fails"]);
    expect(ratingDirection(null, scale)).toBe("unrated");
    expect(ratingDirection(2, { min: 0, max: 3 })).toBe("holds"); // no level sits on 1.5
  });
});

describe("evidenceReopens", () => {
  it("reopens on evidence against the final rating's direction only", () => {
    expect(evidenceReopens("CONTRADICTS", "holds")).toBe(true);
    expect(evidenceReopens("SUPPORTS", "holds")).toBe(false);
    expect(evidenceReopens("SUPPORTS", "fails")).toBe(true);
    expect(evidenceReopens("CONTRADICTS", "fails")).toBe(false);
    expect(evidenceReopens("SUPPORTS", "mixed")).toBe(false);
    expect(evidenceReopens("CONTRADICTS", "mixed")).toBe(false);
    expect(evidenceReopens("SUPPORTS", "unrated")).toBe(true);
    expect(evidenceReopens("CONTRADICTS", "unrated")).toBe(true);
    for (const direction of ["holds", "fails", "mixed", "unrated"] as const) expect(evidenceReopens("CONTEXT", direction)).toBe(false);
  });
});

describe("verdictReopens", () => {
  it("reopens on a rating other than the final one", () => {
    expect(verdictReopens("a", "b")).toBe(true);
    expect(verdictReopens("a", "a")).toBe(false);
    expect(verdictReopens("a", null)).toBe(false);
  });
});
