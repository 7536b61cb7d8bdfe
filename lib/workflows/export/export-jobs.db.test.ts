import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { insertBenchClaims } from "@test-support/bulk-claims";
import { deleteExpiredJobs, failLostJobs } from "@/lib/data/jobs/job-runs";
import { createJob, getJob, openJobFile, requestJobCancel } from "@/lib/data/jobs/jobs";
import { createTestArticle, createTestWorkspace } from "@test-support/data";
import { getDb } from "@/lib/db/client";
import { REPORT_BATCH_SIZE } from "@/lib/data/reports/report-data";
import { exportJob } from "@/lib/jobs/export-job";
import { defineJobKind, type JobKind } from "@/lib/jobs/job-kinds";
import { enqueueJob, getBoss, startJobWorkers, stopJobQueue, sweepAndRequeue } from "@/lib/jobs/queue";
import { runJob } from "@/lib/jobs/runner";

const CLAIMS = REPORT_BATCH_SIZE * 2 + 37;
let ws: Awaited<ReturnType<typeof createTestWorkspace>>;

beforeAll(async () => {
  ws = await createTestWorkspace();
  const article = await createTestArticle(ws.workspace.id);
  const spans = Array.from({ length: CLAIMS }, (_, n) => ({ start: 0, end: 6, statement: `Bench claim ${n}`, status: n % 3 === 0 ? "RESOLVED" as const : "OPEN" as const }));
  await insertBenchClaims({ workspaceId: ws.workspace.id, articleId: article.id, spans, createdById: ws.users.EDITOR.id });
});

afterAll(() => stopJobQueue());

const editor = () => ws.users.EDITOR;
const startExport = () => createJob({ actor: editor(), slug: ws.workspace.slug, kind: "export", payload: { format: "csv" } });
const chunkCount = (jobId: string) => getDb().jobFileChunk.count({ where: { jobId } });

/** The export job, with every progress report it makes recorded and a hook after each. */
function observed(after: (done: number, jobId: string) => Promise<void> = async () => {}) {
  const seen: { done: number; total?: number }[] = [];
  const kind: JobKind<unknown> = {
    ...exportJob,
    run: (context) => exportJob.run({
      ...context,
      payload: context.payload as z.infer<typeof exportJob.payloadSchema>,
      async progress(done, total, message) {
        seen.push({ done, total });
        await context.progress(done, total, message);
        await after(done, context.jobId);
      },
    }),
  };
  return { seen, kinds: { export: kind } };
}

async function readFile(job: { id: string }) {
  const file = await openJobFile({ actor: editor(), slug: ws.workspace.slug, jobId: job.id });
  const parts: Uint8Array[] = [];
  for await (const part of file.chunks) parts.push(part);
  return { ...file, text: Buffer.concat(parts).toString("utf8") };
}

