import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jobTtlMs } from "./jobs";

// The worker side of a job's row: system calls by job id, made by lib/jobs (the runner and the sweeps).
// A worker that claims a job gets a run id. Every later write of that run applies only while the job is
// RUNNING under that run id, so once another process has ended the job (a sweep that took it for lost,
// or a cancel) the old run changes nothing: not its progress, not its end, not its file.

/** One worker's claim on a job. */
export interface JobRun {
  jobId: string;
  runId: string;
}

/** What a run learns each time it touches its job: whether it still holds it, and whether to stop. */
export interface JobRunState {
  running: boolean;
  cancelRequested: boolean;
}

const runWhere = (run: JobRun) => ({ id: run.jobId, status: "RUNNING" as const, runId: run.runId });
const LOST_MESSAGE = "The server running this job stopped before it finished. Start it again.";

/**
 * Jobs still waiting for a worker after `olderThanMs`: normally ones a busy queue has not reached yet,
 * but also ones whose process stopped between recording the job and handing it to the queue. The
 * sweep hands them to the queue again (lib/jobs/queue.ts, idempotent by job id).
 */
export async function listWaitingJobs(olderThanMs: number, now = new Date()): Promise<{ id: string; kind: string }[]> {
  return getDb().job.findMany({
    where: { status: "QUEUED", createdAt: { lt: new Date(now.getTime() - olderThanMs) } },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: { id: true, kind: true },
  });
}

/** QUEUED → RUNNING, once, under a new run id: null when another worker took it or it was cancelled meanwhile. */
export async function claimJob(jobId: string) {
  const now = new Date();
  const run: JobRun = { jobId, runId: randomUUID() };
  const { count } = await getDb().job.updateMany({
    where: { id: jobId, status: "QUEUED" },
    data: { status: "RUNNING", runId: run.runId, startedAt: now, heartbeatAt: now, message: "Started" },
  });
  if (count === 0) return null;
  const job = await getDb().job.findUniqueOrThrow({
    where: { id: jobId },
    select: { kind: true, payload: true, createdById: true, workspace: { select: { slug: true } } },
  });
  return { run, ...job };
}

/** Saves progress (if any) and the heartbeat, while the run still holds the job. */
export async function reportJobProgress(run: JobRun, update: { progress?: number; total?: number | null; message?: string } = {}): Promise<JobRunState> {
  const rows = await getDb().job.updateManyAndReturn({ where: runWhere(run), data: { ...update, heartbeatAt: new Date() }, select: { cancelRequested: true } });
  return { running: rows.length > 0, cancelRequested: rows[0]?.cancelRequested ?? false };
}

/** Reads, without writing, whether the run still holds its job and whether a cancel was requested. */
export async function readJobRun(run: JobRun): Promise<JobRunState> {
  const job = await getDb().job.findUnique({ where: { id: run.jobId }, select: { status: true, runId: true, cancelRequested: true } });
  return { running: job?.status === "RUNNING" && job.runId === run.runId, cancelRequested: job?.cancelRequested ?? false };
}

/**
 * Appends a chunk of the run's file; false (nothing written) when the run no longer holds the job. The
 * row lock (FOR SHARE) orders it with whoever ends the job: either the chunk lands first and is deleted
 * with the job's partial file, or the job has ended and the chunk is not written.
 */
export async function appendJobFileChunk(run: JobRun, seq: number, data: Uint8Array): Promise<boolean> {
  const written = await getDb().$executeRaw`
    insert into job_file_chunks ("jobId", seq, data)
    select id, ${seq}, ${Buffer.from(data.buffer, data.byteOffset, data.byteLength)}
    from jobs where id = ${run.jobId}::uuid and status = 'RUNNING' and "runId" = ${run.runId}::uuid
    for share`;
  return written > 0;
}

/**
 * Ends the job matched by `where` (which must name its id and the state it is ended from), deleting its
 * partial file and its uploads in the same transaction; false when it was no longer in that state.
 */
async function endJobWhere(where: Prisma.JobWhereInput & { id: string }, data: Prisma.JobUpdateManyMutationInput, keepFile = false): Promise<boolean> {
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.job.updateMany({ where, data: { ...data, finishedAt: now, expiresAt: new Date(now.getTime() + jobTtlMs()) } });
    if (count === 0) return false;
    if (!keepFile) await tx.jobFileChunk.deleteMany({ where: { jobId: where.id } });
    await tx.jobUploadFile.deleteMany({ where: { jobId: where.id } });
    return true;
  });
}

/** SUCCEEDED with its result, if the run still holds the job; its uploads are deleted with it. */
export async function completeJob(run: JobRun, result: Prisma.InputJsonObject, message = "Done"): Promise<boolean> {
  return endJobWhere(runWhere(run), { status: "SUCCEEDED", result, message, heartbeatAt: new Date() }, true);
}

/** FAILED or CANCELLED by its own run, if it still holds the job, with its partial file and uploads deleted. */
export async function endJobRun(run: JobRun, status: "FAILED" | "CANCELLED", message: string): Promise<boolean> {
  return endJobWhere(runWhere(run), { status, message });
}

/** FAILED before any worker took it (the queue was unreachable, or its kind is unknown here). */
export async function failQueuedJob(jobId: string, message: string): Promise<boolean> {
  return endJobWhere({ id: jobId, status: "QUEUED" }, { status: "FAILED", message });
}

/**
 * Fails RUNNING jobs whose heartbeat is older than `staleMs` (their worker died), deleting their partial
 * files. Safe on every instance at once: each job is ended only if it is still RUNNING with a heartbeat
 * that old when the update runs, so a heartbeat that lands meanwhile keeps its job alive.
 */
export async function failLostJobs(staleMs: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - staleMs);
  const lost = { status: "RUNNING" as const, heartbeatAt: { lt: cutoff } };
  const stale = await getDb().job.findMany({ where: lost, select: { id: true }, take: 500 });
  let failed = 0;
  for (const job of stale) if (await endJobWhere({ id: job.id, ...lost }, { status: "FAILED", message: LOST_MESSAGE })) failed++;
  return failed;
}

/** Deletes jobs past their expiry, with their files (cascade). */
export async function deleteExpiredJobs(now = new Date()): Promise<number> {
  const { count } = await getDb().job.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
