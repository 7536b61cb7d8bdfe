import "server-only";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/domain/roles";
import { canSeeOthersVerdicts } from "@/lib/domain/verdicts";
import type { Actor } from "./scope";

export interface VerdictVisibility {
  workspaceId: string;
  role: Role;
  /** False for a reviewer without a verdict on the claim, under blind review. */
  seesOthers: boolean;
}

/**
 * Blind review, enforced where the data is read: whether the actor may see other reviewers'
 * verdicts on this claim. Null when the actor is not a member of the workspace.
 */
export async function getVerdictVisibility({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }): Promise<VerdictVisibility | null> {
  const membership = await getDb().membership.findFirst({
    where: { userId: actor.id, workspace: { slug } },
    select: { role: true, workspace: { select: { id: true, blindReview: true } } },
  });
  if (!membership) return null;
  const { role, workspace } = membership;
  const mustCheck = workspace.blindReview && role === "REVIEWER";
  const own = mustCheck ? await getDb().verdict.count({ where: { claimId, workspaceId: workspace.id, reviewerId: actor.id } }) : 0;
  return { workspaceId: workspace.id, role, seesOthers: canSeeOthersVerdicts({ role, blindReview: workspace.blindReview, hasOwnVerdict: own > 0 }) };
}

interface AuditEventLike {
  entityType: string;
  actorId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * The claim's timeline must not reveal what blind review hides: other reviewers' verdict events
 * keep who and when, and the status change they caused, but lose the rating and rationale.
 */
export function hideOthersVerdicts<T extends AuditEventLike>(events: T[], actor: Actor): T[] {
  const statusOnly = (value: unknown) => {
    const status = (value as { status?: unknown } | null)?.status;
    return status === undefined ? null : { status };
  };
  return events.map((event) =>
    event.entityType === "verdict" && event.actorId !== actor.id ? { ...event, before: statusOnly(event.before), after: statusOnly(event.after) } : event,
  );
}
