import "server-only";
import { headers } from "next/headers";
import { enforceRateLimits } from "@/lib/server/api/rate-limit";
import { clientAddress } from "@/lib/server/http/client-address";
import type { Limit } from "@/lib/data/accounts/rate-limits";

// Work that costs far more than a page view (uploads, imports, exports and their jobs, CSV downloads)
// shares one budget per user and one per client address, in the same Postgres counters as the API
// (so every app instance counts together). A person working normally never meets it; a script
// hammering the upload route does, with a 429 and Retry-After.
const WINDOW_SECONDS = 60;

function perMinute(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function heavyLimits(userId: string | null, address: string): Limit[] {
  const limits: Limit[] = [{ key: `heavy:ip:${address}`, max: perMinute("CLAIMBENCH_HEAVY_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", 120), windowSeconds: WINDOW_SECONDS }];
  if (userId) limits.push({ key: `heavy:user:${userId}`, max: perMinute("CLAIMBENCH_HEAVY_RATE_LIMIT_PER_MINUTE", 30), windowSeconds: WINDOW_SECONDS });
  return limits;
}

/** Counts one heavy request of a route handler; throws RATE_LIMITED (429) past the budget. */
export async function limitHeavyRequest(request: Request, userId: string | null): Promise<void> {
  await enforceRateLimits(heavyLimits(userId, clientAddress(request.headers)));
}

/** The same for a server action, which has the request's headers but no Request. */
export async function limitHeavyAction(userId: string): Promise<void> {
  await enforceRateLimits(heavyLimits(userId, clientAddress(await headers())));
}
