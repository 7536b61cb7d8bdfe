// How much a claim is disagreed about: the disagreement queue's order (issue 14: the heart of the
// review queue, written once here). The stored rows (claim_disagreements) are computed in SQL by
// lib/data/disagreements/claim-disagreements.ts from the same thresholds, and its db test checks the
// SQL against measureDisagreement on a table of cases.
//
// Severity, a whole number, is the greatest of the claim's kinds' severities:
// - reviewer split: the spread (highest minus lowest ordinal value) of the reviewers' current
//   verdicts once they hold at least SPLIT_MIN_RATINGS different ratings; a level without an ordinal
//   (Unverifiable) against any other rating counts as the widest spread the workspace's scale allows
//   (its highest minus its lowest ordinal value);
// - source conflict: min(supporting, contradicting) evidence count once each side has at least
//   SOURCE_CONFLICT_MIN_PER_SIDE, so one source on each side is 1 and the number grows only as both
//   sides gather weight (context evidence takes no side);
// - figure conflict: the claim's stored figure-conflict severity (lib/domain/figure-conflicts.ts
//   severityOfSpread, the greatest over the claims it conflicts with);
// - inconsistent ratings: the claim is resolved and its "same claim" group (claims linked as the same
//   claim) holds at least INCONSISTENT_MIN_RATINGS different final ratings; the spread of those final
//   ratings, measured as a reviewer split is (a level without an ordinal: the scale's widest spread).
// A resolved claim's own disagreements are settled by its final rating; only inconsistent ratings,
// which exist between resolved claims, can remain, until one is re-rated or the claims are unlinked.

/** Different current ratings among the reviewers before they are split. */
export const SPLIT_MIN_RATINGS = 2;
/** Supporting and contradicting evidence each side needs before the sources conflict. */
export const SOURCE_CONFLICT_MIN_PER_SIDE = 1;
/** Different final ratings within one group of the same claim before its ratings are inconsistent. */
export const INCONSISTENT_MIN_RATINGS = 2;

export interface DisagreementFacts {
  resolved: boolean;
  /** Each reviewer's current verdict: its rating and that rating's ordinal (null: off the scale's order). */
  currentVerdicts: readonly { ratingId: string; ordinal: number | null }[];
  /** The ordinals of every level of the workspace's rating scale. */
  scaleOrdinals: readonly (number | null)[];
  supporting: number;
  contradicting: number;
  /** The claim's stored figure-conflict severity, null when it conflicts with no figure. */
  figureConflict: number | null;
  /** The final ratings of the resolved claims of the claim's group (itself included); none when in no group. */
  groupFinalRatings?: readonly { ratingId: string; ordinal: number | null }[];
}

export interface DisagreementMeasure {
  reviewerSplit: number | null;
  sourceConflict: number | null;
  figureConflict: number | null;
  inconsistentRatings: number | null;
  severity: number;
}

/** The spread of some ordinals (0 when there are none), ignoring levels without one, as SQL's max − min does. */
function spreadOf(ordinals: readonly (number | null)[]): number {
  const ranked = ordinals.filter((ordinal): ordinal is number => ordinal !== null);
  return ranked.length === 0 ? 0 : Math.max(...ranked) - Math.min(...ranked);
}

/** The reviewer split's severity, or null when the reviewers agree (or fewer than two have rated differently). */
export function reviewerSplitSeverity(currentVerdicts: DisagreementFacts["currentVerdicts"], scaleOrdinals: DisagreementFacts["scaleOrdinals"]): number | null {
  if (new Set(currentVerdicts.map((verdict) => verdict.ratingId)).size < SPLIT_MIN_RATINGS) return null;
  const unrated = currentVerdicts.some((verdict) => verdict.ordinal === null);
  return unrated ? spreadOf(scaleOrdinals) : spreadOf(currentVerdicts.map((verdict) => verdict.ordinal));
}

/** The source conflict's severity, or null unless both sides have evidence. */
export function sourceConflictSeverity(supporting: number, contradicting: number): number | null {
  if (supporting < SOURCE_CONFLICT_MIN_PER_SIDE || contradicting < SOURCE_CONFLICT_MIN_PER_SIDE) return null;
  return Math.min(supporting, contradicting);
}

/**
 * The inconsistency of a group's final ratings, or null when its resolved claims agree (or fewer than
 * two are resolved). The same measure as a reviewer split: the final ratings are the desk's verdicts.
 */
export function inconsistentRatingsSeverity(groupFinalRatings: NonNullable<DisagreementFacts["groupFinalRatings"]>, scaleOrdinals: DisagreementFacts["scaleOrdinals"]): number | null {
  if (new Set(groupFinalRatings.map((rating) => rating.ratingId)).size < INCONSISTENT_MIN_RATINGS) return null;
  return reviewerSplitSeverity(groupFinalRatings, scaleOrdinals);
}

/** The claim's disagreements and their severity; null when it is in none: no queue row. */
export function measureDisagreement(facts: DisagreementFacts): DisagreementMeasure | null {
  if (facts.resolved) {
    const inconsistentRatings = inconsistentRatingsSeverity(facts.groupFinalRatings ?? [], facts.scaleOrdinals);
    if (inconsistentRatings === null) return null;
    return { reviewerSplit: null, sourceConflict: null, figureConflict: null, inconsistentRatings, severity: inconsistentRatings };
  }
  const reviewerSplit = reviewerSplitSeverity(facts.currentVerdicts, facts.scaleOrdinals);
  const sourceConflict = sourceConflictSeverity(facts.supporting, facts.contradicting);
  const kinds = [reviewerSplit, sourceConflict, facts.figureConflict].filter((value): value is number => value !== null);
  if (kinds.length === 0) return null;
  return { reviewerSplit, sourceConflict, figureConflict: facts.figureConflict, inconsistentRatings: null, severity: Math.max(...kinds) };
}
