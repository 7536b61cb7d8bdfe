import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/domain/roles";
import { blindReviewMayHide, canSeeOthersVerdicts } from "@/lib/domain/permissions";
import type { Actor, WorkspaceAccess } from "../scope";

// Blind review, enforced where the data is read. The rule itself is lib/domain/permissions.ts
// (canSeeOthersVerdicts, canSeeVerdict); this file only asks it for one claim (getVerdictVisibility) or
// turns it into SQL for queries over many claims (othersVerdictsVisibleSql, verdictVisibleSql). Every
// channel goes through one of them: verdict lists, history, the disagreement queue and its counts,
// claims filters, the dashboard, exports.
//
// The SQL is generated from the rule, not written beside it: for a given reader the rule's only input
// that varies from claim to claim is whether they rated it (and, for one verdict, whether it is theirs),
// so the rule is asked for each value of those and the SQL picks between the answers with `exists`.
// verdict-visibility.db.test.ts holds the SQL to the rule for every role, setting and case.

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

/** A condition that is `whenTrue` where `input` holds and `whenFalse` where it does not, folded when they agree. */
function choose(input: Prisma.Sql, whenTrue: boolean, whenFalse: boolean): Prisma.Sql {
  if (whenTrue === whenFalse) return whenTrue ? Prisma.sql`true` : Prisma.sql`false`;
  return whenTrue ? Prisma.sql`(${input})` : Prisma.sql`(not ${input})`;
}

function hasOwnVerdictSql(scope: BlindScope, claimId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`exists (select 1 from verdicts own where own."claimId" = ${claimId} and own."reviewerId" = ${scope.actorId}::uuid)`;
}

/**
 * canSeeOthersVerdicts as a SQL condition on the claim whose id is `claimId`: `true` for members
 * blind review hides nothing from, otherwise "the actor has a verdict on it".
 */
export function othersVerdictsVisibleSql(scope: BlindScope, claimId: Prisma.Sql): Prisma.Sql {
  const sees = (hasOwnVerdict: boolean) => canSeeOthersVerdicts({ role: scope.role, blindReview: scope.blindReview, hasOwnVerdict });
  // Without a per-claim difference, no subquery: most readers (editors, viewers, no blind review) pay nothing.
  if (!blindReviewMayHide(scope) && sees(true)) return Prisma.sql`true`;
  return choose(hasOwnVerdictSql(scope, claimId), sees(true), sees(false));
}

/**
 * canSeeVerdict as a SQL condition on one verdict (or a change a verdict caused) of the claim `claimId`,
 * whose author is `authorId`: as the rule has it, their own always, others' as othersVerdictsVisibleSql says.
 */
export function verdictVisibleSql(scope: BlindScope, claimId: Prisma.Sql, authorId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${authorId} = ${scope.actorId}::uuid or ${othersVerdictsVisibleSql(scope, claimId)})`;
}
