import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/domain/roles";
import type { Actor } from "./scope";
import { requireWorkspaceRole } from "./workspaces";

// Job records: what the UI reads while a pg-boss worker (lib/jobs) does the work. A job is its creator's:
// only they see its progress, cancel it and download its file, because the file was made with their
// access (an export under blind review holds only what they may read).

export const jobSelect = {
  id: true, kind: true, status: true, progress: true, total: true, message: true, result: true,
  cancelRequested: true, createdAt: true, startedAt: true, finishedAt: true, expiresAt: true,
} satisfies Prisma.JobSelect;

export type JobView = Prisma.JobGetPayload<{ select: typeof jobSelect }>;

const hours = (n: number) => n * 3_600_000;
/** How long a finished job and its file are kept (CLAIMBENCH_JOB_FILE_TTL_HOURS, default 24). */
export const jobTtlMs = () => hours(Number(process.env.CLAIMBENCH_JOB_FILE_TTL_HOURS ?? 24));
/** A RUNNING job whose heartbeat is older than this lost its worker (CLAIMBENCH_JOB_STALE_SECONDS, default 120). */
const staleMs = () => Number(process.env.CLAIMBENCH_JOB_STALE_SECONDS ?? 120) * 1000;

/** A job's input files may be many megabytes: storing them gets more time than Prisma's default 5 s. */
const ATTACH_TIMEOUT_MS = 10 * 60_000;

/**
 * Records a job for the actor, QUEUED. The caller then hands its id to the queue (lib/jobs/queue.ts).
 * `attach` stores what the job will read (uploaded files) in the same transaction: a job never exists
 * without its inputs, and inputs never outlive a job that failed to be created.
 */
export async function createJob({ actor, slug, kind, payload, total = null, role = "VIEWER", attach }: {
  actor: Actor; slug: string; kind: string; payload: Prisma.InputJsonObject; total?: number | null; role?: Role;
  attach?: (tx: Prisma.TransactionClient, jobId: string) => Promise<void>;
}): Promise<JobView> {
  const access = await requireWorkspaceRole({ actor, slug, role });
  const data = { workspaceId: access.workspace.id, createdById: actor.id, kind, payload, total, message: "Waiting for a worker" };
  if (!attach) return getDb().job.create({ data, select: jobSelect });
  return getDb().$transaction(async (tx) => {
    const job = await tx.job.create({ data, select: jobSelect });
    await attach(tx, job.id);
    return job;
  }, { timeout: ATTACH_TIMEOUT_MS });
}

function ownJob(actor: Actor, slug: string, jobId: string): Prisma.JobWhereInput {
  return { id: jobId, createdById: actor.id, workspace: { slug, memberships: { some: { userId: actor.id } } } };
}

export async function getJob({ actor, slug, jobId }: { actor: Actor; slug: string; jobId: string }): Promise<JobView> {
  const job = await getDb().job.findFirst({ where: ownJob(actor, slug, jobId), select: jobSelect });
  if (!job) throw notFound("That job");
  return job;
}

/** The actor's recent jobs of a kind in the workspace, newest first (expired ones are gone). */
export async function listMyJobs({ actor, slug, kind, take = 10 }: { actor: Actor; slug: string; kind: string; take?: number }): Promise<JobView[]> {
  return getDb().job.findMany({
    where: { kind, createdById: actor.id, workspace: { slug, memberships: { some: { userId: actor.id } } } },
    orderBy: { createdAt: "desc" },
    take,
    select: jobSelect,
  });
}

/**
 * Asks the job to stop. A queued job is cancelled at once; a running one is stopped by its worker at its
 * next progress report, which also deletes what it wrote. Cancelling a finished job changes nothing.
 */
export async function requestJobCancel({ actor, slug, jobId }: { actor: Actor; slug: string; jobId: string }): Promise<JobView> {
  const job = await getJob({ actor, slug, jobId });
  const db = getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.job.updateMany({ where: { id: job.id, status: "QUEUED" }, data: { status: "CANCELLED", cancelRequested: true, message: "Cancelled", finishedAt: new Date(), expiresAt: new Date(Date.now() + jobTtlMs()) } });
    if (count > 0) await tx.jobUploadFile.deleteMany({ where: { jobId: job.id } });
  });
  await db.job.updateMany({ where: { id: job.id, status: "RUNNING" }, data: { cancelRequested: true, message: "Cancelling…" } });
  return getJob({ actor, slug, jobId });
}

// ---- Worker side: system calls by job id, made only by lib/jobs/runner.ts. ----

/** QUEUED → RUNNING, once: null when another worker took it or it was cancelled meanwhile. */
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

export async function claimJob(jobId: string) {
  const now = new Date();
  const { count } = await getDb().job.updateMany({ where: { id: jobId, status: "QUEUED" }, data: { status: "RUNNING", startedAt: now, heartbeatAt: now, message: "Started" } });
  if (count === 0) return null;
  return getDb().job.findUniqueOrThrow({
    where: { id: jobId },
    select: { id: true, kind: true, payload: true, createdById: true, workspace: { select: { slug: true } } },
  });
}

