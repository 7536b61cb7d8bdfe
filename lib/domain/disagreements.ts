// The kinds of open disagreement a claim can show (lib/data/disagreements/claim-disagreements.ts keeps them).
// Inconsistent ratings (the API's INCONSISTENT_RATINGS, issue 17) is the one kind between resolved claims.
export const DISAGREEMENT_KINDS = ["reviewer-split", "source-conflict", "figure-conflict", "inconsistent-ratings"] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

export const DISAGREEMENT_LABELS: Record<DisagreementKind, string> = {
  "reviewer-split": "Reviewer split",
  "source-conflict": "Source conflict",
  "figure-conflict": "Figure conflict",
  "inconsistent-ratings": "Inconsistent ratings",
};

/** What each kind means, in the words shown beside its count. */
export const DISAGREEMENT_DESCRIPTIONS: Record<DisagreementKind, string> = {
  "reviewer-split": "Unresolved claims whose reviewers' current verdicts give different ratings.",
  "source-conflict": "Unresolved claims with evidence that supports them and evidence that contradicts them.",
  "figure-conflict": "Unresolved claims whose figure another claim about the same quantity contradicts (both claims of each conflict count).",
  "inconsistent-ratings": "Resolved claims linked as the same claim whose final ratings differ (each such claim counts); re-rate one or unlink them.",
};
