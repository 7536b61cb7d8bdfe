import "server-only";
import { countHits, type Limit } from "@/lib/data/accounts/rate-limits";
import { AppError } from "@/lib/errors";
import type { Principal } from "./auth";

// Fixed one-minute windows kept in Postgres (rate_limits), so every app instance counts against
// the same numbers and nothing lives in process memory. Limits per caller (token, or user for a
// session) and per client address; both are counted on every request, in one statement.
const WINDOW_SECONDS = 60;

function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function apiLimits(principal: Principal | null, address: string): Limit[] {
  const perCaller = limitFromEnv("API_RATE_LIMIT_PER_MINUTE", 600);
  const perAddress = limitFromEnv("API_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", 1200);
  const limits: Limit[] = [{ key: `api:ip:${address}`, max: perAddress, windowSeconds: WINDOW_SECONDS }];
  if (principal?.kind === "token") limits.push({ key: `api:token:${principal.tokenId}`, max: perCaller, windowSeconds: WINDOW_SECONDS });
  if (principal?.kind === "session") limits.push({ key: `api:user:${principal.actor.id}`, max: perCaller, windowSeconds: WINDOW_SECONDS });
  return limits;
}

/** Counts the request; throws RATE_LIMITED (429 with Retry-After) when any limit is passed. */
export async function enforceRateLimits(limits: Limit[]): Promise<void> {
  const counts = await countHits(limits);
  const over = counts.filter((row) => row.count > (limits.find((limit) => limit.key === row.key)?.max ?? Infinity));
  if (over.length === 0) return;
  const retryAfterSeconds = Math.max(1, ...over.map((row) => row.secondsLeft));
  throw new AppError("RATE_LIMITED", `Too many requests. Wait ${retryAfterSeconds} seconds, then try again.`, { retryAfterSeconds });
}
