import "server-only";
import { recordEvent } from "@/lib/data/events/events";
import { hasReviewerSplit, notifyClaimPeople, revealConcealedNotifications } from "@/lib/data/notifications/notify";
import { getDb, type Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { RecordVerdictInput } from "@/lib/schemas/verdict";
import { recordAudit } from "@/lib/data/audit";
import { refreshClaimDisagreements } from "@/lib/data/disagreements/claim-disagreements";
import { enterReviewIfOpen, lockClaimStatus } from "@/lib/data/claims/claim-status";
import { findRatingLevel, notOnScale } from "@/lib/data/workspaces/rating-scale";
import { reopenIfDisputed } from "@/lib/data/claims/reopen-on-conflict";
import type { Actor } from "@/lib/data/scope";
import type { VerdictView } from "@/lib/data/verdicts/verdicts";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

// Recording a verdict: one transaction that may move the claim into review, reopen it, and refresh its
// disagreements. Verdicts are append-only: nothing in lib/data or lib/workflows updates or deletes one
// (record-verdict.db.test.ts checks the source). Changing one's mind records a new verdict.

/**
 * Records the actor's verdict on a claim. The claim's first verdict moves it into review, in the
 * same transaction and the same audit event. On a resolved claim, a verdict whose rating differs from
 * the final rating reopens it as disputed (lib/domain/reopening.ts), with its own event saying why.
 * Every verdict moves the claim to a new version, so an editor who resolves from a page read before
 * it is refused (lib/workflows/review/resolution.ts); the new version is returned for the page to carry on with.
 */
export async function recordVerdict({ actor, slug, input }: { actor: Actor; slug: string; input: RecordVerdictInput }): Promise<VerdictView & { reopened: boolean; claimVersion: number }> {
  const access = await requireWorkspaceRole({ actor, slug, action: "recordVerdict" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    // Locked first: a resolution committing meanwhile must be seen here, not slip past the reopening check.
    const lockedStatus = await lockClaimStatus(tx, workspaceId, input.claimId);
    if (!lockedStatus) throw notFound("That claim");
    const claim = { id: input.claimId, status: lockedStatus };
    const rating = await findRatingLevel(tx, workspaceId, input.ratingId);
    if (!rating) throw notOnScale("ratingId");
    // The rating was just read; only the reviewer's name is joined in.
    const { ratingId: _ratingId, ...created } = await tx.verdict.create({
      data: { workspaceId, claimId: claim.id, reviewerId: actor.id, ratingId: rating.id, rationale: input.rationale },
      select: { id: true, reviewerId: true, rationale: true, createdAt: true, ratingId: true, reviewer: { select: { name: true } } },
    });
    const verdict: VerdictView = { ...created, rating: { id: rating.id, label: rating.label, colour: rating.colour, ordinal: rating.ordinal } };
    // The row is locked, so the status read with the lock is still the status.
    const status = claim.status === "OPEN" ? await enterReviewIfOpen(tx, claim.id) : null;
    if (!status) await bumpClaimVersion(tx, claim.id);
    await recordAudit(tx, {
      workspaceId,
      actorId: actor.id,
      entityType: "verdict",
      entityId: verdict.id,
      claimId: claim.id,
      action: "record",
      before: status ? { status: claim.status } : null,
      after: { rating: rating.label, ratingId: rating.id, rationale: input.rationale, ...(status ? { status } : {}) },
    });
    await recordEvent(tx, { workspaceId, name: "verdict.recorded", claimId: claim.id, entityId: verdict.id, actorId: actor.id, reviewerId: actor.id });
    // Rated now: what blind review kept from their bell (others' comments, a split) reaches it live.
    await revealConcealedNotifications(tx, { workspaceId, claimId: claim.id, userId: actor.id });
    const cause = { kind: "verdict", verdictId: verdict.id, rating: rating.label, ratingId: rating.id, reviewerId: actor.id } as const;
    // Only a resolved claim can be reopened.
    const reopened = claim.status === "RESOLVED" && (await reopenIfDisputed(tx, { workspaceId, claimId: claim.id, actorId: actor.id, cause }));
    const splitBefore = await hasReviewerSplit(tx, claim.id);
    await refreshClaimDisagreements(tx, [claim.id]);
    // A reviewer split that this verdict opened disputes the claim: its people are told, as the queue
    // shows it, only once blind review lets them see others' verdicts on it (concealed).
    if (!splitBefore && (await hasReviewerSplit(tx, claim.id))) {
      await notifyClaimPeople(tx, { workspaceId, claimId: claim.id, actorId: actor.id, kind: "DISPUTED", concealed: true });
    }
    const { version: claimVersion } = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    return { ...verdict, reopened, claimVersion };
  });
}

/**
 * A new version without touching updatedAt: the version guards decisions against what they were
 * made on, while updatedAt (the claims list's "last change") stays the claim's own edits and moves.
 * The row is already locked by the caller.
 */
async function bumpClaimVersion(tx: Tx, claimId: string): Promise<void> {
  await tx.$executeRaw`update claims set version = version + 1 where id = ${claimId}::uuid`;
}
