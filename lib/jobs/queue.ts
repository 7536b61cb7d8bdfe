import "server-only";
import PgBoss from "pg-boss";
import { endJobUnfinished, listWaitingJobs, sweepJobs } from "@/lib/data/jobs";
import { purgeExpiredHits } from "@/lib/data/rate-limits";
import { JOB_KINDS } from "./registry";
import { runJob } from "./runner";

// pg-boss dispatches jobs across every app instance (SKIP LOCKED on its tables in the `pgboss` schema,
// created by pg-boss itself on start). One queue per job kind; the job's own row (lib/data/jobs.ts) holds
// what the UI shows. One PgBoss per process, kept on globalThis as the Prisma client is.

const queueName = (kind: string) => `claimbench-${kind}`;
const SWEEP_QUEUE = "claimbench-sweep-jobs";
const SWEEP_CRON = process.env.CLAIMBENCH_JOB_SWEEP_CRON ?? "*/5 * * * *";

const state = globalThis as unknown as { claimbenchBoss?: Promise<PgBoss>; claimbenchWorkers?: Promise<void> };

async function ensureQueue(boss: PgBoss, name: string, expireInSeconds: number) {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, { name, retryLimit: 0, expireInSeconds });
  } catch (error) {
    if (!(await boss.getQueue(name))) throw error; // another instance created it at the same moment otherwise
  }
}

async function startBoss(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: the job queue needs the database.");
  const boss = new PgBoss({ connectionString, max: Number(process.env.CLAIMBENCH_JOB_POOL_SIZE ?? 3), application_name: "claimbench-jobs" });
  boss.on("error", (error) => console.error("Job queue error", error));
  await boss.start();
  for (const kind of Object.values(JOB_KINDS)) await ensureQueue(boss, queueName(kind.kind), kind.queue.expireInSeconds);
  await ensureQueue(boss, SWEEP_QUEUE, 300);
  return boss;
}

export function getBoss(): Promise<PgBoss> {
  state.claimbenchBoss ??= startBoss().catch((error: unknown) => {
    state.claimbenchBoss = undefined;
    throw error;
  });
  return state.claimbenchBoss;
}

/** Hands a recorded job (lib/data/jobs.ts createJob) to whichever instance's worker is free first. */
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
 * The sweep: expired files and jobs whose worker died (lib/data/jobs.ts sweepJobs), then every job
 * still waiting after a minute is sent to the queue again, so that one recorded by a process that
 * stopped before enqueueing it still runs (a job the queue already holds is not duplicated), then
 * the rate-limit counters of ended windows.
 */
export async function sweepAndRequeue(now = new Date()) {
  const swept = await sweepJobs(now);
  const waiting = await listWaitingJobs(REQUEUE_AFTER_MS, now);
  for (const job of waiting) {
    if (JOB_KINDS[job.kind]) await enqueueJob(job);
    else await endJobUnfinished(job.id, "FAILED", "This kind of job is not known to this version of Claimbench.");
  }
  // Not a job, but the same "delete what has ended, every few minutes" chore: ended rate-limit windows.
  const rateLimits = await purgeExpiredHits(now);
  return { ...swept, requeued: waiting.length, rateLimits };
}

/**
 * Enqueues a recorded job; when the queue cannot be reached the job is marked FAILED with `message`
 * (its stored inputs deleted with it, so nothing waits forever) and the error is rethrown.
 */
export async function enqueueJobOrFail(job: { id: string; kind: string }, message: string): Promise<void> {
  try {
    await enqueueJob(job);
  } catch (error) {
    await endJobUnfinished(job.id, "FAILED", message);
    throw error;
  }
}

/**
 * Starts this process's workers: each kind's queue, and the sweep (expired files, jobs whose worker died)
 * every five minutes on whichever instance picks it up. Called once per server process from
 * instrumentation.ts; CLAIMBENCH_JOB_WORKERS=0 turns workers off (the instance then only enqueues).
 */
export function startJobWorkers(): Promise<void> {
  state.claimbenchWorkers ??= (async () => {
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
    await sweepAndRequeue();
  })().catch((error: unknown) => {
    state.claimbenchWorkers = undefined;
    throw error;
  });
  return state.claimbenchWorkers;
}

export async function stopJobQueue(): Promise<void> {
  const boss = state.claimbenchBoss;
  state.claimbenchBoss = undefined;
  state.claimbenchWorkers = undefined;
  if (boss) await (await boss).stop({ graceful: true, timeout: 10_000 });
}
