import "server-only";
import type { z } from "zod";

// The generic side of background jobs: a kind names a handler; the handler gets its payload (parsed with
// the kind's schema), the acting user, a progress callback, a cancellation signal and a file to write.
// See lib/jobs/README.md for adding a kind (the article bulk import is meant to be the next one).

export class JobCancelledError extends Error {
  constructor() {
    super("The job was cancelled.");
    this.name = "JobCancelledError";
  }
}

export interface JobFileWriter {
  /** Appends bytes; they are stored in Postgres in chunks of about 1 MB as they come. */
  write(bytes: Uint8Array): Promise<void>;
  /** Bytes written so far. */
  readonly size: number;
}

export interface JobContext<P> {
  jobId: string;
  /** The user who started the job: the handler acts with their access, checked again by lib/data. */
  actor: { id: string };
  slug: string;
  payload: P;
  /**
   * Reports units done (and the total once known). Throws JobCancelledError when a cancel was requested,
   * so a handler that reports progress between steps stops there without further checks.
   */
  progress(done: number, total?: number, message?: string): Promise<void>;
  /** Aborted when a cancel is requested (checked every few seconds as well as at each progress report). */
  signal: AbortSignal;
  file: JobFileWriter;
}

/** What a handler returns: stored as the job's result. For a file: its name, type and size. */
export type JobResult = { filename: string; contentType: string; size: number } | Record<string, string | number | boolean | null>;

export interface JobKind<P> {
  kind: string;
  payloadSchema: z.ZodType<P>;
  /** pg-boss queue settings for this kind. */
  queue: { concurrency: number; expireInSeconds: number };
  run(context: JobContext<P>): Promise<JobResult>;
}

export function defineJobKind<P>(kind: JobKind<P>): JobKind<P> {
  return kind;
}
