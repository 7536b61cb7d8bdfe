import "server-only";
import bcrypt from "bcryptjs";
import { getDb } from "@/lib/db/client";

const BCRYPT_COST = 11;
// Compared against when the email is unknown, so that the answer takes as long as for a known one
// and timing does not reveal which accounts exist.
const DUMMY_HASH = bcrypt.hashSync("not-a-real-password", BCRYPT_COST);

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
}

/** The user when the password is theirs, with the session version their new session carries. */
export async function verifyCredentials({ email, password }: { email: string; password: string }): Promise<(SignedInUser & { sessionVersion: number }) | null> {
  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** Creates the user, or leaves an existing one (and its password) untouched. System use: seeding. */
export async function ensureUser({ email, name, password }: { email: string; name: string; password: string }): Promise<SignedInUser & { created: boolean }> {
  const db = getDb();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  if (existing) return { ...existing, created: false };
  const created = await db.user.create({
    data: { email, name, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true },
  });
  return { ...created, created: true };
}
