import "server-only";
import { releaseSlots, takeSlots } from "@/lib/data/accounts/attempt-slots";
import { verifyCredentials, type SignedInUser } from "@/lib/data/accounts/users";
import { signInSlots } from "@/lib/domain/sign-in-throttle";

export type SignInOutcome =
  | { ok: true; user: SignedInUser & { sessionVersion: number } }
  | { ok: false; reason: "badCredentials" | "throttled" | "slowDown"; retryAfterSeconds?: number };

type Verify = typeof verifyCredentials;

/**
 * One sign-in attempt: its slots are taken first (atomically, in Postgres: lib/data/accounts/attempt-slots),
 * and only an attempt that got all of them has its password compared. A success gives its slots
 * back, so the owner's own sign-ins never count, but it does not clear the failures of the window:
 * a guesser who finally hits the password gains no fresh attempts for anyone else.
 * `verify` is the real verifyCredentials; tests pass it wrapped to count the comparisons.
 */
export async function attemptSignIn(
  { email, password, address }: { email: string; password: string; address: string },
  verify: Verify = verifyCredentials,
): Promise<SignInOutcome> {
  const limits = signInSlots(email, address);
  const slots = await takeSlots([limits.accountAddress, limits.address, limits.account]);
  if (!slots.ok) {
    const reason = slots.key === limits.account.key ? "slowDown" : "throttled";
    return { ok: false, reason, retryAfterSeconds: slots.retryAfterSeconds };
  }
  const user = await verify({ email, password });
  if (!user) return { ok: false, reason: "badCredentials" };
  await releaseSlots(slots.taken);
  return { ok: true, user };
}
