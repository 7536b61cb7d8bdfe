// Verdict rules: which verdict of a reviewer counts, and who may see other reviewers' verdicts.
import type { Role } from "./roles";

export interface VerdictLike {
  id: string;
  reviewerId: string;
  createdAt: Date;
}

/** Newest first; ids (uuid v7, time-ordered) break ties between verdicts of the same millisecond. */
function isNewer(a: VerdictLike, b: VerdictLike): boolean {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  return byTime !== 0 ? byTime > 0 : a.id > b.id;
}

/**
 * Verdicts are append-only: a reviewer who changes their mind records a new one, and their latest
 * is their current verdict. Returns one verdict per reviewer, newest first.
 */
export function currentVerdicts<T extends VerdictLike>(history: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const verdict of history) {
    const seen = latest.get(verdict.reviewerId);
    if (!seen || isNewer(verdict, seen)) latest.set(verdict.reviewerId, verdict);
  }
  return [...latest.values()].sort((a, b) => (isNewer(a, b) ? -1 : 1));
}

/**
 * Blind review keeps reviewers' judgements independent: a reviewer sees the others' verdicts on a
 * claim only once their own is recorded. Editors and owners see everything, because they resolve
 * disagreements. Viewers see everything too: they cannot record a verdict, so there is no
 * judgement of theirs to protect, and hiding would only stop them reading the desk's work.
 */
export function canSeeOthersVerdicts({ role, blindReview, hasOwnVerdict }: { role: Role; blindReview: boolean; hasOwnVerdict: boolean }): boolean {
  if (!blindReview || role !== "REVIEWER") return true;
  return hasOwnVerdict;
}

/**
 * Whether blind review can hide anything from this member at all; when it can, what they see
 * depends on each claim (whether they rated it). Asked by queries that filter many claims at once.
 */
export function blindReviewMayHide({ role, blindReview }: { role: Role; blindReview: boolean }): boolean {
  return !canSeeOthersVerdicts({ role, blindReview, hasOwnVerdict: false });
}
