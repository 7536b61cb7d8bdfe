import "server-only";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { ArticleImportStatus } from "@/lib/generated/prisma/client";
import type { ArticleUploadOptions } from "@/lib/schemas/article-import";
import { maxUploadBytes } from "@/lib/uploads";
import type { FileOutcome, ImportFile } from "@/lib/workflows/article-import/article-import";
import { createJob, getJob, listJobUploads, listMyJobs, readJobUpload, type JobView } from "@/lib/data/jobs/jobs";
import type { Actor } from "@/lib/data/scope";

// The article bulk import as a background job (lib/jobs/article-import-job.ts runs it): the upload is
// stored with its job, read back file by file by whichever instance's worker takes it, and each file's
// outcome is written as soon as it is known, so the list survives a reload, a cancel or a dead worker.

export const ARTICLE_IMPORT_JOB_KIND = "article-import";

/**
 * Records an import job with its uploaded files (editors and above), all in one transaction. A file over
 * the upload limit is checked before it is read and never stored: the job lists it as refused. The
 * caller then enqueues the job; the files are deleted as soon as the job ends, however it ends.
 */
export async function createArticleImportJob({ actor, slug, files, options }: {
  actor: Actor; slug: string; files: readonly ImportFile[]; options: ArticleUploadOptions;
}): Promise<JobView> {
  const limit = maxUploadBytes();
  return createJob({
    actor, slug, kind: ARTICLE_IMPORT_JOB_KIND, payload: options, total: files.length, action: "editArticles",
    async attach(tx, jobId) {
      for (const [seq, file] of files.entries()) {
        const data = file.size > limit ? null : new Uint8Array(await file.read());
        await tx.jobUploadFile.create({ data: { jobId, seq, name: file.name, size: file.size, data } });
      }
    },
  });
}

/** A job's uploaded files as importArticleFiles reads them: each one's bytes are fetched only on its turn. */
export async function openJobUploads(jobId: string): Promise<ImportFile[]> {
  const uploads = await listJobUploads(jobId);
  return uploads.map(({ seq, name, size }) => ({
    name,
    size,
    async read() {
      const data = await readJobUpload(jobId, seq);
      // Only files over the limit are stored without bytes, and the importer refuses those before reading.
      if (!data) throw new Error(`Upload ${seq} of job ${jobId} was not stored (over the limit) but was read.`);
      return data;
    },
  }));
}

const STATUS: Record<FileOutcome["status"], ArticleImportStatus> = { imported: "IMPORTED", duplicate: "DUPLICATE", refused: "REFUSED" };

/** Worker side: what became of the file at `seq` of the job. */
export async function recordArticleImportOutcome(jobId: string, seq: number, outcome: FileOutcome): Promise<void> {
  await getDb().articleImportOutcome.create({
    data: {
      jobId,
      seq,
      fileName: outcome.file,
      status: STATUS[outcome.status],
      reason: outcome.status === "imported" ? null : outcome.reason,
      articleId: outcome.status === "refused" ? null : outcome.articleId,
      title: outcome.status === "imported" ? outcome.title : null,
      removed: outcome.status === "imported" ? outcome.removed : 0,
    },
  });
}

export interface ArticleImportView {
  job: JobView;
  /** One per file done so far, in upload order. */
  outcomes: FileOutcome[];
}

async function withOutcomes(job: JobView): Promise<ArticleImportView> {
  const rows = await getDb().articleImportOutcome.findMany({
    where: { jobId: job.id },
    orderBy: { seq: "asc" },
    select: { fileName: true, status: true, reason: true, articleId: true, title: true, removed: true },
  });
  const outcomes = rows.map((row): FileOutcome => {
    const reason = row.reason ?? "";
    if (row.status === "IMPORTED" && row.articleId) return { file: row.fileName, status: "imported", articleId: row.articleId, title: row.title ?? row.fileName, removed: row.removed };
    if (row.status === "DUPLICATE") return { file: row.fileName, status: "duplicate", reason, articleId: row.articleId };
    return { file: row.fileName, status: "refused", reason };
  });
  return { job, outcomes };
}

/**
 * One of the actor's import jobs with the outcomes so far (only its creator sees it). `kind`: another
 * job that records its outcomes here, one per item (the URL-list import: one per address).
 */
export async function getArticleImport({ actor, slug, jobId, kind = ARTICLE_IMPORT_JOB_KIND }: { actor: Actor; slug: string; jobId: string; kind?: string }): Promise<ArticleImportView> {
  const job = await getJob({ actor, slug, jobId });
  if (job.kind !== kind) throw notFound("That import");
  return withOutcomes(job);
}

/** The actor's most recent import in the workspace, for the import page after a reload; null if none is kept. */
export async function getLatestArticleImport({ actor, slug, kind = ARTICLE_IMPORT_JOB_KIND }: { actor: Actor; slug: string; kind?: string }): Promise<ArticleImportView | null> {
  const [job] = await listMyJobs({ actor, slug, kind, take: 1 });
  return job ? withOutcomes(job) : null;
}
