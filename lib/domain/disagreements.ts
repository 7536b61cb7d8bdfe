// The kinds of open disagreement a claim can show (lib/data/disagreements/claim-disagreements.ts keeps them).
export const DISAGREEMENT_KINDS = ["reviewer-split", "source-conflict", "figure-conflict"] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

export const DISAGREEMENT_LABELS: Record<DisagreementKind, string> = {
  "reviewer-split": "Reviewer split",
  "source-conflict": "Source conflict",
  "figure-conflict": "Figure conflict",
};

/** What each kind means, in the words shown beside its count. */
export const DISAGREEMENT_DESCRIPTIONS: Record<DisagreementKind, string> = {
  "reviewer-split": "Unresolved claims whose reviewers' current verdicts give different ratings.",
  "source-conflict": "Unresolved claims with evidence that supports them and evidence that contradicts them.",
  "figure-conflict": "Unresolved claims whose figure another claim about the same quantity contradicts (both claims of each conflict count).",
};
