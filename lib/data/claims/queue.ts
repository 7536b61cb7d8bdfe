import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { memberOf, type Actor } from "../scope";

// A reviewer's queue: claims assigned to them that still wait for their verdict. A resolved claim
// needs no more verdicts, so it leaves the queue too (one that differs from the final rating would
// reopen it, which is a reviewer's call, not a to-do).
function queueWhere(actor: Actor, slug: string): Prisma.ClaimAssignmentWhereInput {
  return {
    reviewerId: actor.id,
    ...memberOf(actor, slug),
    claim: { status: { not: "RESOLVED" }, verdicts: { none: { reviewerId: actor.id } } },
  };
}

export async function listMyQueue({ actor, slug }: { actor: Actor; slug: string }) {
  const rows = await getDb().claimAssignment.findMany({
    where: queueWhere(actor, slug),
    // The claim id breaks ties: one reviewer has one assignment per claim, and the API pages by (assignedAt, claim id).
    orderBy: [{ createdAt: "asc" }, { claimId: "asc" }],
    select: {
      createdAt: true,
      assignedBy: { select: { name: true } },
      claim: { select: { id: true, statement: true, status: true, article: { select: { id: true, title: true } } } },
    },
  });
  return rows.map((row) => ({ ...row.claim, assignedAt: row.createdAt, assignedBy: row.assignedBy?.name ?? null }));
}

export async function countMyQueue({ actor, slug }: { actor: Actor; slug: string }): Promise<number> {
  return getDb().claimAssignment.count({ where: queueWhere(actor, slug) });
}
