// A job as the browser sees it: what the status route returns and the progress component polls. Plain data.
export type JobStatusName = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";

export interface JobStatus {
  id: string;
  kind: string;
  status: JobStatusName;
  progress: number;
  total: number | null;
  message: string | null;
  /** The file a finished job made, and where to download it. */
  file: { filename: string; size: number; url: string } | null;
  createdAt: string;
  expiresAt: string | null;
}

export const isJobActive = (status: JobStatusName) => status === "QUEUED" || status === "RUNNING";

export function jobStatusUrl(slug: string, jobId: string): string {
  return `/w/${encodeURIComponent(slug)}/jobs/${encodeURIComponent(jobId)}`;
}

interface JobLike {
  id: string; kind: string; status: JobStatusName; progress: number; total: number | null; message: string | null;
  result: unknown; createdAt: Date; expiresAt: Date | null;
}

export function toJobStatus(slug: string, job: JobLike): JobStatus {
  const result = job.result as { filename?: unknown; size?: unknown } | null;
  const hasFile = job.status === "SUCCEEDED" && typeof result?.filename === "string";
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    total: job.total,
    message: job.message,
    file: hasFile ? { filename: String(result.filename), size: Number(result.size ?? 0), url: `${jobStatusUrl(slug, job.id)}/file` } : null,
    createdAt: job.createdAt.toISOString(),
    expiresAt: job.expiresAt?.toISOString() ?? null,
  };
}
