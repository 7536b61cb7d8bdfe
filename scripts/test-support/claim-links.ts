// Linked claims written directly (no audit event, no queue refresh): a starting point for tests of what
// follows a link. Test support only.
import { getDb } from "@/lib/db/client";
import { createTestClaim } from "./data";

/** Two new claims of the workspace linked as the same claim; the first resolved with `rating` when given. */
export async function createLinkedTestClaims(workspaceId: string, resolvedWith?: string) {
  const db = getDb();
  const one = await createTestClaim(workspaceId, "IS ruled about 12 million people");
  const two = await createTestClaim(workspaceId, "12 million people lived under IS");
  const [claimAId, claimBId] = [one.id, two.id].sort() as [string, string];
  await db.claimLink.create({ data: { workspaceId, claimAId, claimBId } });
  if (resolvedWith) {
    await db.claim.update({ where: { id: one.id }, data: { status: "RESOLVED", finalRatingId: resolvedWith, resolutionNote: "Checked.", resolvedAt: new Date(), version: { increment: 1 } } });
  }
  return { resolved: one, other: two };
}
