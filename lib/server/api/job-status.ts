import type { FileOutcome } from "@/lib/workflows/article-import/article-import";
import { toJobStatus, type JobStatus } from "@/lib/jobs/job-status";

type JobLike = Parameters<typeof toJobStatus>[1];

/**
 * A job as the API answers it: the status the app's progress bar polls, with the file's address under
 * the API (so a token can fetch it) and, for an article import, each file's outcome so far.
 */
export function toApiJobStatus(slug: string, job: JobLike, outcomes?: FileOutcome[]): JobStatus & { outcomes?: FileOutcome[] } {
  const status = toJobStatus(slug, job);
  const file = status.file && { ...status.file, url: `/api/v1/workspaces/${encodeURIComponent(slug)}/jobs/${encodeURIComponent(job.id)}/file` };
  return { ...status, file, ...(outcomes ? { outcomes } : {}) };
}
