import "server-only";
import {
  appendJobFileChunk, claimJob, completeJob, endJobUnfinished, isJobCancelRequested, reportJobProgress,
} from "@/lib/data/jobs";
import { AppError } from "@/lib/errors";
import { JobCancelledError, type JobContext, type JobFileWriter, type JobKind } from "./job-kinds";
import { JOB_KINDS } from "./registry";

const CANCEL_POLL_MS = Number(process.env.CLAIMBENCH_JOB_CANCEL_POLL_MS ?? 2000);

function fileWriter(jobId: string): JobFileWriter {
  let seq = 0;
  let size = 0;
  return {
    async write(bytes) {
      if (bytes.byteLength === 0) return;
      await appendJobFileChunk(jobId, seq++, bytes);
      size += bytes.byteLength;
    },
    get size() {
      return size;
    },
  };
}

/**
 * Runs one job to its end: SUCCEEDED with its result, CANCELLED or FAILED with its partial file deleted.
 * Called by the pg-boss worker with the job id; a job that is not QUEUED any more (cancelled before it
 * started, or taken by another worker) is left alone. Never throws for the job's own failure: the job
 * row records it, and pg-boss does not retry (a half-done export is not resumable).
 */
export async function runJob(jobId: string, kinds: Record<string, JobKind<unknown>> = JOB_KINDS): Promise<void> {
  const job = await claimJob(jobId);
  if (!job) return;
  const controller = new AbortController();
  const poll = setInterval(() => {
    void isJobCancelRequested(jobId).then((requested) => requested && controller.abort(), () => undefined);
  }, CANCEL_POLL_MS);
  try {
    const kind = kinds[job.kind];
    if (!kind) throw new Error(`No handler for job kind "${job.kind}".`);
    if (!job.createdById) throw new AppError("NOT_FOUND", "The user who started this job no longer exists.");
    const parsed = kind.payloadSchema.safeParse(job.payload);
    if (!parsed.success) throw new AppError("VALIDATION", "This job's settings are no longer valid. Start it again.");
    const context: JobContext<unknown> = {
      jobId,
      actor: { id: job.createdById },
      slug: job.workspace.slug,
      payload: parsed.data,
      signal: controller.signal,
      file: fileWriter(jobId),
      async progress(done, total, message) {
        if (controller.signal.aborted) throw new JobCancelledError();
        const { cancelRequested } = await reportJobProgress(jobId, { progress: done, ...(total === undefined ? {} : { total }), ...(message ? { message } : {}) });
        if (cancelRequested) {
          controller.abort();
          throw new JobCancelledError();
        }
      },
    };
    const result = await kind.run(context);
    if (controller.signal.aborted || (await isJobCancelRequested(jobId))) throw new JobCancelledError();
    await completeJob(jobId, result);
  } catch (error) {
    if (error instanceof JobCancelledError || controller.signal.aborted) {
      await endJobUnfinished(jobId, "CANCELLED", "Cancelled");
    } else {
      console.error(`Job ${jobId} (${job.kind}) failed`, error);
      // AppError messages are written for users; anything else is not shown to them.
      await endJobUnfinished(jobId, "FAILED", error instanceof AppError ? error.message : "The job failed unexpectedly. Try again; if it fails again, tell an administrator.");
    }
  } finally {
    clearInterval(poll);
  }
}
