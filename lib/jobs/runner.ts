import "server-only";
import {
  appendJobFileChunk, claimJob, completeJob, endJobRun, readJobRun, reportJobProgress, type JobRun, type JobRunState,
} from "@/lib/data/jobs/job-runs";
import { readJobLiveness } from "@/lib/domain/job-liveness";
import { AppError } from "@/lib/errors";
import { classifyError } from "@/lib/server/errors";
import { JobCancelledError, type JobContext, type JobFileWriter, type JobKind } from "./job-kinds";
import { JOB_KINDS } from "./registry";

/** The run no longer holds its job: another process ended it (a sweep took it for lost). Its work is void. */
class JobLostError extends Error {
  constructor() {
    super("The job is no longer running here.");
    this.name = "JobLostError";
  }
}

/** This worker process is stopping: its jobs are failed now rather than when their heartbeat goes stale. */
class WorkerStoppingError extends Error {
  constructor() {
    super("The worker is stopping.");
    this.name = "WorkerStoppingError";
  }
}

const STOPPED_MESSAGE = "The server running this job was stopped before it finished. Start it again.";
const UNEXPECTED_MESSAGE = "The job failed unexpectedly. Try again; if it fails again, tell an administrator.";

/** The jobs this process is running, so that a stopping worker can end them (stopRunningJobs). */
const running = new Set<AbortController>();

function fileWriter(run: JobRun, stop: (reason: Error) => never): JobFileWriter {
  let seq = 0;
  let size = 0;
  return {
    async write(bytes) {
      if (bytes.byteLength === 0) return;
      if (!(await appendJobFileChunk(run, seq++, bytes))) stop(new JobLostError());
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
 * started, or taken by another worker) is left alone. While it runs, its heartbeat is written on a timer
 * (so a long step is not taken for a dead worker), and whether it was cancelled or ended by another
 * process is read every few seconds: either aborts `signal`, and the next progress report throws. Never
 * throws for the job's own failure: the job row records it, and pg-boss does not retry.
 */
export async function runJob(jobId: string, kinds: Record<string, JobKind<unknown>> = JOB_KINDS): Promise<void> {
  const liveness = readJobLiveness(process.env);
  const job = await claimJob(jobId);
  if (!job) return;
  const { run } = job;
  const controller = new AbortController();
  running.add(controller);
  const stop = (reason: Error): never => {
    if (!controller.signal.aborted) controller.abort(reason);
    throw controller.signal.reason;
  };
  const heed = (state: JobRunState) => {
    if (!state.running) stop(new JobLostError());
    if (state.cancelRequested) stop(new JobCancelledError());
  };
  const watch = (read: () => Promise<JobRunState>) => () => void read().then(heed).catch(() => undefined);
  const timers = [
    setInterval(watch(() => reportJobProgress(run)), liveness.heartbeatMs),
    setInterval(watch(() => readJobRun(run)), liveness.cancelPollMs),
  ];
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
      file: fileWriter(run, stop),
      async progress(done, total, message) {
        controller.signal.throwIfAborted();
        heed(await reportJobProgress(run, { progress: done, ...(total === undefined ? {} : { total }), ...(message ? { message } : {}) }));
      },
    };
    const result = await kind.run(context);
    controller.signal.throwIfAborted();
    heed(await readJobRun(run));
    if (!(await completeJob(run, result))) stop(new JobLostError());
  } catch (error) {
    await endRun(run, job.kind, controller.signal.aborted ? controller.signal.reason : error);
  } finally {
    timers.forEach(clearInterval);
    running.delete(controller);
  }
}

async function endRun(run: JobRun, kind: string, reason: unknown): Promise<void> {
  if (reason instanceof JobLostError) {
    console.warn(`Job ${run.jobId} (${kind}) stopped: another process ended it (its heartbeat was taken for stale), so this run's work is dropped.`);
  } else if (reason instanceof JobCancelledError) {
    await endJobRun(run, "CANCELLED", "Cancelled");
  } else if (reason instanceof WorkerStoppingError) {
    await endJobRun(run, "FAILED", STOPPED_MESSAGE);
  } else {
    // What the job's page shows: an AppError's message (written for users) or a known database
    // error's, as any other door would answer it; anything else is logged and not shown.
    const failure = classifyError(reason, `job ${run.jobId} (${kind})`, UNEXPECTED_MESSAGE);
    // The classifier logged an unknown error with its stack; a known one is logged here, for operators.
    if (failure.code !== "INTERNAL" || reason instanceof AppError) console.error(`Job ${run.jobId} (${kind}) failed:`, reason);
    await endJobRun(run, "FAILED", failure.message);
  }
}

/**
 * Aborts every job this process runs, for a worker that is shutting down: each is failed at once (with a
 * message saying the server stopped) instead of staying RUNNING until the lost-job sweep finds it.
 */
export function stopRunningJobs(): void {
  for (const controller of running) if (!controller.signal.aborted) controller.abort(new WorkerStoppingError());
}
