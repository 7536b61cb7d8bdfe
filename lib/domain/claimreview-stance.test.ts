import { describe, expect, it } from "vitest";
import { ratingNote, stanceForRating } from "./claimreview-stance";

const label = (text: string) => ({ label: text, value: null, best: null, worst: null });

describe("stanceForRating", () => {
  it.each([
    ["False", "CONTRADICTS"],
    ["Mostly False", "CONTRADICTS"],
    ["Pants on Fire!", "CONTRADICTS"],
    ["Fake", "CONTRADICTS"],
    ["Not true", "CONTRADICTS"],
    ["True", "SUPPORTS"],
    ["Mostly true", "SUPPORTS"],
    ["Correct", "SUPPORTS"],
    ["Half True", "CONTEXT"],
    ["Misleading", "CONTEXT"],
    ["Missing context", "CONTEXT"],
    ["Partly false", "CONTEXT"],
    ["Unproven", "CONTEXT"],
    ["Something else", "CONTEXT"],
  ])("%s → %s", (text, stance) => {
    expect(stanceForRating(label(text))).toBe(stance);
  });

  it("falls back on the value's place on the scale", () => {
    expect(stanceForRating({ label: null, value: 1, best: 5, worst: 1 })).toBe("CONTRADICTS");
    expect(stanceForRating({ label: null, value: 5, best: 5, worst: 1 })).toBe("SUPPORTS");
    expect(stanceForRating({ label: null, value: 3, best: 5, worst: 1 })).toBe("CONTEXT");
    expect(stanceForRating({ label: null, value: 9, best: 10, worst: 0 })).toBe("SUPPORTS");
    expect(stanceForRating({ label: null, value: null, best: null, worst: null })).toBe("CONTEXT");
  });
});

describe("ratingNote", () => {
  it("says who rated the claim how", () => {
    expect(ratingNote("PolitiFact", { label: "False", value: 1, best: 5, worst: 1 })).toBe('Rated "False" (1 on a scale of 1 to 5) by PolitiFact.');
    expect(ratingNote(null, label("Misleading"))).toBe('Rated "Misleading".');
  });
});
