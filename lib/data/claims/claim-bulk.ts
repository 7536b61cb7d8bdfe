import "server-only";
import { recordEvent } from "@/lib/data/events/events";
import { notify, notifyClaimPeople } from "@/lib/data/notifications/notify";
import { notYetAssigned } from "@/lib/data/claims/assignments";
import { getDb, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { canBeAssigned, MINIMUM_ROLE, rolesThat } from "@/lib/domain/permissions";
import type { ClaimStatus } from "@/lib/domain/vocabulary";
import type { ClaimBulkInput } from "@/lib/schemas/claim-table";
import { recordAudit } from "@/lib/data/audit";
import { refreshClaimDisagreements } from "@/lib/data/disagreements/claim-disagreements";
import { findRatingLevel, notOnScale } from "@/lib/data/workspaces/rating-scale";
import type { Actor } from "@/lib/data/scope";
import { versionConflict } from "@/lib/data/version-conflict";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

// Bulk writes on the claims table's selected rows: assign reviewers, resolve, reopen. One transaction
// each, with the rows locked first: every claim must still be at the version the table showed and in
// a state the action applies to, or nothing is written and the answer says, per claim, what stopped it.
// Each claim gets its own audit event (its timeline reads from them), marked as part of a bulk change.

export interface BulkOutcome {
  id: string;
  ok: boolean;
  /** The claim's version and status now (after the write when it succeeded). Null when not found. */
  version: number | null;
  status: ClaimStatus | null;
  /** Why this claim stopped the whole change. */
  code?: "NOT_FOUND" | "CONFLICT";
  message?: string;
}

const STALE = { what: "some of these claims", then: "Nothing was changed; reload the table and choose again." };

type Locked = { id: string; version: number; status: ClaimStatus; finalRatingId: string | null; resolutionNote: string | null };

/** Locks the claims in id order (two bulk writes over the same rows cannot deadlock) and reads them. */
async function lockClaims(tx: Tx, workspaceId: string, ids: string[]): Promise<Map<string, Locked>> {
  const rows = await tx.$queryRaw<Locked[]>`
    select id, version, status::text as status, "finalRatingId", "resolutionNote" from claims
    where "workspaceId" = ${workspaceId}::uuid and id = any(array[${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}])
    order by id for update`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** Why the action does not apply to a claim in this state, or null when it does. */
function stateProblem(action: ClaimBulkInput["action"], status: ClaimStatus): string | null {
  if (action === "resolve" && status === "RESOLVED") return "This claim is already resolved. Reopen it first to change its final rating.";
  if (action === "reopen" && status !== "RESOLVED") return "This claim is not resolved, so there is nothing to reopen.";
  return null;
}

function check(input: ClaimBulkInput, locked: Map<string, Locked>): BulkOutcome[] {
  return input.ids.map(({ id, version }) => {
    const claim = locked.get(id);
    if (!claim) return { id, ok: false, version: null, status: null, code: "NOT_FOUND", message: "This claim was not found in this workspace." };
    const base = { id, version: claim.version, status: claim.status };
    if (claim.version !== version) return { ...base, ok: false, code: "CONFLICT", message: versionConflict(STALE, version, { version: claim.version }).message };
    const problem = stateProblem(input.action, claim.status);
    return problem ? { ...base, ok: false, code: "CONFLICT", message: problem } : { ...base, ok: true };
  });
}

/** The live event each claim of a bulk action gets (lib/server/live). */
const BULK_EVENTS = { resolve: "claim.resolved", reopen: "claim.reopened", assign: "claim.updated" } as const;

/** Applies `input.action` to every claim, or to none. Editors and above. */
export async function applyClaimBulk({ actor, slug, input }: { actor: Actor; slug: string; input: ClaimBulkInput }): Promise<{ results: BulkOutcome[] }> {
  const role = input.action === "assign" ? MINIMUM_ROLE.assignReviewers : MINIMUM_ROLE.resolveClaim;
  const access = await requireWorkspaceRole({ actor, slug, role });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const ids = input.ids.map((entry) => entry.id);
    const outcomes = check(input, await lockClaims(tx, workspaceId, ids));
    const failed = outcomes.filter((outcome) => !outcome.ok);
    if (failed.length > 0) {
      const message = `${failed.length} of ${outcomes.length} claims could not be changed, so none was: ${failed[0]!.message}`;
      throw new AppError("CONFLICT", message, { current: { results: outcomes } });
    }
    const audit = async (claimId: string, action: keyof typeof BULK_EVENTS, before: Prisma.InputJsonObject, after: Prisma.InputJsonObject) => {
      await recordAudit(tx, { workspaceId, actorId: actor.id, entityType: "claim", entityId: claimId, claimId, action, before, after: { ...after, bulk: ids.length } });
      await recordEvent(tx, { workspaceId, name: BULK_EVENTS[action], claimId, actorId: actor.id });
    };
    if (input.action === "assign") return { results: await assignAll(tx, { workspaceId, actor, reviewerIds: input.reviewerIds, outcomes, audit }) };

    const rating = input.action === "resolve" ? await findRatingLevel(tx, workspaceId, input.finalRatingId) : null;
    if (input.action === "resolve" && !rating) throw notOnScale("finalRatingId");
    const now = new Date();
    const data: Prisma.ClaimUpdateManyMutationInput & { finalRatingId?: string | null; resolvedById?: string | null } = rating
      ? { status: "RESOLVED", finalRatingId: rating.id, resolutionNote: input.action === "resolve" ? input.resolutionNote : null, resolvedAt: now, resolvedById: actor.id }
      : { status: "IN_REVIEW", finalRatingId: null, resolutionNote: null, resolvedAt: null, resolvedById: null };
    for (const outcome of outcomes) {
      // The rows are locked and were checked above; the version condition holds and keeps the write honest.
      await tx.claim.updateMany({ where: { id: outcome.id, version: outcome.version! }, data: { ...data, version: { increment: 1 } } });
    }
    await refreshClaimDisagreements(tx, ids);
    for (const outcome of outcomes) {
      if (input.action === "resolve") {
        await audit(outcome.id, "resolve", { status: outcome.status, finalRating: null }, { status: "RESOLVED", finalRating: rating!.label, finalRatingId: rating!.id, resolutionNote: input.resolutionNote });
      } else if (input.action === "reopen") {
        await audit(outcome.id, "reopen", { status: outcome.status }, { status: "IN_REVIEW", finalRating: null, resolutionNote: null, reason: input.reason });
        await notifyClaimPeople(tx, { workspaceId, claimId: outcome.id, actorId: actor.id, kind: "REOPENED", concealed: false });
      }
    }
    const status: ClaimStatus = rating ? "RESOLVED" : "IN_REVIEW";
    return { results: outcomes.map((outcome) => ({ ...outcome, version: outcome.version! + 1, status })) };
  });
}

