import "server-only";
import { getDb } from "@/lib/db/client";

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

/** How long the caller must wait, or 0 when the key is under its limit. */
export async function secondsUntilAllowed(limit: Limit): Promise<number> {
  const row = await getDb().rateLimit.findUnique({ where: { key: limit.key }, select: { count: true, resetAt: true } });
  if (!row || row.resetAt.getTime() <= Date.now() || row.count < limit.max) return 0;
  return Math.ceil((row.resetAt.getTime() - Date.now()) / 1000);
}

/**
 * Counts one hit in a fixed window, atomically: one upsert statement, so concurrent requests on
 * any number of app instances cannot both slip under the limit.
 */
export async function countHit(limit: Limit): Promise<number> {
  const rows = await getDb().$queryRaw<{ count: number }[]>`
    insert into rate_limits (key, count, "resetAt")
    values (${limit.key}, 1, now() + make_interval(secs => ${limit.windowSeconds}::double precision))
    on conflict (key) do update set
      count = case when rate_limits."resetAt" <= now() then 1 else rate_limits.count + 1 end,
      "resetAt" = case when rate_limits."resetAt" <= now() then excluded."resetAt" else rate_limits."resetAt" end
    returning count`;
  return rows[0]?.count ?? 1;
}

/** Deletes the counters whose window has ended (run by the jobs sweep); returns how many. */
export async function purgeExpiredHits(now = new Date()): Promise<number> {
  const { count } = await getDb().rateLimit.deleteMany({ where: { resetAt: { lte: now } } });
  return count;
}

export async function clearHits(key: string): Promise<void> {
  await getDb().rateLimit.deleteMany({ where: { key } });
}

/**
 * countHit for several keys in one statement (one round trip per API request), returning each
 * key's count in its window and the seconds left in that window.
 */
export async function countHits(limits: Limit[]): Promise<{ key: string; count: number; secondsLeft: number }[]> {
  if (limits.length === 0) return [];
  const keys = limits.map((limit) => limit.key);
  const windows = limits.map((limit) => limit.windowSeconds);
  const rows = await getDb().$queryRaw<{ key: string; count: number; secondsLeft: number }[]>`
    insert into rate_limits (key, count, "resetAt")
    select k, 1, now() + make_interval(secs => w) from unnest(${keys}::text[], ${windows}::double precision[]) as t(k, w)
    order by k
    on conflict (key) do update set
      count = case when rate_limits."resetAt" <= now() then 1 else rate_limits.count + 1 end,
      "resetAt" = case when rate_limits."resetAt" <= now() then excluded."resetAt" else rate_limits."resetAt" end
    returning key, count, ceil(extract(epoch from ("resetAt" - now())))::int as "secondsLeft"`;
  return rows;
}
