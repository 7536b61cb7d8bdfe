import { describe, expect, it } from "vitest";
import { inconsistentRatingsSeverity, measureDisagreement, reviewerSplitSeverity, sourceConflictSeverity, type DisagreementFacts } from "./disagreement-severity";

// The default scale: True 5 … False 1, and Unverifiable without an ordinal.
const SCALE = [5, 4, 3, 2, 1, null];
const v = (ratingId: string, ordinal: number | null) => ({ ratingId, ordinal });
const TRUE = v("true", 5);
const MOSTLY_FALSE = v("mostly-false", 2);
const FALSE = v("false", 1);
const UNVERIFIABLE = v("unverifiable", null);
const quiet: DisagreementFacts = { resolved: false, currentVerdicts: [], scaleOrdinals: SCALE, supporting: 0, contradicting: 0, figureConflict: null };

describe("reviewerSplitSeverity", () => {
  it("is no split with fewer than two different ratings", () => {
    expect(reviewerSplitSeverity([], SCALE)).toBeNull();
    expect(reviewerSplitSeverity([TRUE], SCALE)).toBeNull();
    expect(reviewerSplitSeverity([TRUE, TRUE, TRUE], SCALE)).toBeNull();
  });

  it("is the spread of the ordinals of the reviewers' ratings", () => {
    expect(reviewerSplitSeverity([TRUE, MOSTLY_FALSE], SCALE)).toBe(3);
    expect(reviewerSplitSeverity([TRUE, MOSTLY_FALSE, FALSE], SCALE)).toBe(4);
  });

  it("counts a rating off the scale's order (Unverifiable) as the widest spread the scale allows", () => {
    expect(reviewerSplitSeverity([MOSTLY_FALSE, UNVERIFIABLE], SCALE)).toBe(4);
    expect(reviewerSplitSeverity([MOSTLY_FALSE, UNVERIFIABLE], [3, 1, null])).toBe(2);
  });

  it("is 0, still a split, when two different ratings share no ordinal spread", () => {
    expect(reviewerSplitSeverity([v("a", 3), v("b", 3)], SCALE)).toBe(0);
    expect(reviewerSplitSeverity([UNVERIFIABLE, v("other-off-scale", null)], [null, null])).toBe(0);
  });
});

describe("sourceConflictSeverity", () => {
  it("needs evidence on both sides, then weighs the smaller side", () => {
    expect(sourceConflictSeverity(0, 0)).toBeNull();
    expect(sourceConflictSeverity(3, 0)).toBeNull();
    expect(sourceConflictSeverity(0, 2)).toBeNull();
    expect(sourceConflictSeverity(1, 1)).toBe(1);
    expect(sourceConflictSeverity(4, 2)).toBe(2);
  });
});

describe("measureDisagreement", () => {
  it("puts a claim without any disagreement in no queue row", () => {
    expect(measureDisagreement(quiet)).toBeNull();
    expect(measureDisagreement({ ...quiet, currentVerdicts: [TRUE, TRUE], supporting: 5 })).toBeNull();
  });

  it("takes the greatest of the kinds as the severity, and keeps each kind's own", () => {
    expect(measureDisagreement({ ...quiet, currentVerdicts: [TRUE, MOSTLY_FALSE], supporting: 2, contradicting: 1, figureConflict: 2 }))
      .toEqual({ reviewerSplit: 3, sourceConflict: 1, figureConflict: 2, inconsistentRatings: null, severity: 3 });
    expect(measureDisagreement({ ...quiet, supporting: 1, contradicting: 1, figureConflict: 4 }))
      .toEqual({ reviewerSplit: null, sourceConflict: 1, figureConflict: 4, inconsistentRatings: null, severity: 4 });
    expect(measureDisagreement({ ...quiet, currentVerdicts: [v("a", 3), v("b", 3)] }))
      .toEqual({ reviewerSplit: 0, sourceConflict: null, figureConflict: null, inconsistentRatings: null, severity: 0 });
  });

  it("settles every disagreement of a resolved claim", () => {
    expect(measureDisagreement({ ...quiet, resolved: true, currentVerdicts: [TRUE, FALSE], supporting: 3, contradicting: 3, figureConflict: 4 })).toBeNull();
    expect(measureDisagreement({ ...quiet, resolved: true, groupFinalRatings: [TRUE, TRUE] })).toBeNull();
  });

  it("keeps only inconsistent ratings on a resolved claim whose group was rated two ways", () => {
    expect(measureDisagreement({ ...quiet, resolved: true, currentVerdicts: [TRUE, FALSE], supporting: 3, contradicting: 3, figureConflict: 4, groupFinalRatings: [TRUE, MOSTLY_FALSE] }))
      .toEqual({ reviewerSplit: null, sourceConflict: null, figureConflict: null, inconsistentRatings: 3, severity: 3 });
  });

  it("ignores the group's ratings while the claim itself is unresolved", () => {
    expect(measureDisagreement({ ...quiet, groupFinalRatings: [TRUE, FALSE] })).toBeNull();
  });
});

describe("inconsistentRatingsSeverity", () => {
  it("needs two different final ratings in the group", () => {
    expect(inconsistentRatingsSeverity([], SCALE)).toBeNull();
    expect(inconsistentRatingsSeverity([TRUE], SCALE)).toBeNull();
    expect(inconsistentRatingsSeverity([FALSE, FALSE, FALSE], SCALE)).toBeNull();
  });

  it("is the spread of the final ratings, Unverifiable against any other the widest", () => {
    expect(inconsistentRatingsSeverity([TRUE, FALSE], SCALE)).toBe(4);
    expect(inconsistentRatingsSeverity([MOSTLY_FALSE, FALSE, FALSE], SCALE)).toBe(1);
    expect(inconsistentRatingsSeverity([FALSE, UNVERIFIABLE], SCALE)).toBe(4);
  });
});
