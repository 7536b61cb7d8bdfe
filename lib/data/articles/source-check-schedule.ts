import "server-only";
import { getDb } from "@/lib/db/client";

// The recurring check's reads and its per-host lock. The schedule itself (a pg-boss cron, one check
// job per due article) is lib/jobs/source-checks.ts.

/** At most this many articles are enqueued per sweep; the rest are the longest waiting of the next. */
export const SWEEP_BATCH = 5000;

export interface DueCheck {
  articleId: string;
  url: string;
}

/**
 * Articles whose page is due to be checked: in a workspace whose recurring check is on, captured from
 * the web, and not checked (or, never checked, not imported) within the workspace's interval. Longest
 * waiting first. Articles of workspaces with the check off are never listed. Articles due within ten
 * minutes are taken too: a check that ran a few minutes after its sweep would otherwise wait a whole
 * extra sweep (an hour) every time.
 */
export async function listDueSourceChecks(now = new Date(), limit = SWEEP_BATCH): Promise<DueCheck[]> {
  return getDb().$queryRaw<DueCheck[]>`
    select a.id as "articleId", c."finalUrl" as url
    from articles a
    join workspaces w on w.id = a."workspaceId"
    join lateral (
      select ac."finalUrl" from article_captures ac
      where ac."articleId" = a.id and ac."appliedAt" is not null
      order by ac."appliedAt" desc, ac.id desc limit 1
    ) c on true
    where w."sourceCheckHours" is not null
      and coalesce(a."sourceCheckedAt", a."createdAt")
        <= ${now}::timestamp - make_interval(hours => w."sourceCheckHours") + interval '10 minutes'
    order by coalesce(a."sourceCheckedAt", a."createdAt"), a.id
    limit ${limit}`;
}

/**
 * Runs `work` (one request to `host`) while holding that host's lock, a Postgres advisory lock, so
 * that across every worker process and machine a site gets one request from us at a time. The lock
 * is a transaction's, released however the work ends (a crashed worker's connection drops it too);
 * the transaction touches no row, it only lives as long as the request (the fetcher's own time
 * limit bounds it). When another worker holds the lock, nothing runs and `ran` is false.
 */
export async function withHostLock<T>(host: string, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  return getDb().$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`select pg_try_advisory_xact_lock(hashtextextended(${`claimbench-source-host:${host.toLowerCase()}`}, 0)) as locked`;
      if (!row?.locked) return { ran: false as const };
      return { ran: true as const, value: await work() };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
