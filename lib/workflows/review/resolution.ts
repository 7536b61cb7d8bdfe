import "server-only";
import { recordEvent } from "@/lib/data/events/events";
import { notifyClaimPeople } from "@/lib/data/notifications/notify";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import type { ReopenClaimInput, ResolveClaimInput } from "@/lib/schemas/verdict";
import type { ResolveAsInInput } from "@/lib/schemas/claim-links";
import { lockResolvedSource } from "@/lib/data/claims/resolution";
import { recordAudit } from "@/lib/data/audit";
import { refreshClaimDisagreements } from "@/lib/data/disagreements/claim-disagreements";
import { findRatingLevel, notOnScale } from "@/lib/data/workspaces/rating-scale";
import type { Actor } from "@/lib/data/scope";
import { requireVersion, updateAtVersion } from "@/lib/data/version-conflict";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

// An editor's final verdict on a claim, and taking it back. Both name the claim version the editor
// read, so a decision made on a stale page (new verdicts, someone else resolving) is refused.

const claimStateSelect = { id: true, status: true, version: true, resolutionNote: true, finalRating: { select: { label: true } } } as const;

async function findClaimState(tx: Tx, workspaceId: string, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId }, select: claimStateSelect });
  if (!claim) throw notFound("That claim");
  return claim;
}

type ClaimState = Awaited<ReturnType<typeof findClaimState>>;

const DECIDED_ON_STALE = { what: "this claim", then: "Nothing was saved; the page now shows it as it is." };

const stateNow = (claim: ClaimState) => ({ version: claim.version, current: { version: claim.version, status: claim.status, finalRating: claim.finalRating?.label ?? null } });

/** Resolves a claim with a final rating from the scale and a note. Editors and above. */
export async function resolveClaim({ actor, slug, input }: { actor: Actor; slug: string; input: ResolveClaimInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "resolveClaim" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const claim = await findClaimState(tx, workspaceId, input.claimId);
    const rating = await findRatingLevel(tx, workspaceId, input.finalRatingId);
    if (!rating) throw notOnScale("finalRatingId");
    return writeResolution(tx, { actor, workspaceId, claim, version: input.version, rating, note: input.resolutionNote, action: "resolve", extra: {} });
  });
}

/**
 * Resolves a claim "as in" a resolved claim of its same-claim group (issue 17): that claim's final rating,
 * with a note naming it (and the editor's own words after it, if any), through the one resolution write.
 */
export async function resolveClaimAsIn({ actor, slug, input }: { actor: Actor; slug: string; input: ResolveAsInInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "resolveClaim" });
  const workspaceId = access.workspace.id;
  if (input.asIn === input.claimId) {
    throw new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: { asIn: ["A claim cannot be resolved as in itself: choose another claim of its group."] } });
  }
  return getDb().$transaction(async (tx) => {
    const source = await lockResolvedSource(tx, { workspaceId, claimId: input.claimId, asIn: input.asIn });
    const claim = await findClaimState(tx, workspaceId, input.claimId);
    const generated = `Resolved as in the same claim “${source.statement}”, rated ${source.finalRating.label} there.`;
    return writeResolution(tx, {
      actor, workspaceId, claim, version: input.version, rating: source.finalRating, action: "resolve-as-in",
      note: input.note ? `${generated}\n\n${input.note}` : generated,
      extra: { asIn: source.statement, asInClaimId: source.id },
    });
  });
}

/**
 * The one resolution write, for a rating chosen from the scale and for one copied "as in" another claim:
 * the version read must be the claim's, the claim must not be resolved already, and the claim, its
 * group's queue rows and the audit event change together.
 */
async function writeResolution(tx: Tx, { actor, workspaceId, claim, version, rating, note, action, extra }: {
  actor: Actor; workspaceId: string; claim: ClaimState; version: number; rating: { id: string; label: string }; note: string;
  action: "resolve" | "resolve-as-in"; extra: Record<string, string>;
}) {
  requireVersion(DECIDED_ON_STALE, version, stateNow(claim));
  if (claim.status === "RESOLVED") throw new AppError("CONFLICT", "This claim is already resolved. Reopen it first to change its final rating.");
  await updateAtVersion(DECIDED_ON_STALE, version, () => tx.claim.updateMany({
    where: { id: claim.id, version },
    data: { status: "RESOLVED", finalRatingId: rating.id, resolutionNote: note, resolvedAt: new Date(), resolvedById: actor.id, version: { increment: 1 } },
  }), async () => stateNow(await findClaimState(tx, workspaceId, claim.id)));
  await refreshClaimDisagreements(tx, [claim.id]);
  await recordAudit(tx, {
    workspaceId,
    actorId: actor.id,
    entityType: "claim",
    entityId: claim.id,
    claimId: claim.id,
    action,
    before: { status: claim.status, finalRating: null },
    after: { status: "RESOLVED", finalRating: rating.label, finalRatingId: rating.id, resolutionNote: note, ...extra },
  });
  await recordEvent(tx, { workspaceId, name: "claim.resolved", claimId: claim.id, actorId: actor.id });
  return { id: claim.id, version: claim.version + 1, status: "RESOLVED" as const };
}

/** Takes a resolved claim back into review: the final rating is cleared, the reason recorded. */
export async function reopenClaim({ actor, slug, input }: { actor: Actor; slug: string; input: ReopenClaimInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "resolveClaim" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const claim = await findClaimState(tx, workspaceId, input.claimId);
    requireVersion(DECIDED_ON_STALE, input.version, stateNow(claim));
    if (claim.status !== "RESOLVED") throw new AppError("CONFLICT", "This claim is not resolved, so there is nothing to reopen.");
    await updateAtVersion(DECIDED_ON_STALE, input.version, () => tx.claim.updateMany({
      where: { id: claim.id, version: input.version, status: "RESOLVED" },
      data: { status: "IN_REVIEW", finalRatingId: null, resolutionNote: null, resolvedAt: null, resolvedById: null, version: { increment: 1 } },
    }), async () => stateNow(await findClaimState(tx, workspaceId, claim.id)));
    await refreshClaimDisagreements(tx, [claim.id]);
    await recordAudit(tx, {
      workspaceId,
      actorId: actor.id,
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      action: "reopen",
      before: { status: claim.status, finalRating: claim.finalRating?.label ?? null, resolutionNote: claim.resolutionNote },
      after: { status: "IN_REVIEW", finalRating: null, resolutionNote: null, reason: input.reason },
    });
    await recordEvent(tx, { workspaceId, name: "claim.reopened", claimId: claim.id, actorId: actor.id });
    await notifyClaimPeople(tx, { workspaceId, claimId: claim.id, actorId: actor.id, kind: "REOPENED", concealed: false });
    return { id: claim.id, version: claim.version + 1, status: "IN_REVIEW" as const };
  });
}
