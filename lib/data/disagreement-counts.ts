import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DisagreementKind } from "@/lib/domain/disagreements";

// The kinds of open disagreement that follow directly from recorded data, as SQL over a claim
// aliased `c`. The claims list filters by them and the dashboard counts them; the later
// disagreement queue is meant to list claims with the same conditions. Figure conflicts need
// detection that does not exist yet, so they are deliberately not a kind here.

const unresolved = Prisma.sql`c.status <> 'RESOLVED'::"ClaimStatus"`;

/** Reviewers' current verdicts (each one's latest) on the claim name more than one rating. */
const reviewerSplit = Prisma.sql`(
  select count(distinct cv."ratingId")
  from (
    select distinct on (v."reviewerId") v."ratingId"
    from verdicts v
    where v."claimId" = c.id
    order by v."reviewerId", v."createdAt" desc, v.id desc
  ) cv
) > 1`;

/** The claim's evidence holds at least one source that supports it and one that contradicts it. */
const sourceConflict = Prisma.sql`(
  exists (select 1 from evidence e where e."claimId" = c.id and e.stance = 'SUPPORTS'::"Stance")
  and exists (select 1 from evidence e where e."claimId" = c.id and e.stance = 'CONTRADICTS'::"Stance")
)`;

const conditions: Record<DisagreementKind, Prisma.Sql> = { "reviewer-split": reviewerSplit, "source-conflict": sourceConflict };

/** A condition on claim `c`: it is unresolved and shows this kind of disagreement. */
export function openDisagreementWhere(kind: DisagreementKind): Prisma.Sql {
  return Prisma.sql`(${unresolved} and ${conditions[kind]})`;
}

/**
 * How many unresolved claims of the workspace show each kind, in one pass over its unresolved
 * claims. No access check: callers pass a workspace id they have already authorised.
 */
export async function countOpenDisagreements(workspaceId: string): Promise<Record<DisagreementKind, number>> {
  const rows = await getDb().$queryRaw<{ reviewerSplit: number; sourceConflict: number }[]>`
    select
      count(*) filter (where ${reviewerSplit})::int as "reviewerSplit",
      count(*) filter (where ${sourceConflict})::int as "sourceConflict"
    from claims c
    where c."workspaceId" = ${workspaceId}::uuid and ${unresolved}`;
  const row = rows[0];
  return { "reviewer-split": row?.reviewerSplit ?? 0, "source-conflict": row?.sourceConflict ?? 0 };
}
