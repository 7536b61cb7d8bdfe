import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { hashLinkToken, INVITATION_TTL_DAYS, invitationState, looksLikeLinkToken, newLinkToken, UNUSABLE_INVITATION } from "@/lib/domain/invitations";
import { ROLE_LABELS } from "@/lib/domain/roles";
import type { CreateInvitationInput } from "@/lib/schemas/members";
import { recordAudit } from "@/lib/data/audit";
import type { Actor } from "@/lib/data/scope";
import { hashPassword } from "@/lib/data/accounts/users";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

// Invitations: an owner names an address and a role and gets a link; the link's secret is stored only
// as a hash. It is used once, until it expires, unless withdrawn. The account that accepts it is the
// one with that address: a new person makes it with the link, an existing one signs in first.

const invitationSelect = {
  id: true, email: true, role: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true,
  createdBy: { select: { name: true } },
} as const;

type InvitationRow = { id: string; email: string; role: CreateInvitationInput["role"]; createdAt: Date; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null; createdBy: { name: string } | null };

const toInvitation = (row: InvitationRow) => ({
  id: row.id, email: row.email, role: row.role, state: invitationState(row),
  createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt.toISOString(), invitedBy: row.createdBy?.name ?? null,
});

/**
 * A new invitation and its secret (in this answer only). An address that is a member already is
 * refused with their name; a pending invitation of the same address is withdrawn, so that the newest
 * link is the one that works (the owner may have lost the first: it is never shown again).
 */
export async function createInvitation({ actor, slug, input, ttlDays = INVITATION_TTL_DAYS }: { actor: Actor; slug: string; input: CreateInvitationInput; ttlDays?: number }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageMembers" });
  const workspaceId = access.workspace.id;
  const { token, hash } = newLinkToken("invitation");
  return getDb().$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { workspaceId, user: { email: input.email } }, select: { role: true, user: { select: { name: true } } } });
    if (member) {
      const message = `${member.user.name} (${input.email}) is already a member of this workspace, as ${ROLE_LABELS[member.role].toLowerCase()}. Change their role in the members list instead.`;
      throw new AppError("CONFLICT", message, { fieldErrors: { email: [message] } });
    }
    const now = new Date();
    const replaced = await tx.invitation.findMany({ where: { workspaceId, email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, select: { id: true } });
    for (const old of replaced) {
      await tx.invitation.update({ where: { id: old.id }, data: { revokedAt: now } });
      await recordAudit(tx, { workspaceId, actorId: actor.id, entityType: "invitation", entityId: old.id, action: "revoke", after: { email: input.email, reason: "replaced by a new invitation" } });
    }
    const created = await tx.invitation.create({
      data: { workspaceId, email: input.email, role: input.role, tokenHash: hash, createdById: actor.id, createdAt: now, expiresAt: new Date(now.getTime() + ttlDays * 86_400_000) },
      select: invitationSelect,
    });
    await recordAudit(tx, { workspaceId, actorId: actor.id, entityType: "invitation", entityId: created.id, action: "create", after: { email: input.email, role: input.role, expiresAt: created.expiresAt.toISOString() } });
    return { ...toInvitation(created), token, workspaceName: access.workspace.name };
  });
}

/** The workspace's invitations, newest first (the last 200: older ones are history, in the audit trail). */
export async function listInvitations({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageMembers" });
  const rows = await getDb().invitation.findMany({ where: { workspaceId: access.workspace.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200, select: invitationSelect });
  return rows.map(toInvitation);
}

/** Withdraws a pending invitation; an accepted one is a membership now, removed in the members list. */
export async function revokeInvitation({ actor, slug, invitationId }: { actor: Actor; slug: string; invitationId: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageMembers" });
  return getDb().$transaction(async (tx) => {
    const row = await tx.invitation.findFirst({ where: { id: invitationId, workspaceId: access.workspace.id }, select: invitationSelect });
    if (!row) throw notFound("That invitation");
    if (row.acceptedAt) throw new AppError("CONFLICT", `${row.email} has already accepted this invitation: remove them from the members list instead.`);
    if (row.revokedAt) return toInvitation(row);
    const revoked = await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: new Date() }, select: invitationSelect });
    await recordAudit(tx, { workspaceId: access.workspace.id, actorId: actor.id, entityType: "invitation", entityId: row.id, action: "revoke", before: { email: row.email, role: row.role } });
    return toInvitation(revoked);
  });
}

