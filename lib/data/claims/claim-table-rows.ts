import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { STANCES, zeroCounts, type Stance } from "@/lib/domain/vocabulary";
import { fromDbFigure } from "@/lib/data/claims/figure-codes";
import { othersVerdictsVisibleSql, verdictVisibleSql, type BlindScope } from "@/lib/data/verdicts/verdict-visibility";
import { groupSizeSql } from "@/lib/data/claims/checked-before";
import { isLinkedSql } from "@/lib/data/claims/claim-groups";

// The cells of the claims table for one page of claim ids, in the order given. Ratings come through
// the blind-review SQL (verdict-visibility.ts): a reviewer who has not rated a claim gets their own
// column only, and `othersHidden` says so, the same for rated and unrated cells (an "unrated" cell
// beside "hidden" ones would tell who has rated).

export interface TableRating {
  label: string;
  colour: string;
}

export async function claimTableRows({ workspaceId, reader, ids }: { workspaceId: string; reader: BlindScope; ids: string[] }) {
  if (ids.length === 0) return [];
  const db = getDb();
  const idList = Prisma.sql`array[${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}]`;
  const [claims, evidence, ratings, hidden, groups] = await Promise.all([
    db.claim.findMany({
      where: { id: { in: ids }, workspaceId },
      select: {
        id: true, version: true, statement: true, claimant: true, tags: true, status: true, updatedAt: true,
        figureValue: true, figureUnit: true, figureQualifier: true, figureLow: true, figureHigh: true, figureCounted: true,
        article: { select: { id: true, title: true } },
        finalRating: { select: { label: true, colour: true } },
        assignments: { orderBy: { reviewer: { name: "asc" } }, select: { reviewer: { select: { id: true, name: true } } } },
      },
    }),
    db.evidence.groupBy({ by: ["claimId", "stance"], where: { claimId: { in: ids }, workspaceId }, _count: { _all: true } }),
    // Each reviewer's latest verdict per claim, only those the reader may see.
    db.$queryRaw<{ claimId: string; reviewerId: string; label: string; colour: string }[]>`
      select distinct on (v."claimId", v."reviewerId") v."claimId", v."reviewerId", r.label, r.colour
      from verdicts v join rating_levels r on r.id = v."ratingId"
      where v."claimId" = any(${idList}) and v."workspaceId" = ${workspaceId}::uuid
        and ${verdictVisibleSql(reader, Prisma.sql`v."claimId"`, Prisma.sql`v."reviewerId"`)}
      order by v."claimId", v."reviewerId", v."createdAt" desc, v.id desc`,
    db.$queryRaw<{ id: string }[]>`
      select c.id from claims c where c.id = any(${idList}) and not ${othersVerdictsVisibleSql(reader, Prisma.sql`c.id`)}`,
    db.$queryRaw<{ id: string; size: number }[]>`
      select c.id, ${groupSizeSql(Prisma.sql`c.id`)} as size from claims c where c.id = any(${idList}) and ${isLinkedSql(Prisma.sql`c.id`)}`,
  ]);
  const groupSizes = new Map(groups.map((row) => [row.id, row.size]));
  const hiddenIds = new Set(hidden.map((row) => row.id));
  const counts = new Map<string, Record<Stance, number>>();
  for (const row of evidence) {
    const perClaim = counts.get(row.claimId) ?? zeroCounts(STANCES);
    perClaim[row.stance] = row._count._all;
    counts.set(row.claimId, perClaim);
  }
  const ratingsOf = new Map<string, Record<string, TableRating>>();
  for (const row of ratings) {
    const perClaim = ratingsOf.get(row.claimId) ?? {};
    perClaim[row.reviewerId] = { label: row.label, colour: row.colour };
    ratingsOf.set(row.claimId, perClaim);
  }
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return ids.flatMap((id) => {
    const claim = byId.get(id);
    if (!claim) return [];
    const { assignments, figureValue, figureUnit, figureQualifier, figureLow, figureHigh, figureCounted, ...rest } = claim;
    return [{
      ...rest,
      figure: fromDbFigure({ figureValue, figureUnit, figureQualifier, figureLow, figureHigh, figureCounted }),
      assignees: assignments.map((assignment) => assignment.reviewer),
      evidence: counts.get(id) ?? zeroCounts(STANCES),
      /** Claims of its same-claim group, itself included (1: in none). */
      groupSize: groupSizes.get(id) ?? 1,
      /** Reviewer id → their current rating, as the reader may see it. */
      ratings: ratingsOf.get(id) ?? {},
      /** Blind review hides the other reviewers' ratings of this claim from the reader. */
      othersHidden: hiddenIds.has(id),
    }];
  });
}

export type ClaimTableRow = Awaited<ReturnType<typeof claimTableRows>>[number];
