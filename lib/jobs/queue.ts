import "server-only";
import PgBoss from "pg-boss";
import { deleteExpiredJobs, failLostJobs, failQueuedJob, listWaitingJobs } from "@/lib/data/jobs/job-runs";
import { purgeExpiredHits } from "@/lib/data/accounts/rate-limits";
import { pruneLiveEvents } from "@/lib/data/events/events";
import { prunePresence } from "@/lib/data/presence/presence";
import { readLiveEventSettings } from "@/lib/domain/live-events";
import { readJobLiveness } from "@/lib/domain/job-liveness";
import { AppError } from "@/lib/errors";
import { watchForLostJobs } from "./lost-jobs";
import { startMatchCheckWorkers } from "./match-checks";
import { JOB_KINDS } from "./registry";
import { runJob, stopRunningJobs } from "./runner";
import { startSourceCheckWorkers } from "./source-checks";
import { startDigestWorkers } from "./notification-digest";

// pg-boss dispatches jobs across every app instance (SKIP LOCKED on its tables in the `pgboss` schema,
// created by pg-boss itself on start). One queue per job kind; the job's own row (lib/data/jobs/jobs.ts) holds
// what the UI shows. One PgBoss per process, kept on globalThis as the Prisma client is. The web server
// only enqueues (its PgBoss runs no maintenance and no schedules); jobs run in the worker process
// (scripts/jobs-worker.ts), which calls startJobWorkers.

const queueName = (kind: string) => `claimbench-${kind}`;
const SWEEP_QUEUE = "claimbench-sweep-jobs";
const SWEEP_CRON = process.env.CLAIMBENCH_JOB_SWEEP_CRON ?? "*/5 * * * *";

const state = globalThis as unknown as {
  claimbenchBoss?: Promise<PgBoss>;
  /** Whether this process's PgBoss is a worker's: it then also runs pg-boss maintenance and schedules. */
  claimbenchBossWorks?: boolean;
  claimbenchWorkers?: Promise<void>;
  claimbenchStopLostJobWatch?: () => void;
};

async function ensureQueue(boss: PgBoss, name: string, expireInSeconds: number) {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, { name, retryLimit: 0, expireInSeconds });
  } catch (error) {
    if (!(await boss.getQueue(name))) throw error; // another instance created it at the same moment otherwise
  }
}

async function startBoss(works: boolean): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: the job queue needs the database.");
  const boss = new PgBoss({
    connectionString, max: Number(process.env.CLAIMBENCH_JOB_POOL_SIZE ?? 3), application_name: "claimbench-jobs",
    supervise: works, schedule: works,
  });
  boss.on("error", (error) => console.error("Job queue error", error));
  await boss.start();
  for (const kind of Object.values(JOB_KINDS)) await ensureQueue(boss, queueName(kind.kind), kind.queue.expireInSeconds);
  await ensureQueue(boss, SWEEP_QUEUE, 300);
  return boss;
}

export function getBoss(): Promise<PgBoss> {
  state.claimbenchBoss ??= startBoss(state.claimbenchBossWorks ?? false).catch((error: unknown) => {
    state.claimbenchBoss = undefined;
    throw error;
  });
  return state.claimbenchBoss;
}

/** Hands a recorded job (lib/data/jobs/jobs.ts createJob) to whichever instance's worker is free first. */
export async function enqueueJob(job: { id: string; kind: string }): Promise<void> {
  const kind = JOB_KINDS[job.kind];
  if (!kind) throw new Error(`No handler for job kind "${job.kind}".`);
  const boss = await getBoss();
  // The queue's job has our job's id, so sending a job twice is a no-op (pg-boss inserts ON CONFLICT DO
  // NOTHING) while the first is queued or running: that is what lets the sweep re-send waiting jobs.
  await boss.send(queueName(job.kind), { jobId: job.id }, { id: job.id, retryLimit: 0, expireInSeconds: kind.queue.expireInSeconds });
}

/** How long a job may wait before the sweep hands it to the queue again. */
const REQUEUE_AFTER_MS = Number(process.env.CLAIMBENCH_JOB_REQUEUE_AFTER_MS ?? 60_000);

/**
 * The sweep: jobs whose worker died and expired jobs with their files (lib/data/jobs/job-runs.ts), then every
 * job still waiting after a minute is sent to the queue again, so that one recorded by a process that
 * stopped before enqueueing it still runs (a job the queue already holds is not duplicated), then the
 * rate-limit counters of ended windows. Lost jobs are also looked for far more often (startJobWorkers).
 */
