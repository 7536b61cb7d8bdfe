import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { appendJobFileChunk, claimJob, completeJob, endJobRun, failLostJobs, reportJobProgress } from "./job-runs";
import { createJob, openJobFile } from "./jobs";
import { createTestWorkspace } from "@test-support/data";
import { DEFAULT_JOB_LIVENESS, readJobLiveness } from "@/lib/domain/job-liveness";
import { defineJobKind, type JobContext } from "@/lib/jobs/job-kinds";
import { watchForLostJobs } from "@/lib/jobs/lost-jobs";
import { runJob, stopRunningJobs } from "@/lib/jobs/runner";

// Two processes share every job row: the worker running a job, and any worker's sweep for lost jobs.
// These run both against the real database, with short intervals set the way an operator would.

const KIND = "liveness-test";
const LOST = "The server running this job stopped before it finished. Start it again.";

afterEach(() => vi.unstubAllEnvs());

async function startJob() {
  const { workspace, users } = await createTestWorkspace(["EDITOR"]);
  const actor = users.EDITOR;
  const job = await createJob({ actor, slug: workspace.slug, kind: KIND, payload: {} });
  const read = () => getDb().job.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, message: true, progress: true } });
  const chunks = () => getDb().jobFileChunk.count({ where: { jobId: job.id } });
  return { job, actor, slug: workspace.slug, read, chunks };
}

const kindRunning = (run: (context: JobContext<unknown>) => Promise<{ filename: string; contentType: string; size: number }>) => ({
  [KIND]: defineJobKind({ kind: KIND, payloadSchema: z.unknown(), queue: { concurrency: 1, expireInSeconds: 60 }, run }),
});

describe("a running job and another server's sweep", () => {
  it("a step longer than the stale threshold is not failed while another server sweeps for lost jobs all along", async () => {
    vi.stubEnv("CLAIMBENCH_JOB_HEARTBEAT_SECONDS", "0.4");
    vi.stubEnv("CLAIMBENCH_JOB_STALE_SECONDS", "2");
    const { staleMs } = readJobLiveness(process.env);
    const { job, actor, slug, read } = await startJob();
    const kinds = kindRunning(async ({ progress, file }) => {
      await progress(0, 1, "One long step");
      await sleep(staleMs * 2.5); // reports nothing all that time: only the timed heartbeat shows it is alive
      await file.write(new TextEncoder().encode("made after the long step"));
      await progress(1, 1);
      return { filename: "long.txt", contentType: "text/plain", size: file.size };
    });

    let sweeping = true;
    const seenByOtherServer: string[] = [];
    const otherServer = (async () => {
      while (sweeping) {
        await failLostJobs(staleMs);
        seenByOtherServer.push((await read()).status);
        await sleep(100);
      }
    })();
    await runJob(job.id, kinds);
    sweeping = false;
    await otherServer;

    expect(seenByOtherServer).not.toContain("FAILED");
    expect(seenByOtherServer.filter((status) => status === "RUNNING").length).toBeGreaterThan(5); // it swept during the step
    expect(await read()).toMatchObject({ status: "SUCCEEDED", progress: 1 });
    const file = await openJobFile({ actor, slug, jobId: job.id });
    const parts: Uint8Array[] = [];
    for await (const part of file.chunks) parts.push(part);
    expect(Buffer.concat(parts).toString()).toBe("made after the long step");
  });

  it("a job failed by another server while it runs stops, and its later writes change nothing", async () => {
    // Heartbeats far apart, so that the test can age this job's heartbeat and let a real sweep take it.
    vi.stubEnv("CLAIMBENCH_JOB_HEARTBEAT_SECONDS", "100");
    vi.stubEnv("CLAIMBENCH_JOB_STALE_SECONDS", "400");
    vi.stubEnv("CLAIMBENCH_JOB_CANCEL_POLL_MS", "100");
    const { job, read, chunks } = await startJob();
    const seen = { aborted: false, refusedWrite: false, refusedProgress: false };
    let reachedWait!: () => void;
    const waiting = new Promise<void>((resolve) => (reachedWait = resolve));
    const kinds = kindRunning(async ({ progress, file, signal }) => {
      await progress(0, 2, "Working");
      await file.write(new Uint8Array([1]));
      reachedWait();
      await sleep(20_000, undefined, { signal }).catch(() => undefined);
      seen.aborted = signal.aborted;
      await file.write(new Uint8Array([2])).catch(() => (seen.refusedWrite = true));
      await progress(1, 2).catch(() => (seen.refusedProgress = true));
      return { filename: "never.bin", contentType: "application/octet-stream", size: file.size };
    });

    const running = runJob(job.id, kinds);
    await waiting;
    await getDb().job.update({ where: { id: job.id }, data: { heartbeatAt: new Date(Date.now() - 3_600_000) } });
    expect(await failLostJobs(60_000)).toBeGreaterThanOrEqual(1); // another server's sweep
    await running;

    expect(seen).toEqual({ aborted: true, refusedWrite: true, refusedProgress: true });
    expect(await read()).toEqual({ status: "FAILED", message: LOST, progress: 0 });
    expect(await chunks()).toBe(0);
  });

  it("progress, completion, failure and file writes of a run that lost its job apply to nothing", async () => {
    const { job, read, chunks } = await startJob();
    const claimed = await claimJob(job.id);
    if (!claimed) throw new Error("the job should be claimed");
    expect(await claimJob(job.id)).toBeNull(); // a second worker cannot take it
    expect(await reportJobProgress(claimed.run, { progress: 1 })).toEqual({ running: true, cancelRequested: false });
    const otherRun = { jobId: job.id, runId: crypto.randomUUID() };
    expect(await reportJobProgress(otherRun, { progress: 9 })).toEqual({ running: false, cancelRequested: false });

    await getDb().job.update({ where: { id: job.id }, data: { heartbeatAt: new Date(Date.now() - 3_600_000) } });
    await failLostJobs(60_000);
    expect(await reportJobProgress(claimed.run, { progress: 5 })).toMatchObject({ running: false });
    expect(await appendJobFileChunk(claimed.run, 0, new Uint8Array([1]))).toBe(false);
    expect(await completeJob(claimed.run, { filename: "late.txt", contentType: "text/plain", size: 1 })).toBe(false);
    expect(await endJobRun(claimed.run, "CANCELLED", "Cancelled")).toBe(false);
    expect(await read()).toEqual({ status: "FAILED", message: LOST, progress: 1 });
    expect(await chunks()).toBe(0);
  });
});