/**
 * What the invitation page shows to whoever holds the link (the link is the credential): the
 * workspace, the address and role, whether it can still be used, and whether the address has an
 * account already (then its owner signs in to accept). Null for a link that names no invitation.
 */
export async function getInvitationForLink({ token }: { token: string }) {
  if (!looksLikeLinkToken("invitation", token)) return null;
  const row = await getDb().invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { ...invitationSelect, workspace: { select: { name: true, slug: true } } },
  });
  if (!row) return null;
  const account = await getDb().user.findUnique({ where: { email: row.email }, select: { id: true } });
  return { ...toInvitation(row), workspace: row.workspace, hasAccount: account !== null };
}

/** The invitation of a link, locked for this transaction, refused unless it can still be used. */
async function claimInvitation(tx: Tx, token: string) {
  const hash = looksLikeLinkToken("invitation", token) ? hashLinkToken(token) : null;
  const [row] = hash
    ? await tx.$queryRaw<{ id: string }[]>`select id from invitations where "tokenHash" = ${hash} for update`
    : [];
  if (!row) throw notFound("That invitation");
  const invitation = await tx.invitation.findUniqueOrThrow({
    where: { id: row.id },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspaceId: true, workspace: { select: { slug: true, name: true } } },
  });
  const state = invitationState(invitation);
  if (state !== "PENDING") throw new AppError("CONFLICT", UNUSABLE_INVITATION[state]);
  return invitation;
}

async function join(tx: Tx, invitation: Awaited<ReturnType<typeof claimInvitation>>, userId: string) {
  const membership = await tx.membership.create({ data: { workspaceId: invitation.workspaceId, userId, role: invitation.role }, select: { id: true } });
  await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedById: userId } });
  await recordAudit(tx, { workspaceId: invitation.workspaceId, actorId: userId, entityType: "invitation", entityId: invitation.id, action: "accept", after: { email: invitation.email, role: invitation.role } });
  await recordAudit(tx, { workspaceId: invitation.workspaceId, actorId: userId, entityType: "membership", entityId: membership.id, action: "join", after: { userId, role: invitation.role, invitationId: invitation.id } });
  return { slug: invitation.workspace.slug, name: invitation.workspace.name, email: invitation.email, role: invitation.role };
}

/** A new person accepts: their account (with the invitation's address) and membership, in one transaction. */
export async function acceptInvitationAsNewUser({ token, name, password }: { token: string; name: string; password: string }) {
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    const invitation = await claimInvitation(tx, token);
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `${invitation.email} has an account already. Sign in with it, then open this link again to accept.`);
    }
    const user = await tx.user.create({ data: { email: invitation.email, name, passwordHash }, select: { id: true } });
    return join(tx, invitation, user.id);
  });
}

/** A signed-in user accepts: only the account with the invitation's address may. */
export async function acceptInvitationAsUser({ actor, token }: { actor: Actor; token: string }) {
  return getDb().$transaction(async (tx) => {
    const invitation = await claimInvitation(tx, token);
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { email: true } });
    if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
    if (user.email !== invitation.email) {
      throw new AppError("FORBIDDEN", `This invitation is for ${invitation.email}, and you are signed in as ${user.email}. Sign out, then open the link again to accept it as ${invitation.email}.`);
    }
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId: actor.id } }, select: { role: true } });
    if (existing) throw new AppError("CONFLICT", `You are already a member of ${invitation.workspace.name}, as ${ROLE_LABELS[existing.role].toLowerCase()}.`);
    return join(tx, invitation, actor.id);
  });
}
