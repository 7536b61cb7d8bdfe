import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canDownloadJobFile, requiredRole, type PermissionAction } from "@/lib/domain/permissions";
import { ROLE_LABELS, type Role } from "@/lib/domain/roles";
import type { Actor } from "../scope";
import { getWorkspaceAccess, requireWorkspaceRole } from "../workspaces/workspaces";

// Job records: what the UI reads while a pg-boss worker (lib/jobs) does the work. A job is its creator's:
// only they see its progress, cancel it and download its file, because the file was made with their
// access (an export under blind review holds only what they may read).

export const jobSelect = {
  id: true, kind: true, status: true, progress: true, total: true, message: true, result: true,
  cancelRequested: true, requiredRole: true, createdAt: true, startedAt: true, finishedAt: true, expiresAt: true,
} satisfies Prisma.JobSelect;

export type JobView = Prisma.JobGetPayload<{ select: typeof jobSelect }>;

const hours = (n: number) => n * 3_600_000;
/** How long a finished job and its file are kept (CLAIMBENCH_JOB_FILE_TTL_HOURS, default 24). */
export const jobTtlMs = () => hours(Number(process.env.CLAIMBENCH_JOB_FILE_TTL_HOURS ?? 24));

/** A job's input files may be many megabytes: storing them gets more time than Prisma's default 5 s. */
const ATTACH_TIMEOUT_MS = 10 * 60_000;

/**
 * Records a job for the actor, QUEUED. The caller then hands its id to the queue (lib/jobs/queue.ts).
 * `attach` stores what the job will read (uploaded files) in the same transaction: a job never exists
 * without its inputs, and inputs never outlive a job that failed to be created.
 */
export async function createJob({ actor, slug, kind, payload, total = null, action = "read", attach }: {
  /** What the job does, for the role it needs (refused in its words) and the role its file keeps needing. */
  actor: Actor; slug: string; kind: string; payload: Prisma.InputJsonObject; total?: number | null; action?: PermissionAction;
  attach?: (tx: Prisma.TransactionClient, jobId: string) => Promise<void>;
}): Promise<JobView> {
  const access = await requireWorkspaceRole({ actor, slug, action });
  const data = { workspaceId: access.workspace.id, createdById: actor.id, kind, payload, total, requiredRole: requiredRole(action), message: "Waiting for a worker" };
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

// ---- Worker side: reading a job's inputs (its state changes are in job-runs.ts). ----

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

/** The file a finished job wrote, read back chunk by chunk so that serving it stays small in memory. */
export async function openJobFile({ actor, slug, jobId }: { actor: Actor; slug: string; jobId: string }) {
  const job = await getJob({ actor, slug, jobId });
  await requireJobRole({ actor, slug, requiredRole: job.requiredRole });
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

/**
 * The file holds what the job's start needed a role for (a JSON export: every verdict and the audit
 * trail, for editors). Its creator may have been demoted since: they must still hold that role.
 */
async function requireJobRole({ actor, slug, requiredRole }: { actor: Actor; slug: string; requiredRole: Role }): Promise<void> {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) throw notFound("That job");
  if (canDownloadJobFile(access.role, { requiredRole })) return;
  throw new AppError(
    "FORBIDDEN",
    `This file can no longer be downloaded: making it needed the ${ROLE_LABELS[requiredRole].toLowerCase()} role, and your role in this workspace is now ${ROLE_LABELS[access.role].toLowerCase()}. Ask an owner if you need it.`,
  );
}