describe("a worker that is stopped", () => {
  it("fails the jobs it runs at once, saying the server was stopped, rather than leaving them RUNNING", async () => {
    const { job, read, chunks } = await startJob();
    let reachedWait!: () => void;
    const waiting = new Promise<void>((resolve) => (reachedWait = resolve));
    const kinds = kindRunning(async ({ progress, file, signal }) => {
      await progress(0, 1, "Working");
      await file.write(new Uint8Array([1]));
      reachedWait();
      await sleep(20_000, undefined, { signal });
      return { filename: "never.bin", contentType: "application/octet-stream", size: file.size };
    });
    const running = runJob(job.id, kinds);
    await waiting;
    stopRunningJobs(); // what the worker process does on SIGTERM or Ctrl-C, before closing its queue
    await running;
    expect(await read()).toMatchObject({ status: "FAILED", message: "The server running this job was stopped before it finished. Start it again." });
    expect(await chunks()).toBe(0);
  });
});

describe("a crashed worker's job", () => {
  it("is failed by the lost-job watch once its heartbeat is older than the threshold, its partial file deleted", async () => {
    const { job, read, chunks } = await startJob();
    const claimed = await claimJob(job.id); // the worker claims it, writes a little, then dies: no more heartbeats
    if (!claimed) throw new Error("the job should be claimed");
    await appendJobFileChunk(claimed.run, 0, new Uint8Array([1, 2, 3]));
    // Its last heartbeat was a little less than the default threshold ago.
    const lastBeat = new Date(Date.now() - DEFAULT_JOB_LIVENESS.staleMs + 2_000);
    await getDb().job.update({ where: { id: job.id }, data: { heartbeatAt: lastBeat } });

    const stop = watchForLostJobs({ ...DEFAULT_JOB_LIVENESS, staleSweepMs: 200 });
    try {
      for (let n = 0; n < 100 && (await read()).status === "RUNNING"; n++) await sleep(100);
    } finally {
      stop();
    }
    expect(await read()).toMatchObject({ status: "FAILED", message: LOST });
    expect(await chunks()).toBe(0);
  });
});
