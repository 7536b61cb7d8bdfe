import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/generated/prisma/client";

/**
 * A claim moves from open to in review with its first evidence or verdict. Called inside the
 * transaction of that write; returns the new status when it changed (to be recorded in that write's
 * audit event, so one mutation stays one event), or null when the claim was already past open.
 */
export async function enterReviewIfOpen(tx: Tx, claimId: string): Promise<"IN_REVIEW" | null> {
  const moved = await tx.claim.updateMany({ where: { id: claimId, status: "OPEN" }, data: { status: "IN_REVIEW", version: { increment: 1 } } });
  return moved.count > 0 ? "IN_REVIEW" : null;
}

/**
 * Locks the claim's row until the transaction ends, so that a write which depends on the claim's
 * state (a verdict on a claim that is not resolved, evidence on a claim that exists) cannot
 * interleave with a resolution or deletion of it. Reads after the lock see the latest state.
 * Returns false when the claim is not in the workspace.
 */
export async function lockClaim(tx: Tx, workspaceId: string, claimId: string): Promise<boolean> {
  return (await lockClaimStatus(tx, workspaceId, claimId)) !== null;
}

/** As lockClaim, answering the claim's status as of the lock (null when not in the workspace). */
export async function lockClaimStatus(tx: Tx, workspaceId: string, claimId: string): Promise<ClaimStatus | null> {
  const [locked] = await tx.$queryRaw<{ status: ClaimStatus }[]>`
    select status::text as status from claims where id = ${claimId}::uuid and "workspaceId" = ${workspaceId}::uuid for update`;
  return locked?.status ?? null;
}
