import { describe, expect, it } from "vitest";
import { describeSubject, isSameQuantity, jaccard, quantityKey, type QuantityClaim } from "./same-quantity";

const claim = (statement: string, counted: string | null = "people", unit: QuantityClaim["unit"] = "count", claimDate: Date | null = null): QuantityClaim => ({ statement, counted, unit, claimDate });

describe("quantityKey", () => {
  it("normalises the counted noun and joins fractions with percentages", () => {
    expect(quantityKey("count", " Fighters ")).toBe("count:fighter");
    expect(quantityKey("count", "fighter")).toBe("count:fighter");
    expect(quantityKey("count", "Yazidi  women and children")).toBe("count:yazidi women and children");
    expect(quantityKey("count", "people")).toBe("count:people");
    expect(quantityKey("count", "loss")).toBe("count:loss"); // "ss" is no plural
    expect(quantityKey("fraction", "territory")).toBe(quantityKey("percent", "territory"));
    expect(quantityKey("count", "")).toBeNull();
    expect(quantityKey("year", null)).toBeNull();
  });
});

describe("describeSubject", () => {
  it("keeps content words and years, leaving out numbers, qualifiers, common words and the counted noun", () => {
    const subject = describeSubject({ statement: "At its 2014 peak IS ruled about 12 million people", counted: "people" });
    expect([...subject.words].sort()).toEqual(["peak", "ruled"]);
    expect([...subject.years]).toEqual([2014]);
    expect([...describeSubject({ statement: "ISIS sent 600 fighters", counted: "fighters", claimDate: new Date("2015-02-01") }).years]).toEqual([2015]);
  });

  it("measures overlap as Jaccard similarity", () => {
    expect(jaccard(new Set(["a", "b"]), new Set(["b", "c"]))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe("isSameQuantity", () => {
  it("matches two statements of the same quantity in other words", () => {
    expect(isSameQuantity(claim("At its 2014 peak IS ruled about 12 million people"), claim("IS ruled 10 million people at its 2014 peak"))).toBe(true);
    expect(isSameQuantity(claim("The Raqqa deal let 350 ISIS fighters leave Raqqa", "fighters"), claim("350 ISIS fighters were let leave Raqqa under a deal", "fighter"))).toBe(true);
  });

  it("needs the same unit and counted noun", () => {
    expect(isSameQuantity(claim("IS ruled 12 million people in 2014"), claim("IS ruled 12 million fighters in 2014", "fighters"))).toBe(false);
    expect(isSameQuantity(claim("IS ruled 12 million people in 2014"), claim("IS ruled 12 percent people in 2014", "people", "percent"))).toBe(false);
    expect(isSameQuantity(claim("IS held 40 percent of Deir Ezzor city", "city", "percent"), claim("IS held two fifths of Deir Ezzor city", "city", "fraction"))).toBe(true);
    expect(isSameQuantity(claim("IS ruled people", null), claim("IS ruled people", null))).toBe(false);
  });

  it("rejects different subjects, even with the same counted noun", () => {
    expect(isSameQuantity(claim("A deal let the last 350 ISIS fighters leave Raqqa", "fighters"), claim("ISIS sent 600 Albattar brigade fighters to attack Kirkuk", "fighters"))).toBe(false);
  });

  it("rejects different times, and accepts a looser subject match at the same time", () => {
    expect(isSameQuantity(claim("IS ruled 12 million people at its peak in 2014"), claim("IS ruled 8 million people at its peak in 2015"))).toBe(false);
    // Shared: ruled (1 of 4 words, 0.25) — enough only because both name 2014.
    expect(isSameQuantity(claim("IS ruled 12 million people in 2014"), claim("IS ruled over Iraq and Syria with 10 million people in 2014"))).toBe(true);
    expect(isSameQuantity(claim("IS ruled 12 million people"), claim("IS ruled over Iraq and Syria with 10 million people"))).toBe(false);
  });
});
