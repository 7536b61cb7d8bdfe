import "server-only";
import type PgBoss from "pg-boss";
import { listDueSourceChecks } from "@/lib/data/articles/source-check-schedule";
import { fetchPage } from "@/lib/net/fetch-page";
import { checkArticleSourceOnSchedule, type ScheduledCheckOutcome } from "@/lib/workflows/web-import/source-check";

// The recurring check for silent edits (Workspace.sourceCheckHours; off by default). A pg-boss
// schedule runs the sweep every hour; pg-boss schedules are cluster-safe, so with several workers the
// sweep still runs once. The sweep enqueues one check per due article: the check queue's "stately"
// policy with the article as singletonKey holds at most one waiting and one running check per article,
// so a sweep that comes round while an article's check still waits adds nothing. These are the
// system's own jobs: no person started them, so they have no `jobs` row (lib/data/jobs) to follow.

export const SOURCE_SWEEP_QUEUE = "claimbench-source-sweep";
export const SOURCE_CHECK_QUEUE = "claimbench-source-check";
const SWEEP_CRON = process.env.CLAIMBENCH_SOURCE_CHECK_CRON ?? "7 * * * *";

/**
 * Politeness to each site: checks of one host are enqueued this many seconds apart, and each request
 * holds the host's lock (lib/data/articles/source-check-schedule.ts withHostLock), so a host gets one
 * request at a time whichever worker runs it; a check that finds the lock taken comes back later.
 */
const HOST_SPACING_SECONDS = 10;
const HOST_BUSY_RETRY_SECONDS = 20;
/** Longer than the fetcher's 15 s and the page's reading; pg-boss fails a check still running after it. */
const CHECK_EXPIRE_SECONDS = 300;

const hostOf = (url: string) => {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
};

const sendCheck = (boss: PgBoss, articleId: string, startAfter: number) =>
  boss.send(SOURCE_CHECK_QUEUE, { articleId }, { singletonKey: articleId, startAfter, retryLimit: 0, expireInSeconds: CHECK_EXPIRE_SECONDS });

/** Enqueues a check of every due article, each host's spaced out; returns the articles enqueued now. */
export async function sweepSourceChecks(boss: PgBoss, now = new Date()): Promise<string[]> {
  await ensureSourceCheckQueues(boss);
  const due = await listDueSourceChecks(now);
  const queuedPerHost = new Map<string, number>();
  const enqueued: string[] = [];
  for (const { articleId, url } of due) {
    const host = hostOf(url);
    const position = queuedPerHost.get(host) ?? 0;
    queuedPerHost.set(host, position + 1);
    // null: this article's check is waiting already (an earlier sweep's).
    if (await sendCheck(boss, articleId, position * HOST_SPACING_SECONDS)) enqueued.push(articleId);
  }
  return enqueued;
}

/** Runs one article's check; when its host is busy with another check, it is sent again for later. */
export async function runScheduledCheck(boss: PgBoss, articleId: string, signal?: AbortSignal): Promise<ScheduledCheckOutcome> {
  const outcome = await checkArticleSourceOnSchedule({ articleId, fetchPage, signal });
  if (outcome === "host-busy") await sendCheck(boss, articleId, HOST_BUSY_RETRY_SECONDS);
  return outcome;
}

/** Creates a pg-boss queue unless it exists (another worker may create it at the same moment). */
export async function ensureQueue(boss: PgBoss, options: PgBoss.Queue) {
  if (await boss.getQueue(options.name)) return;
  try {
    await boss.createQueue(options.name, options);
  } catch (error) {
    if (!(await boss.getQueue(options.name))) throw error; // another worker created it at the same moment otherwise
  }
}

/** pg-boss drops what is sent to a queue that does not exist: the sweep makes sure of them first. */
async function ensureSourceCheckQueues(boss: PgBoss) {
  await ensureQueue(boss, { name: SOURCE_SWEEP_QUEUE, retryLimit: 0, expireInSeconds: 600 });
  await ensureQueue(boss, { name: SOURCE_CHECK_QUEUE, policy: "stately", retryLimit: 0, expireInSeconds: CHECK_EXPIRE_SECONDS });
}

/** The sweep's schedule and both queues' workers, on a worker process (lib/jobs/queue.ts startJobWorkers). */
export async function startSourceCheckWorkers(boss: PgBoss): Promise<void> {
  await ensureSourceCheckQueues(boss);
  await boss.work(SOURCE_SWEEP_QUEUE, async () => void (await sweepSourceChecks(boss)));
  // Two at a time per worker process: checks of different hosts go on side by side, each host paced.
  for (let n = 0; n < 2; n++) {
    await boss.work<{ articleId: string }>(SOURCE_CHECK_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
      if (job) await runScheduledCheck(boss, job.data.articleId);
    });
  }
  await boss.schedule(SOURCE_SWEEP_QUEUE, SWEEP_CRON);
}