async function assignAll(tx: Tx, { workspaceId, actor, reviewerIds, outcomes, audit }: {
  workspaceId: string;
  actor: Actor;
  reviewerIds: string[];
  outcomes: BulkOutcome[];
  audit: (claimId: string, action: "assign", before: Prisma.InputJsonObject, after: Prisma.InputJsonObject) => Promise<void>;
}): Promise<BulkOutcome[]> {
  const reviewers = await tx.membership.findMany({
    where: { workspaceId, userId: { in: reviewerIds }, role: { in: rolesThat(canBeAssigned) } },
    select: { user: { select: { id: true, name: true } } },
  });
  if (reviewers.length !== new Set(reviewerIds).size) {
    throw new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: { reviewerIds: ["Only reviewers, editors and owners of this workspace can be assigned a claim."] } });
  }
  for (const outcome of outcomes) {
    const before = await assignedNames(tx, outcome.id);
    const newlyAssigned = await notYetAssigned(tx, outcome.id, reviewerIds);
    const added = await tx.claimAssignment.createMany({
      data: reviewerIds.map((reviewerId) => ({ workspaceId, claimId: outcome.id, reviewerId, assignedById: actor.id })),
      skipDuplicates: true,
    });
    // As with one claim, assigning someone already assigned changes nothing and records nothing.
    if (added.count > 0) await audit(outcome.id, "assign", { reviewers: before }, { reviewers: await assignedNames(tx, outcome.id) });
    await notify(tx, { workspaceId, claimId: outcome.id, actorId: actor.id, planned: newlyAssigned.map((recipientId) => ({ recipientId, kind: "ASSIGNED" as const, concealed: false })) });
  }
  // An assignment is not an edit of the claim's fields: versions stay, as when assigning on the claim's page.
  return outcomes;
}

async function assignedNames(tx: Tx, claimId: string): Promise<string[]> {
  const rows = await tx.claimAssignment.findMany({ where: { claimId }, orderBy: { reviewer: { name: "asc" } }, select: { reviewer: { select: { name: true } } } });
  return rows.map((row) => row.reviewer.name);
}
