import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { lastOwnerRefusal } from "@/lib/domain/members";
import { canManageMembers, refusal } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import type { ChangeMemberRoleInput } from "@/lib/schemas/members";
import { recordAudit } from "@/lib/data/audit";
import type { Actor } from "@/lib/data/scope";
import { versionConflict } from "@/lib/data/version-conflict";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

// Owners change members' roles and remove members; any member may leave. Every change of a workspace's memberships runs with
// that workspace's memberships locked, so that the last-owner rule cannot be slipped past by two owners
// demoting each other at once, and a change made from a stale list (the member's version moved on) is
// refused and said so. Removal keeps the member's work (claims, evidence, verdicts stay theirs) and
// revokes their API tokens for the workspace in the same transaction; their sessions lose the
// workspace at once, since every request reads the membership.

const CONFLICT_WORDS = { what: "this member's role", then: "Their role as it is now is shown; choose again if it still needs changing." };

type MembershipRow = { id: string; userId: string; role: Role; version: number };

/** Locks the workspace's memberships (always in id order, so two changes cannot deadlock) and reads them. */
async function lockMemberships(tx: Tx, workspaceId: string) {
  return tx.$queryRaw<MembershipRow[]>`
    select id, "userId", role::text as role, version from memberships where "workspaceId" = ${workspaceId}::uuid order by id for update`;
}

/** The member's row with their name and email, and how many owners the workspace has now. */
async function withPerson(tx: Tx, rows: MembershipRow[], member: MembershipRow) {
  const person = await tx.user.findUniqueOrThrow({ where: { id: member.userId }, select: { name: true, email: true } });
  return { member: { ...member, ...person }, owners: rows.filter((row) => row.role === "OWNER").length };
}

/** Locks the workspace's memberships and reads the acting owner's and the member's. */
async function lockMembers(tx: Tx, { workspaceId, actorId, userId }: { workspaceId: string; actorId: string; userId: string }) {
  const rows = await lockMemberships(tx, workspaceId);
  // The actor's role as it is now, under the lock: an owner demoted a moment ago acts no more.
  const actor = rows.find((row) => row.userId === actorId);
  if (!actor) throw notFound("That workspace");
  if (!canManageMembers(actor.role)) throw new AppError("FORBIDDEN", refusal("manageMembers", actor.role));
  const member = rows.find((row) => row.userId === userId);
  if (!member) throw notFound("That member");
  return withPerson(tx, rows, member);
}

type LockedMember = Awaited<ReturnType<typeof withPerson>>;

/**
 * Ends a membership, whether an owner removes the member or the member leaves: refuses the last owner,
 * then deletes the membership, revokes their API tokens here, unassigns their queue and expires password
 * links made here, all in the caller's transaction (memberships locked). Their work stays theirs.
 */
async function endMembership(tx: Tx, { workspaceId, actorId, locked: { member, owners } }: { workspaceId: string; actorId: string; locked: LockedMember }) {
  const userId = member.userId;
  const isSelf = userId === actorId;
  const refusal = lastOwnerRefusal({ from: member.role, to: null, owners, isSelf });
  if (refusal) throw new AppError("CONFLICT", refusal);
  const now = new Date();
  await tx.membership.delete({ where: { id: member.id } });
  const tokens = await tx.apiToken.updateMany({ where: { userId, workspaceId, revokedAt: null }, data: { revokedAt: now } });
  // Claims waiting in their queue go back to the editors: nobody else would see them assigned.
  const assignments = await tx.claimAssignment.deleteMany({ where: { reviewerId: userId, workspaceId } });
  // A password link made here stops working: its maker no longer answers for this person.
  await tx.passwordReset.updateMany({ where: { userId, workspaceId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  await recordAudit(tx, {
    workspaceId, actorId, entityType: "membership", entityId: member.id, action: isSelf ? "leave" : "remove",
    before: { userId, name: member.name, email: member.email, role: member.role },
    after: { apiTokensRevoked: tokens.count, assignmentsRemoved: assignments.count },
  });
  return { id: userId, name: member.name, apiTokensRevoked: tokens.count, assignmentsRemoved: assignments.count };
}

export async function changeMemberRole({ actor, slug, input }: { actor: Actor; slug: string; input: ChangeMemberRoleInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageMembers" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const { member, owners } = await lockMembers(tx, { workspaceId, actorId: actor.id, userId: input.userId });
    const answer = (role: Role, version: number) => ({ id: input.userId, name: member.name, role, version });
    if (input.version !== undefined && input.version !== member.version) {
      throw versionConflict(CONFLICT_WORDS, input.version, { version: member.version, current: answer(member.role, member.version) });
    }
    if (member.role === input.role) return answer(member.role, member.version);
    const refusal = lastOwnerRefusal({ from: member.role, to: input.role, owners, isSelf: input.userId === actor.id });
    if (refusal) throw new AppError("CONFLICT", refusal);
    const updated = await tx.membership.update({ where: { id: member.id }, data: { role: input.role, version: { increment: 1 } }, select: { role: true, version: true } });
    await recordAudit(tx, {
      workspaceId, actorId: actor.id, entityType: "membership", entityId: member.id, action: "change-role",
      before: { userId: input.userId, name: member.name, role: member.role }, after: { role: updated.role },
    });
    return answer(updated.role, updated.version);
  });
}

export async function removeMember({ actor, slug, userId }: { actor: Actor; slug: string; userId: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageMembers" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const locked = await lockMembers(tx, { workspaceId, actorId: actor.id, userId });
    return endMembership(tx, { workspaceId, actorId: actor.id, locked });
  });
}

/** Any member leaves a workspace (the last owner excepted), with what their removal would revoke. */
export async function leaveWorkspace({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "read" });
  const workspaceId = access.workspace.id;
  const left = await getDb().$transaction(async (tx) => {
    const rows = await lockMemberships(tx, workspaceId);
    // Removed by an owner a moment ago: the workspace is no longer theirs to leave.
    const own = rows.find((row) => row.userId === actor.id);
    if (!own) throw notFound("That workspace");
    return endMembership(tx, { workspaceId, actorId: actor.id, locked: await withPerson(tx, rows, own) });
  });
  return { ...left, workspace: { slug: access.workspace.slug, name: access.workspace.name } };
}

/** The members with what an owner manages them by: email, role and the version a role change names. */
export async function listMembersForOwners({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageMembers" });
  const rows = await getDb().membership.findMany({
    where: { workspaceId: access.workspace.id },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    select: { role: true, version: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map(({ role, version, createdAt, user }) => ({ ...user, role, version, since: createdAt.toISOString() }));
}