export async function sweepAndRequeue(now = new Date()) {
  const abandoned = await failLostJobs(readJobLiveness(process.env).staleMs, now);
  const expired = await deleteExpiredJobs(now);
  const waiting = await listWaitingJobs(REQUEUE_AFTER_MS, now);
  for (const job of waiting) {
    if (JOB_KINDS[job.kind]) await enqueueJob(job);
    else await failQueuedJob(job.id, "This kind of job is not known to this version of Claimbench.");
  }
  // Not a job, but the same "delete what has ended, every few minutes" chore: ended rate-limit windows.
  const rateLimits = await purgeExpiredHits(now);
  // Live events are kept only as long as a reconnecting client may ask for them (lib/server/live).
  const liveEvents = await pruneLiveEvents(readLiveEventSettings(process.env).retentionMinutes, now);
  // Presence rows nobody heartbeats any more (lib/data/presence): pages others still watch drop them sooner.
  const presence = await prunePresence(now);
  return { abandoned, expired, requeued: waiting.length, rateLimits, liveEvents, presence };
}

/**
 * Enqueues a recorded job; when the queue cannot be reached the job is marked FAILED with `message`
 * (its stored inputs deleted with it, so nothing waits forever), the cause is logged, and `message`
 * is thrown as a 500 the user reads, whichever door (action, API, the import page) started the job.
 */
export async function enqueueJobOrFail(job: { id: string; kind: string }, message: string): Promise<void> {
  try {
    await enqueueJob(job);
  } catch (error) {
    await failQueuedJob(job.id, message);
    console.error(`Enqueueing job ${job.id} (${job.kind}) failed:`, error);
    throw new AppError("INTERNAL", message);
  }
}

/**
 * Starts this process's workers: each kind's queue; the sweep (expired files, waiting jobs, jobs whose
 * worker died) every five minutes on whichever instance picks it up; and, on every worker process, a
 * look for lost jobs every CLAIMBENCH_JOB_STALE_SWEEP_SECONDS, so a crashed worker's job is failed within
 * a minute of its last heartbeat (pg-boss schedules run at most once a minute); and the claims' match
 * checks (match-checks.ts), polled the same way. Called by the worker
 * process (scripts/jobs-worker.ts), never by the web server.
 */
export function startJobWorkers(): Promise<void> {
  state.claimbenchWorkers ??= (async () => {
    const liveness = readJobLiveness(process.env); // a bad setting stops the worker here, with its name
    if (!state.claimbenchBossWorks) {
      // This process enqueued before it became a worker (tests do): its PgBoss ran no schedules.
      state.claimbenchBossWorks = true;
      await stopBoss();
    }
    const boss = await getBoss();
    for (const kind of Object.values(JOB_KINDS)) {
      for (let n = 0; n < kind.queue.concurrency; n++) {
        await boss.work<{ jobId: string }>(queueName(kind.kind), { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
          if (job) await runJob(job.data.jobId);
        });
      }
    }
    await boss.work(SWEEP_QUEUE, async () => void (await sweepAndRequeue()));
    await boss.schedule(SWEEP_QUEUE, SWEEP_CRON);
    await startSourceCheckWorkers(boss);
    await startMatchCheckWorkers(boss);
    await startDigestWorkers(boss);
    await sweepAndRequeue();
    state.claimbenchStopLostJobWatch?.();
    state.claimbenchStopLostJobWatch = watchForLostJobs(liveness);
  })().catch((error: unknown) => {
    state.claimbenchWorkers = undefined;
    throw error;
  });
  return state.claimbenchWorkers;
}

async function stopBoss(): Promise<void> {
  const boss = state.claimbenchBoss;
  state.claimbenchBoss = undefined;
  if (boss) await (await boss).stop({ graceful: true, timeout: 10_000 });
}

/**
 * Stops this process's queue. A worker first aborts the jobs it runs, which then end FAILED ("the server
 * was stopped") while pg-boss waits for their handlers, instead of staying RUNNING until the lost-job sweep.
 */
export async function stopJobQueue(): Promise<void> {
  state.claimbenchStopLostJobWatch?.();
  state.claimbenchStopLostJobWatch = undefined;
  state.claimbenchWorkers = undefined;
  stopRunningJobs();
  await stopBoss();
  state.claimbenchBossWorks = undefined;
}
