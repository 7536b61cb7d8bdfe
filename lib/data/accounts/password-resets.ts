import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { hashLinkToken, looksLikeLinkToken, newLinkToken, PASSWORD_RESET_TTL_HOURS, UNUSABLE_RESET } from "@/lib/domain/invitations";
import { canResetMemberPassword } from "@/lib/domain/permissions";
import { recordAudit } from "@/lib/data/audit";
import type { Actor } from "@/lib/data/scope";
import { endUserSessions } from "@/lib/data/accounts/session-versions";
import { hashPassword } from "@/lib/data/accounts/users";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

// An owner makes a one-time link for a member who lost their password (no mail needed: the owner
// passes it on). The link's secret is stored hashed, works once and for a day, and a newer link
// replaces an older one. Setting the password with it ends all of the member's sessions.

export const RESET_REFUSED_MESSAGE =
  "This member also belongs to workspaces you do not own, and a new password would open those too. They can change their password on their account page.";

export async function createPasswordLink({ actor, slug, userId }: { actor: Actor; slug: string; userId: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageMembers" });
  const workspaceId = access.workspace.id;
  const db = getDb();
  const [memberships, owned] = await Promise.all([
    db.membership.findMany({ where: { userId }, select: { id: true, workspaceId: true } }),
    db.membership.findMany({ where: { userId: actor.id, role: "OWNER" }, select: { workspaceId: true } }),
  ]);
  const here = memberships.find((membership) => membership.workspaceId === workspaceId);
  if (!here) throw notFound("That member");
  if (!canResetMemberPassword({ actorOwns: owned.map((m) => m.workspaceId), memberIn: memberships.map((m) => m.workspaceId) })) {
    throw new AppError("FORBIDDEN", RESET_REFUSED_MESSAGE);
  }
  const { token, hash } = newLinkToken("reset");
  return db.$transaction(async (tx) => {
    const now = new Date();
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const created = await tx.passwordReset.create({
      data: { userId, workspaceId, createdById: actor.id, tokenHash: hash, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_HOURS * 3_600_000) },
      select: { id: true, expiresAt: true, user: { select: { name: true } } },
    });
    await recordAudit(tx, { workspaceId, actorId: actor.id, entityType: "membership", entityId: here.id, action: "password-link", after: { userId, expiresAt: created.expiresAt.toISOString() } });
    return { token, expiresAt: created.expiresAt.toISOString(), name: created.user.name };
  });
}

/** Whose password a link sets, or null for a link that names nothing, has been used or has expired. */
export async function getPasswordLink({ token }: { token: string }) {
  if (!looksLikeLinkToken("reset", token)) return null;
  const row = await getDb().passwordReset.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { usedAt: true, expiresAt: true, user: { select: { name: true, email: true } } } });
  if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return null;
  return row.user;
}

/** Sets the new password once; the link is spent and the member's sessions end in the same transaction. */
export async function usePasswordLink({ token, password }: { token: string; password: string }) {
  if (!looksLikeLinkToken("reset", token)) throw new AppError("CONFLICT", UNUSABLE_RESET);
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    const now = new Date();
    const [spent] = await tx.$queryRaw<{ userId: string }[]>`
      update password_resets set "usedAt" = ${now} where "tokenHash" = ${hashLinkToken(token)} and "usedAt" is null and "expiresAt" > ${now}
      returning "userId"`;
    if (!spent) throw new AppError("CONFLICT", UNUSABLE_RESET);
    const user = await tx.user.update({ where: { id: spent.userId }, data: { passwordHash }, select: { id: true, email: true } });
    await endUserSessions({ userId: user.id, tx });
    return user;
  });
}
