import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * A claim moves from open to in review with its first evidence or verdict. Called inside the
 * transaction of that write; returns the new status when it changed (to be recorded in that write's
 * audit event, so one mutation stays one event), or null when the claim was already past open.
 */
export async function enterReviewIfOpen(tx: Tx, claimId: string): Promise<"IN_REVIEW" | null> {
  const moved = await tx.claim.updateMany({ where: { id: claimId, status: "OPEN" }, data: { status: "IN_REVIEW", version: { increment: 1 } } });
  return moved.count > 0 ? "IN_REVIEW" : null;
}
