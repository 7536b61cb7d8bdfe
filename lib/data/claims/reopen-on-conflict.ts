import "server-only";
import { recordEvent } from "@/lib/data/events/events";
import { notifyClaimPeople } from "@/lib/data/notifications/notify";
import type { Tx } from "@/lib/db/client";
import { evidenceReopens, ratingDirection, verdictReopens } from "@/lib/domain/reopening";
import type { Stance } from "@/lib/domain/vocabulary";
import { recordAudit } from "../audit";

// A resolved claim that a new verdict or new evidence disputes (lib/domain/reopening.ts says when) is
// reopened as Disputed in the same transaction, and the claim's history records why. The caller has
// locked the claim's row (lockClaim) before writing, so a resolution cannot slip in between.

export type ReopenCause =
  | { kind: "verdict"; verdictId: string; rating: string; ratingId: string; reviewerId: string }
  | { kind: "evidence"; evidenceId: string; stance: Stance; source: string };

/** Reopens the claim if it is resolved and the cause disputes its final rating; returns whether it did. */
export async function reopenIfDisputed(tx: Tx, { workspaceId, claimId, actorId, cause }: { workspaceId: string; claimId: string; actorId: string; cause: ReopenCause }): Promise<boolean> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { status: true, finalRatingId: true, resolutionNote: true, finalRating: { select: { label: true, ordinal: true } } },
  });
  if (claim.status !== "RESOLVED" || !claim.finalRating) return false;
  if (!(await disputes(tx, workspaceId, claim, cause))) return false;
  await tx.claim.update({
    where: { id: claimId },
    data: { status: "DISPUTED", finalRatingId: null, resolutionNote: null, resolvedAt: null, resolvedById: null, version: { increment: 1 } },
  });
  const finalRating = claim.finalRating.label;
  await recordAudit(tx, {
    workspaceId,
    actorId,
    entityType: "claim",
    entityId: claimId,
    claimId,
    action: "reopen",
    before: { status: "RESOLVED", finalRating, resolutionNote: claim.resolutionNote },
    after: { status: "DISPUTED", finalRating: null, resolutionNote: null, reason: describeCause(cause, finalRating), cause },
  });
  await recordEvent(tx, { workspaceId, name: "claim.reopened", claimId, actorId, reviewerId: cause.kind === "verdict" ? cause.reviewerId : null });
  // A verdict's reopening does not name its reviewer: that would tell a reviewer who has not rated how
  // another one rated (as the claim.reopened event hides it). Evidence is no verdict: its adder is named.
  await notifyClaimPeople(tx, { workspaceId, claimId, actorId, shownActorId: cause.kind === "verdict" ? null : actorId, kind: "REOPENED", concealed: false });
  return true;
}

async function disputes(tx: Tx, workspaceId: string, claim: { finalRatingId: string | null; finalRating: { ordinal: number | null } | null }, cause: ReopenCause) {
  if (cause.kind === "verdict") return verdictReopens(cause.ratingId, claim.finalRatingId);
  const scale = await tx.ratingLevel.aggregate({ where: { workspaceId }, _min: { ordinal: true }, _max: { ordinal: true } });
  const direction = ratingDirection(claim.finalRating?.ordinal ?? null, { min: scale._min.ordinal ?? 0, max: scale._max.ordinal ?? 0 });
  return evidenceReopens(cause.stance, direction);
}

function describeCause(cause: ReopenCause, finalRating: string): string {
  if (cause.kind === "verdict") return `A new verdict rated it ${cause.rating}, unlike the final rating ${finalRating}.`;
  const stance = cause.stance === "SUPPORTS" ? "Supporting" : "Contradicting";
  return `${stance} evidence from ${cause.source} disputes the final rating ${finalRating}.`;
}
