import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { recordEvent } from "@/lib/data/events/events";
import { savePublication } from "@/lib/data/publications/publications";
import { inPublishingTransaction, readClaimForPublishing } from "@/lib/data/publications/publishing";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import { correctionLine } from "@/lib/domain/publication-corrections";
import { publicBaseUrl, publicFactCheckUrl, type PublicUrlBases } from "@/lib/domain/publication";
import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/domain/vocabulary";
import { AppError, notFound } from "@/lib/errors";
import type { PublishInput } from "@/lib/schemas/publication";
import { buildFactCheck } from "./fact-check-snapshot";

// Publishing a resolved claim as a public fact-check, or republishing it (issue 19). One transaction: the
// publication (same id, so the same URL, on every republishing), its correction line when a reader would
// see a change, the audit event and the live event that refreshes open claim pages.


export const REOPENED_MESSAGE =
  "This claim was reopened after it was published: resolve it again before republishing. Until then its public page shows the last published verdict, marked under review again.";

export interface Published {
  id: string;
  url: string;
  publishedAt: Date;
  lastPublishedAt: Date;
  republished: boolean;
  /** The line added to the public correction log, or null (first publication, or nothing a reader sees changed). */
  correction: string | null;
}

/** Publishes (or republishes) the claim. Editors and above; the claim must be resolved. */
export async function publishClaim({ actor, slug, claimId, input, bases }: { actor: Actor; slug: string; claimId: string; input: PublishInput; bases: PublicUrlBases }): Promise<Published> {
  const access = await requireWorkspaceRole({ actor, slug, action: "publishClaim" });
  const workspaceId = access.workspace.id;
  return inPublishingTransaction(async (tx) => {
    const material = await readClaimForPublishing(tx, { workspaceId, claimId });
    if (!material) throw notFound("That claim");
    const previous = material.publication;
    const live = previous !== null && previous.unpublishedAt === null;
    if (material.claim.status !== "RESOLVED") {
      if (live) throw new AppError("CONFLICT", REOPENED_MESSAGE);
      const status = CLAIM_STATUS_LABELS[material.claim.status as ClaimStatus]?.toLowerCase() ?? material.claim.status;
      throw new AppError("CONFLICT", `Only a resolved claim can be published, and this one is ${status}: resolve it with a final rating first.`);
    }
    const factCheck = buildFactCheck(material, input);
    const correction = previous ? correctionLine(previous.factCheck, factCheck) : null;
    const saved = await savePublication(tx, { workspaceId, claimId, factCheck, correction });
    const url = publicFactCheckUrl(publicBaseUrl({ instance: bases.instance, workspace: material.publicBaseUrl, app: bases.app }), slug, saved.id);
    await recordAudit(tx, {
      workspaceId,
      actorId: actor.id,
      entityType: "claim",
      entityId: claimId,
      claimId,
      action: previous ? "republish" : "publish",
      before: previous ? { headline: previous.factCheck.headline, rating: previous.factCheck.rating.label, published: live } : null,
      after: { headline: factCheck.headline, rating: factCheck.rating.label, evidence: factCheck.evidence.length, url, correction },
    });
    await recordEvent(tx, { workspaceId, name: "claim.updated", claimId, entityId: saved.id, actorId: actor.id });
    return { id: saved.id, url, publishedAt: saved.publishedAt, lastPublishedAt: saved.lastPublishedAt, republished: !saved.created, correction };
  });
}
