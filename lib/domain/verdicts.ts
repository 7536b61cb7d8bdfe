// Verdict rules: which verdict of a reviewer counts. Who may see other reviewers' verdicts (blind review) is
// permissions.ts's canSeeOthersVerdicts.

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
