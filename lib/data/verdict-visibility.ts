import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/domain/roles";
import { blindReviewMayHide, canSeeOthersVerdicts } from "@/lib/domain/verdicts";
import type { Actor, WorkspaceAccess } from "./scope";

// Blind review, enforced where the data is read. The rule itself is lib/domain/verdicts.ts
// (canSeeOthersVerdicts); this file only asks it for one claim (getVerdictVisibility) or turns it
// into SQL for queries over many claims (othersVerdictsVisibleSql). Every channel goes through one
// of the two: verdict lists, history, the disagreement queue and its counts, claims filters, exports.

export interface VerdictVisibility {
  workspaceId: string;
  role: Role;
  /** False for a reviewer without a verdict on the claim, under blind review. */
  seesOthers: boolean;
}

/** Who is reading, with what role, in a workspace with or without blind review. */
export interface BlindScope {
  actorId: string;
  role: Role;
  blindReview: boolean;
}

export function blindScopeOf(actor: Actor, access: WorkspaceAccess): BlindScope {
  return { actorId: actor.id, role: access.role, blindReview: access.workspace.blindReview };
}

/**
 * Whether the actor may see other reviewers' verdicts on this claim. Null when the actor is not a
 * member of the workspace.
 */
export async function getVerdictVisibility({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }): Promise<VerdictVisibility | null> {
  const membership = await getDb().membership.findFirst({
    where: { userId: actor.id, workspace: { slug } },
    select: { role: true, workspace: { select: { id: true, blindReview: true } } },
  });
  if (!membership) return null;
  const { role, workspace } = membership;
  const mustCheck = blindReviewMayHide({ role, blindReview: workspace.blindReview });
  const own = mustCheck ? await getDb().verdict.count({ where: { claimId, workspaceId: workspace.id, reviewerId: actor.id } }) : 0;
  return { workspaceId: workspace.id, role, seesOthers: canSeeOthersVerdicts({ role, blindReview: workspace.blindReview, hasOwnVerdict: own > 0 }) };
}

/**
 * canSeeOthersVerdicts as a SQL condition on the claim whose id is `claimId`: `true` for members
 * blind review hides nothing from, otherwise "the actor has a verdict on it".
 */
export function othersVerdictsVisibleSql(scope: BlindScope, claimId: Prisma.Sql): Prisma.Sql {
  if (!blindReviewMayHide(scope)) return Prisma.sql`true`;
  return Prisma.sql`exists (select 1 from verdicts own where own."claimId" = ${claimId} and own."reviewerId" = ${scope.actorId}::uuid)`;
}