describe("export job", () => {
  it("runs to completion, reporting progress batch by batch, and stores the file for any instance to serve", async () => {
    const job = await startExport();
    const { seen, kinds } = observed();
    await runJob(job.id, kinds);
    const done = await getJob({ actor: editor(), slug: ws.workspace.slug, jobId: job.id });
    expect(done).toMatchObject({ status: "SUCCEEDED", progress: CLAIMS, total: CLAIMS });
    expect(seen.map((s) => s.done)).toEqual([0, REPORT_BATCH_SIZE, REPORT_BATCH_SIZE * 2, CLAIMS]);
    const file = await readFile(job);
    expect(file.filename).toMatch(/\.csv$/);
    expect(parse(file.text, { bom: true, columns: true })).toHaveLength(CLAIMS);
    expect(file.size).toBe(Buffer.byteLength(file.text));
    expect(done.expiresAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("stops when cancelled halfway, leaving no file chunks and a CANCELLED job", async () => {
    const job = await startExport();
    const { seen, kinds } = observed(async (done, jobId) => {
      if (done === REPORT_BATCH_SIZE) await requestJobCancel({ actor: editor(), slug: ws.workspace.slug, jobId });
    });
    await runJob(job.id, kinds);
    const after = await getJob({ actor: editor(), slug: ws.workspace.slug, jobId: job.id });
    expect(after.status).toBe("CANCELLED");
    expect(seen.at(-1)!.done).toBeLessThan(CLAIMS);
    expect(await chunkCount(job.id)).toBe(0);
    await expect(openJobFile({ actor: editor(), slug: ws.workspace.slug, jobId: job.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("deletes the chunks a job already wrote when it is cancelled after writing them", async () => {
    const kind = defineJobKind({
      kind: "export",
      payloadSchema: z.object({}).passthrough(),
      queue: { concurrency: 1, expireInSeconds: 60 },
      async run({ file, progress }) {
        for (let n = 0; n < 3; n++) await file.write(new Uint8Array([n]));
        expect(await chunkCount(job.id)).toBe(3);
        await requestJobCancel({ actor: editor(), slug: ws.workspace.slug, jobId: job.id });
        await progress(3, 10);
        throw new Error("progress must throw once a cancel is requested");
      },
    });
    const job = await startExport();
    await runJob(job.id, { export: kind });
    expect((await getJob({ actor: editor(), slug: ws.workspace.slug, jobId: job.id })).status).toBe("CANCELLED");
    expect(await chunkCount(job.id)).toBe(0);
  });

  it("cancels a queued job at once, and a worker then leaves it alone", async () => {
    const job = await startExport();
    expect((await requestJobCancel({ actor: editor(), slug: ws.workspace.slug, jobId: job.id })).status).toBe("CANCELLED");
    await runJob(job.id);
    expect((await getJob({ actor: editor(), slug: ws.workspace.slug, jobId: job.id })).status).toBe("CANCELLED");
  });

  it("shows a job only to the member who started it", async () => {
    const job = await startExport();
    await expect(getJob({ actor: ws.users.OWNER, slug: ws.workspace.slug, jobId: job.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestJobCancel({ actor: ws.users.VIEWER, slug: ws.workspace.slug, jobId: job.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await requestJobCancel({ actor: editor(), slug: ws.workspace.slug, jobId: job.id });
  });
});

describe("a job's file after its creator's role changes", () => {
  it("a JSON export made by an editor is refused to them once demoted (403, saying why); their CSV export is still theirs", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR"]);
    const slug = workspace.slug;
    const actor = users.EDITOR;
    const start = (format: "json" | "csv") => createJob({ actor, slug, kind: "export", payload: { format }, action: `export:${format}` });
    const json = await start("json");
    const csv = await start("csv");
    await runJob(json.id);
    await runJob(csv.id);
    await expect(openJobFile({ actor, slug, jobId: json.id })).resolves.toMatchObject({ filename: expect.stringMatching(/\.json$/) });

    await getDb().membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: actor.id } }, data: { role: "REVIEWER" } });
    const refused = openJobFile({ actor, slug, jobId: json.id });
    await expect(refused).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(refused).rejects.toThrow("This file can no longer be downloaded: making it needed the editor role, and your role in this workspace is now reviewer.");
    await expect(openJobFile({ actor, slug, jobId: csv.id })).resolves.toMatchObject({ filename: expect.stringMatching(/\.csv$/) });

    await getDb().membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: actor.id } }, data: { role: "EDITOR" } });
    await expect(openJobFile({ actor, slug, jobId: json.id })).resolves.toMatchObject({ filename: expect.stringMatching(/\.json$/) });
  });
});

describe("job housekeeping", () => {
  it("fails a running job whose worker died, deleting its partial file, and deletes expired jobs with their files", async () => {
    const db = getDb();
    const abandoned = await startExport();
    await db.job.update({ where: { id: abandoned.id }, data: { status: "RUNNING", heartbeatAt: new Date(Date.now() - 3_600_000) } });
    await db.jobFileChunk.create({ data: { jobId: abandoned.id, seq: 0, data: Buffer.from("partial") } });
    const expired = await startExport();
    await db.job.update({ where: { id: expired.id }, data: { status: "SUCCEEDED", expiresAt: new Date(Date.now() - 1000) } });
    await db.jobFileChunk.create({ data: { jobId: expired.id, seq: 0, data: Buffer.from("old") } });

    await failLostJobs(60_000);
    await deleteExpiredJobs();
    expect(await db.job.findUnique({ where: { id: abandoned.id }, select: { status: true } })).toEqual({ status: "FAILED" });
    expect(await chunkCount(abandoned.id)).toBe(0);
    expect(await db.job.findUnique({ where: { id: expired.id } })).toBeNull();
    expect(await chunkCount(expired.id)).toBe(0);
  });
});

describe("through pg-boss", () => {
  it("a worker picks up an enqueued export, finishes it, and pg-boss marks its job completed", async () => {
    await startJobWorkers();
    const job = await startExport();
    await enqueueJob(job);
    let status = job.status;
    for (let n = 0; n < 60 && (status === "QUEUED" || status === "RUNNING"); n++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = (await getJob({ actor: editor(), slug: ws.workspace.slug, jobId: job.id })).status;
    }
    expect(status).toBe("SUCCEEDED");
    expect(parse((await readFile(job)).text, { bom: true, columns: true })).toHaveLength(CLAIMS);
    const boss = await getBoss();
    let state = "";
    for (let n = 0; n < 20 && state !== "completed"; n++) {
      const rows = (await boss.getDb().executeSql(`select state from pgboss.job where data->>'jobId' = $1`, [job.id])).rows as { state: string }[];
      state = rows[0]?.state ?? "";
      if (state !== "completed") await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(state).toBe("completed");
  }, 60_000);

  it("a job recorded but never handed to the queue (its process stopped) is sent again by the sweep and runs, once", async () => {
    await startJobWorkers();
    const job = await startExport();
    await getDb().job.update({ where: { id: job.id }, data: { createdAt: new Date(Date.now() - 5 * 60_000) } });
    const swept = await sweepAndRequeue();
    expect(swept.requeued).toBeGreaterThanOrEqual(1);
    await sweepAndRequeue(); // sent again while queued or running: no second pg-boss job
    let status = job.status;
    for (let n = 0; n < 60 && (status === "QUEUED" || status === "RUNNING"); n++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = (await getJob({ actor: editor(), slug: ws.workspace.slug, jobId: job.id })).status;
    }
    expect(status).toBe("SUCCEEDED");
    const boss = await getBoss();
    const rows = (await boss.getDb().executeSql(`select id from pgboss.job where data->>'jobId' = $1 union all select id from pgboss.archive where data->>'jobId' = $1`, [job.id])).rows as { id: string }[];
    expect(rows).toEqual([{ id: job.id }]);
  }, 60_000);
});
