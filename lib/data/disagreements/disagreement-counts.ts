import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DisagreementKind } from "@/lib/domain/disagreements";
import { othersVerdictsVisibleSql, type BlindScope } from "../verdicts/verdict-visibility";

// The kinds of open disagreement as SQL over a claim aliased `c`, read from the stored queue rows
// (claim_disagreements, kept by lib/data/disagreements/claim-disagreements.ts). The claims list filters by them,
// the dashboard counts them and the disagreement queue lists them, so all three always agree.
// A reviewer split is made of other reviewers' ratings: under blind review a reviewer who has not
// rated a claim is not told that its reviewers disagree (othersVerdictsVisibleSql), in any of the three.

export const DISAGREEMENT_COLUMNS: Record<DisagreementKind, Prisma.Sql> = {
  "reviewer-split": Prisma.raw(`"reviewerSplit"`),
  "source-conflict": Prisma.raw(`"sourceConflict"`),
  "figure-conflict": Prisma.raw(`"figureConflict"`),
  "inconsistent-ratings": Prisma.raw(`"inconsistentRatings"`),
};

/** A condition on claim `c`: it shows this kind of disagreement to the reader (unresolved, but for inconsistent ratings). */
export function openDisagreementWhere(kind: DisagreementKind, reader: BlindScope): Prisma.Sql {
  const shown = kind === "reviewer-split" ? othersVerdictsVisibleSql(reader, Prisma.sql`c.id`) : Prisma.sql`true`;
  return Prisma.sql`exists (select 1 from claim_disagreements cd where cd."claimId" = c.id and cd.${DISAGREEMENT_COLUMNS[kind]} is not null) and ${shown}`;
}

/**
 * How many claims of the workspace show each kind to the reader. No access check: callers
 * pass a workspace id they have already authorised.
 */
export async function countOpenDisagreements(workspaceId: string, reader: BlindScope): Promise<Record<DisagreementKind, number>> {
  const splitShown = othersVerdictsVisibleSql(reader, Prisma.sql`cd."claimId"`);
  const rows = await getDb().$queryRaw<{ reviewerSplit: number; sourceConflict: number; figureConflict: number; inconsistentRatings: number }[]>`
    select
      count("reviewerSplit") filter (where ${splitShown})::int as "reviewerSplit",
      count("sourceConflict")::int as "sourceConflict",
      count("figureConflict")::int as "figureConflict",
      count("inconsistentRatings")::int as "inconsistentRatings"
    from claim_disagreements cd
    where cd."workspaceId" = ${workspaceId}::uuid`;
  const row = rows[0];
  return {
    "reviewer-split": row?.reviewerSplit ?? 0,
    "source-conflict": row?.sourceConflict ?? 0,
    "figure-conflict": row?.figureConflict ?? 0,
    "inconsistent-ratings": row?.inconsistentRatings ?? 0,
  };
}
