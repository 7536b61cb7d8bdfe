import "server-only";
import { endUserSessions, getSessionVersion } from "@/lib/data/accounts/session-versions";

// Each request with a session checks that the token's session version is still its user's. The
// answer is cached per process for a few seconds: the database stays the truth, and a session
// ended on another server stops working here within CACHE_MS. A version change made by this
// process updates the cache at once.
const CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;
// On globalThis: Next bundles route handlers and pages separately, each with its own copy of this
// module, and a sign-out handled by one must reach the other's cache in the same process at once.
const shared = globalThis as unknown as { claimbenchSessionVersions?: Map<string, { version: number | null; at: number }> };
const cache = (shared.claimbenchSessionVersions ??= new Map());

async function currentVersion(userId: string): Promise<number | null> {
  const hit = cache.get(userId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.version;
  const version = await getSessionVersion(userId);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(userId, { version, at: Date.now() });
  return version;
}

/** True while the token's session has not been ended. Tokens issued before versions existed count as 0. */
export async function isSessionCurrent(userId: string, tokenVersion: unknown): Promise<boolean> {
  const version = typeof tokenVersion === "number" ? tokenVersion : 0;
  return (await currentVersion(userId)) === version;
}

/**
 * Ends every session of the user (all devices). With `ifVersion`, only if the sessions are still
 * at that version: a token that has already ended cannot end the sessions opened since.
 * Password changes and removal from a user's last workspace call this (or endUserSessions with
 * their transaction, then forgetSessionVersion).
 */
export async function endSessions(userId: string, ifVersion?: number): Promise<void> {
  const version = await endUserSessions({ userId, ifVersion });
  if (version !== null) cache.set(userId, { version, at: Date.now() });
}

/** Drops the cached version, for callers that ended sessions inside their own transaction. */
export function forgetSessionVersion(userId: string): void {
  cache.delete(userId);
}
