import { describe, expect, it } from "vitest";
import { ratingLevelFor } from "./claimreview-rating-level";
import { DEFAULT_RATING_SCALE } from "./rating-scale";

const levels = DEFAULT_RATING_SCALE.map((level, i) => ({ id: `level-${i}`, label: level.label, ordinal: level.ordinal }));
const idOf = (label: string) => levels.find((level) => level.label === label)?.id;
const rating = (label: string | null, value: number | null = null, best: number | null = null, worst: number | null = null) => ({ label, value, best, worst });

describe("ratingLevelFor", () => {
  it("places a rating whose label is a level's, ignoring case and spacing", () => {
    expect(ratingLevelFor(rating("  mostly   FALSE "), levels)).toEqual({ levelId: idOf("Mostly false"), label: "Mostly false", by: "label" });
    expect(ratingLevelFor(rating("Unverifiable"), levels)).toMatchObject({ levelId: idOf("Unverifiable") });
  });

  it("places a value that lands exactly on a level of the stated scale", () => {
    expect(ratingLevelFor(rating("Pants on Fire!", 1, 5, 1), levels)).toEqual({ levelId: idOf("False"), label: "False", by: "value" });
    expect(ratingLevelFor(rating(null, 5, 10, 0), levels)).toMatchObject({ levelId: idOf("Mixed") });
    // A scale written best-low (1 best, 3 worst) is read as it says.
    expect(ratingLevelFor(rating(null, 1, 1, 3), levels)).toMatchObject({ levelId: idOf("True") });
  });

  it("keeps the text alone where the mapping is not clear, saying why", () => {
    expect(ratingLevelFor(rating("Falso"), levels)).toEqual({ levelId: null, why: 'no level of this workspace\'s scale is called "Falso", and it gives no value' });
    expect(ratingLevelFor(rating("Engañoso", 7, 10, 0), levels)).toEqual({ levelId: null, why: 'no level of this workspace\'s scale is called "Engañoso", and its value 7 on a scale of 0 to 10 falls between two levels of this workspace\'s scale' });
    expect(ratingLevelFor(rating("زائف", 1), levels)).toMatchObject({ levelId: null, why: expect.stringContaining("does not say on what scale") });
    expect(ratingLevelFor(rating(null, 9, 5, 1), levels)).toMatchObject({ levelId: null, why: expect.stringContaining("not within its scale of 1 to 5") });
    expect(ratingLevelFor(rating("True", 1, 5, 1), levels)).toEqual({ levelId: null, why: 'its label is this workspace\'s "True" but its value is "False"' });
    expect(ratingLevelFor(rating(null, 1, 5, 1), [{ id: "x", label: "Checked", ordinal: null }])).toMatchObject({ levelId: null, why: expect.stringContaining("too few levels") });
  });
});
