// The kinds of open disagreement that follow directly from recorded data (lib/data/disagreement-counts.ts
// holds their SQL). Figure conflicts need detection that does not exist yet, so they are not a kind
// here rather than a kind that always counts zero.
export const DISAGREEMENT_KINDS = ["reviewer-split", "source-conflict"] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

export const DISAGREEMENT_LABELS: Record<DisagreementKind, string> = {
  "reviewer-split": "Reviewer split",
  "source-conflict": "Source conflict",
};

/** What each kind means, in the words shown beside its count. */
export const DISAGREEMENT_DESCRIPTIONS: Record<DisagreementKind, string> = {
  "reviewer-split": "Unresolved claims whose reviewers' current verdicts give different ratings.",
  "source-conflict": "Unresolved claims with evidence that supports them and evidence that contradicts them.",
};
