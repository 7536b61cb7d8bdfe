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
//   severityOfSpread, the greatest over the claims it conflicts with).
// A resolved claim is in no disagreement: its final rating settled it.

/** Different current ratings among the reviewers before they are split. */
export const SPLIT_MIN_RATINGS = 2;
/** Supporting and contradicting evidence each side needs before the sources conflict. */
export const SOURCE_CONFLICT_MIN_PER_SIDE = 1;

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
}

export interface DisagreementMeasure {
  reviewerSplit: number | null;
  sourceConflict: number | null;
  figureConflict: number | null;
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

/** The claim's disagreements and their severity; null when it is in none (or resolved): no queue row. */
export function measureDisagreement(facts: DisagreementFacts): DisagreementMeasure | null {
  if (facts.resolved) return null;
  const reviewerSplit = reviewerSplitSeverity(facts.currentVerdicts, facts.scaleOrdinals);
  const sourceConflict = sourceConflictSeverity(facts.supporting, facts.contradicting);
  const kinds = [reviewerSplit, sourceConflict, facts.figureConflict].filter((value): value is number => value !== null);
  if (kinds.length === 0) return null;
  return { reviewerSplit, sourceConflict, figureConflict: facts.figureConflict, severity: Math.max(...kinds) };
}
