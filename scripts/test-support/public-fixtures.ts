// Publications in given states for the public side's tests and e2e specs: claims resolved or reopened
// straight in the table, publications withdrawn with the store's own function, publisher settings changed.
// Integration tests and e2e fixtures only (they may write to the tables; product code goes through lib/data).
import { getDb } from "@/lib/db/client";
import { withdrawPublication } from "@/lib/data/publications/publications";
import { createTestClaim } from "./data";
import { publishTestFactCheck } from "./publications";

/** A claim's status straight in the table: resolved (as publishing needs) or reopened ("under review again"). */
export async function setTestClaimStatus(claimId: string, status: "RESOLVED" | "IN_REVIEW") {
  await getDb().claim.update({ where: { id: claimId }, data: { status } });
}

/** Unpublishes the claim's publication (the store's own function, in a transaction of its own). */
export async function withdrawTestPublication(workspaceId: string, claimId: string) {
  await getDb().$transaction((tx) => withdrawPublication(tx, { workspaceId, claimId }));
}

/** The workspace's publisher settings, as the settings page will change them. */
export async function setTestPublisher(workspaceId: string, data: { organizationName?: string | null; publicBaseUrl?: string | null; publisherLogoUrl?: string | null }) {
  await getDb().workspace.update({ where: { id: workspaceId }, data });
}

/** A resolved claim of the workspace, published with this statement. */
export async function publishResolvedTestClaim(workspaceId: string, factCheck?: Parameters<typeof publishTestFactCheck>[0]["factCheck"]) {
  const claim = await createTestClaim(workspaceId, factCheck?.claim.statement);
  await setTestClaimStatus(claim.id, "RESOLVED");
  return { claimId: claim.id, id: (await publishTestFactCheck({ workspaceId, claimId: claim.id, factCheck })).id };
}

