import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

// Every session token carries its user's session version from the moment it was issued; a token
// whose version is no longer the user's is refused. Raising the version therefore ends every
// session of that user at once, on every server, without a session table.

/** The user's current session version, or null when the user no longer exists. */
export async function getSessionVersion(userId: string): Promise<number | null> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

/**
 * Ends all of a user's sessions (sign-out, a password change, removal from their last workspace).
 * `ifVersion`: only when the sessions are still at that version, so that signing out with a token
 * that has already ended cannot end the sessions the user has opened since. Pass `tx` to end them
 * in the same transaction as the change that calls for it. Returns the new version, or null when
 * nothing changed.
 */
export async function endUserSessions({ userId, ifVersion, tx }: { userId: string; ifVersion?: number; tx?: Tx }): Promise<number | null> {
  const rows = await (tx ?? getDb()).$queryRaw<{ sessionVersion: number }[]>`
    update users set "sessionVersion" = "sessionVersion" + 1
    where id = ${userId}::uuid ${ifVersion === undefined ? Prisma.empty : Prisma.sql`and "sessionVersion" = ${ifVersion}`}
    returning "sessionVersion"`;
  return rows[0]?.sessionVersion ?? null;
}
