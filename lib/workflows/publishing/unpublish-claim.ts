import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { recordEvent } from "@/lib/data/events/events";
import { withdrawPublication } from "@/lib/data/publications/publications";
import { inPublishingTransaction, readClaimForPublishing } from "@/lib/data/publications/publishing";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import { AppError, notFound } from "@/lib/errors";

// Unpublishing (issue 19): the public URL answers 410 Gone from the commit on, the feeds drop the
// fact-check, and republishing later brings the same URL back. Any state of the claim may be unpublished.

export const NOT_PUBLISHED_MESSAGE = "This claim is not published, so there is nothing to unpublish.";

/** Unpublishes the claim's fact-check. Editors and above; 404 when it is not published. */
export async function unpublishClaim({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }): Promise<{ id: string }> {
  const access = await requireWorkspaceRole({ actor, slug, action: "publishClaim" });
  const workspaceId = access.workspace.id;
  return inPublishingTransaction(async (tx) => {
    const material = await readClaimForPublishing(tx, { workspaceId, claimId });
    if (!material) throw notFound("That claim");
    const withdrawn = await withdrawPublication(tx, { workspaceId, claimId });
    if (!withdrawn) throw new AppError("NOT_FOUND", NOT_PUBLISHED_MESSAGE);
    await recordAudit(tx, {
      workspaceId,
      actorId: actor.id,
      entityType: "claim",
      entityId: claimId,
      claimId,
      action: "unpublish",
      before: { published: true, headline: material.publication?.factCheck.headline ?? null },
      after: { published: false },
    });
    await recordEvent(tx, { workspaceId, name: "claim.updated", claimId, entityId: withdrawn.id, actorId: actor.id });
    return { id: withdrawn.id };
  });
}