/** Saves progress and the heartbeat; answers whether a cancel was requested. */
export async function reportJobProgress(jobId: string, update: { progress?: number; total?: number | null; message?: string }): Promise<{ cancelRequested: boolean }> {
  const job = await getDb().job.update({ where: { id: jobId }, data: { ...update, heartbeatAt: new Date() }, select: { cancelRequested: true } });
  return job;
}

export async function isJobCancelRequested(jobId: string): Promise<boolean> {
  const job = await getDb().job.findUnique({ where: { id: jobId }, select: { cancelRequested: true } });
  return job?.cancelRequested ?? true;
}

export async function appendJobFileChunk(jobId: string, seq: number, data: Uint8Array): Promise<void> {
  await getDb().jobFileChunk.create({ data: { jobId, seq, data: new Uint8Array(data) } });
}

/** The files uploaded for a job, in upload order, without their bytes (read each with readJobUpload). */
export async function listJobUploads(jobId: string): Promise<{ seq: number; name: string; size: number }[]> {
  return getDb().jobUploadFile.findMany({ where: { jobId }, orderBy: { seq: "asc" }, select: { seq: true, name: true, size: true } });
}

/** One uploaded file's bytes; null when it was over the limit and so never stored. */
export async function readJobUpload(jobId: string, seq: number): Promise<Uint8Array | null> {
  const upload = await getDb().jobUploadFile.findUnique({ where: { jobId_seq: { jobId, seq } }, select: { data: true } });
  if (!upload) throw new Error(`Upload ${seq} of job ${jobId} is missing: the job ended while it was being read.`);
  return upload.data;
}

/** SUCCEEDED with its result; the files uploaded for it are deleted in the same transaction. */
export async function completeJob(jobId: string, result: Prisma.InputJsonObject, message = "Done"): Promise<void> {
  const now = new Date();
  await getDb().$transaction([
    getDb().jobUploadFile.deleteMany({ where: { jobId } }),
    getDb().job.update({ where: { id: jobId }, data: { status: "SUCCEEDED", result, message, finishedAt: now, heartbeatAt: now, expiresAt: new Date(now.getTime() + jobTtlMs()) } }),
  ]);
}

/** FAILED or CANCELLED, and whatever file it had begun and the files uploaded for it deleted, in one transaction. */
export async function endJobUnfinished(jobId: string, status: "FAILED" | "CANCELLED", message: string): Promise<void> {
  const now = new Date();
  await getDb().$transaction([
    getDb().jobFileChunk.deleteMany({ where: { jobId } }),
    getDb().jobUploadFile.deleteMany({ where: { jobId } }),
    getDb().job.update({ where: { id: jobId }, data: { status, message, finishedAt: now, expiresAt: new Date(now.getTime() + jobTtlMs()) } }),
  ]);
}

/**
 * Housekeeping, safe to run on every instance at once: deletes expired jobs with their files, and fails
 * jobs whose worker died (a RUNNING job without a heartbeat for a while), deleting their partial files.
 */
export async function sweepJobs(now = new Date()): Promise<{ expired: number; abandoned: number }> {
  const db = getDb();
  const stale = await db.job.findMany({ where: { status: "RUNNING", heartbeatAt: { lt: new Date(now.getTime() - staleMs()) } }, select: { id: true } });
  for (const job of stale) await endJobUnfinished(job.id, "FAILED", "The server running this job stopped before it finished. Start it again.");
  const { count } = await db.job.deleteMany({ where: { expiresAt: { lt: now } } });
  return { expired: count, abandoned: stale.length };
}

/** The file a finished job wrote, read back chunk by chunk so that serving it stays small in memory. */
export async function openJobFile({ actor, slug, jobId }: { actor: Actor; slug: string; jobId: string }) {
  const job = await getJob({ actor, slug, jobId });
  const file = job.result as { filename?: string; contentType?: string; size?: number } | null;
  if (job.status !== "SUCCEEDED" || !file?.filename || !file.contentType) {
    throw new AppError("CONFLICT", job.status === "SUCCEEDED" ? "This job made no file." : "This export is not ready yet: wait for the progress bar to finish.");
  }
  const chunkCount = await getDb().jobFileChunk.count({ where: { jobId: job.id } });
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let seq = 0; seq < chunkCount; seq++) {
      const chunk = await getDb().jobFileChunk.findUnique({ where: { jobId_seq: { jobId: job.id, seq } }, select: { data: true } });
      if (!chunk) throw new Error(`Chunk ${seq} of job ${job.id} is missing: the file expired while it was being read.`);
      yield chunk.data;
    }
  }
  return { filename: file.filename, contentType: file.contentType, size: file.size ?? null, chunks: chunks() };
}
