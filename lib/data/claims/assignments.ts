import "server-only";
import { recordEvent } from "@/lib/data/events/events";
import { notify } from "@/lib/data/notifications/notify";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import type { Role } from "@/lib/domain/roles";
import type { UpdateAssignmentsInput } from "@/lib/schemas/assignment";
import { canBeAssigned, rolesThat } from "@/lib/domain/permissions";
import { recordAudit } from "@/lib/data/audit";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

/** Who can be given a claim to rate: anyone who can record a verdict. */
const ASSIGNABLE_ROLES: Role[] = rolesThat(canBeAssigned);

/** The workspace's possible reviewers for a claim, each with their assignment if any. Editors and above. */
export async function listClaimAssignments({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "assignReviewers" });
  const workspaceId = access.workspace.id;
  const [members, assignments] = await Promise.all([
    getDb().membership.findMany({
      where: { workspaceId, role: { in: ASSIGNABLE_ROLES } },
      orderBy: { user: { name: "asc" } },
      select: { role: true, user: { select: { id: true, name: true } } },
    }),
    getDb().claimAssignment.findMany({
      where: { workspaceId, claimId },
      select: { reviewerId: true, createdAt: true, assignedBy: { select: { name: true } } },
    }),
  ]);
  const byReviewer = new Map(assignments.map((a) => [a.reviewerId, { at: a.createdAt, by: a.assignedBy?.name ?? null }]));
  return members.map(({ role, user }) => ({ id: user.id, name: user.name, role, assignment: byReviewer.get(user.id) ?? null }));
}

async function assignedNames(tx: Tx, claimId: string): Promise<string[]> {
  const rows = await tx.claimAssignment.findMany({ where: { claimId }, orderBy: { reviewer: { name: "asc" } }, select: { reviewer: { select: { name: true } } } });
  return rows.map((row) => row.reviewer.name);
}

/**
 * Assigns and unassigns reviewers on a claim (editors and above). One save is one change: one
 * audit event with the assigned reviewers before and after. A save that changes nothing writes nothing.
 */
export async function updateClaimAssignments({ actor, slug, input }: { actor: Actor; slug: string; input: UpdateAssignmentsInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "assignReviewers" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: input.claimId, workspaceId }, select: { id: true } });
    if (!claim) throw notFound("That claim");
    const assignable = await tx.membership.count({ where: { workspaceId, userId: { in: input.assign }, role: { in: ASSIGNABLE_ROLES } } });
    if (assignable !== new Set(input.assign).size) {
      throw new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: { assign: ["Only reviewers, editors and owners of this workspace can be assigned a claim."] } });
    }
    const before = await assignedNames(tx, claim.id);
    const newlyAssigned = await notYetAssigned(tx, claim.id, input.assign);
    const added = await tx.claimAssignment.createMany({
      data: input.assign.map((reviewerId) => ({ workspaceId, claimId: claim.id, reviewerId, assignedById: actor.id })),
      skipDuplicates: true,
    });
    const removed = await tx.claimAssignment.deleteMany({ where: { claimId: claim.id, reviewerId: { in: input.unassign } } });
    const after = await assignedNames(tx, claim.id);
    // The counts tell the API whether an unassign found anything (a DELETE of nothing is a 404 there).
    const result = { reviewers: after, assigned: added.count, unassigned: removed.count };
    if (added.count + removed.count === 0) return result;
    await recordAudit(tx, {
      workspaceId,
      actorId: actor.id,
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      action: "assign",
      before: { reviewers: before },
      after: { reviewers: after },
    });
    await recordEvent(tx, { workspaceId, name: "claim.updated", claimId: claim.id, actorId: actor.id });
    await notify(tx, { workspaceId, claimId: claim.id, actorId: actor.id, planned: newlyAssigned.map((recipientId) => ({ recipientId, kind: "ASSIGNED", concealed: false })) });
    return result;
  });
}

/** Of these people, those not assigned to the claim yet: only they are told (read before the write). */
export async function notYetAssigned(tx: Tx, claimId: string, reviewerIds: readonly string[]): Promise<string[]> {
  const already = await tx.claimAssignment.findMany({ where: { claimId, reviewerId: { in: [...reviewerIds] } }, select: { reviewerId: true } });
  const known = new Set(already.map((a) => a.reviewerId));
  return [...new Set(reviewerIds)].filter((id) => !known.has(id));
}
