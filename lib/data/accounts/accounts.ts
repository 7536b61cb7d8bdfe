import "server-only";
import bcrypt from "bcryptjs";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/data/scope";
import { endUserSessions } from "@/lib/data/accounts/session-versions";
import { hashPassword } from "@/lib/data/accounts/users";

// A person's own account: their name, their password, their API tokens in every workspace. No
// workspace's audit trail holds these (they belong to no workspace); a password change ends every
// session of the account, this one included, so a stolen session dies with the old password.

export async function getAccount({ actor }: { actor: Actor }) {
  return getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, name: true, email: true, createdAt: true } });
}

export async function renameAccount({ actor, name }: { actor: Actor; name: string }) {
  return getDb().user.update({ where: { id: actor.id }, data: { name }, select: { id: true, name: true } });
}

export async function changePassword({ actor, currentPassword, newPassword }: { actor: Actor; currentPassword: string; newPassword: string }) {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await bcrypt.compare(currentPassword, user.passwordHash))) {
    const message = "That is not your current password.";
    throw new AppError("VALIDATION", message, { fieldErrors: { currentPassword: [message] } });
  }
  const passwordHash = await hashPassword(newPassword);
  return getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    return endUserSessions({ userId: actor.id, tx });
  });
}

/** The user's own API tokens, in every workspace, newest first. */
export async function listMyApiTokens({ actor }: { actor: Actor }) {
  const rows = await getDb().apiToken.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, name: true, prefix: true, readOnly: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true, workspace: { select: { slug: true, name: true } } },
  });
  const now = Date.now();
  return rows.map(({ revokedAt, expiresAt, ...token }) => ({
    ...token,
    state: revokedAt ? ("Revoked" as const) : expiresAt && expiresAt.getTime() <= now ? ("Expired" as const) : ("Active" as const),
  }));
}
