import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { articleImportJob } from "@/lib/jobs/article-import-job";
import { isJobActive } from "@/lib/jobs/job-status";
import type { JobKind } from "@/lib/jobs/job-kinds";
import { runJob } from "@/lib/jobs/runner";
import type { ImportFile } from "./article-import";
import { createArticleImportJob, getArticleImport, getLatestArticleImport } from "./article-import-jobs";
import { failLostJobs } from "@/lib/data/jobs/job-runs";
import { getJob, requestJobCancel } from "@/lib/data/jobs/jobs";
import { createTestWorkspace } from "@test-support/data";

const file = (name: string, content: string): ImportFile => {
  const bytes = new TextEncoder().encode(content);
  return { name, size: bytes.byteLength, read: async () => bytes };
};
const article = (n: number) => `Report number ${n} on the city\n\nThe group held about ${n},000 fighters in the city in 2014, officials said.\n\nBy 2017 it held fewer than ${n}00.\n`;
const good = (n: number) => file(`report-${n}.txt`, article(n));

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const editor = users.EDITOR;
  const slug = workspace.slug;
  const start = (files: ImportFile[]) => createArticleImportJob({ actor: editor, slug, files, options: { stripScripts: false } });
  const view = (jobId: string) => getArticleImport({ actor: editor, slug, jobId });
  const articles = () => getDb().article.count({ where: { workspaceId: workspace.id } });
  return { slug, editor, users, start, view, articles };
}

const storedUploads = (jobId: string) => getDb().jobUploadFile.count({ where: { jobId } });

/** The import job with every progress report recorded, and a hook before each is passed on. */
function observed(before: (done: number, jobId: string) => Promise<void> = async () => {}) {
  const seen: { done: number; total?: number }[] = [];
  const kind: JobKind<unknown> = {
    ...articleImportJob,
    run: (context) => articleImportJob.run({
      ...context,
      payload: context.payload as z.infer<typeof articleImportJob.payloadSchema>,
      async progress(done, total, message) {
        seen.push({ done, total });
        await before(done, context.jobId);
        await context.progress(done, total, message);
      },
    }),
  };
  return { seen, kinds: { [articleImportJob.kind]: kind } };
}

describe("article import job", () => {
  it("stores the upload with the job, imports each file with progress, lists each failure with its reason, and deletes the upload", async () => {
    const { start, view, articles, editor, slug } = await setup();
    const previous = process.env.CLAIMBENCH_MAX_UPLOAD_BYTES;
    process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = "4096";
    try {
      const oversized: ImportFile = { name: "huge.txt", size: 5000, read: () => Promise.reject(new Error("an oversized file must never be read")) };
      const job = await start([good(1), file("broken.html", "<html><head><title>Half a page"), oversized, good(2), file("again.txt", article(1))]);
      expect(job).toMatchObject({ kind: "article-import", status: "QUEUED", total: 5 });
      const uploads = await getDb().jobUploadFile.findMany({ where: { jobId: job.id }, orderBy: { seq: "asc" }, select: { name: true, size: true, data: true } });
      expect(uploads.map((u) => [u.name, u.data === null])).toEqual([["report-1.txt", false], ["broken.html", false], ["huge.txt", true], ["report-2.txt", false], ["again.txt", false]]);

      const { seen, kinds } = observed();
      await runJob(job.id, kinds);

      const { job: done, outcomes } = await view(job.id);
      expect(done).toMatchObject({ status: "SUCCEEDED", progress: 5, total: 5, result: { imported: 2, duplicate: 1, refused: 2 } });
      expect(seen.map((s) => s.done)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(outcomes.map((o) => [o.file, o.status])).toEqual([
        ["report-1.txt", "imported"], ["broken.html", "refused"], ["huge.txt", "refused"], ["report-2.txt", "imported"], ["again.txt", "duplicate"],
      ]);
      expect(outcomes[1]).toMatchObject({ reason: expect.stringContaining("no readable text") });
      expect(outcomes[2]).toMatchObject({ reason: expect.stringContaining("over the upload limit of 4 KB per file") });
      expect(outcomes[4]).toMatchObject({ reason: "it is the same article as report-1.txt, earlier in this upload." });
      const first = outcomes[0]!;
      if (first.status !== "imported") throw new Error("report-1.txt should be imported");
      expect(await getDb().article.findUniqueOrThrow({ where: { id: first.articleId }, select: { title: true } })).toEqual({ title: first.title });
      expect(await articles()).toBe(2);
      expect(await storedUploads(job.id)).toBe(0);
      expect((await getLatestArticleImport({ actor: editor, slug }))?.job.id).toBe(job.id);
    } finally {
      if (previous === undefined) delete process.env.CLAIMBENCH_MAX_UPLOAD_BYTES;
      else process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = previous;
    }
  });

  it("cancelled halfway, keeps the articles already imported with their outcomes, deletes the upload and ends CANCELLED", async () => {
    const { start, view, articles, editor, slug } = await setup();
    const files = Array.from({ length: 6 }, (_, n) => good(n + 1));
    const job = await start(files);
    const { seen, kinds } = observed(async (done, jobId) => {
      if (done === 3) await requestJobCancel({ actor: editor, slug, jobId });
    });
    await runJob(job.id, kinds);

    const { job: after, outcomes } = await view(job.id);
    expect(after.status).toBe("CANCELLED");
    expect(isJobActive(after.status)).toBe(false);
    expect(after.finishedAt).not.toBeNull();
    expect(after.expiresAt).not.toBeNull();
    expect(seen.at(-1)!.done).toBe(3);
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([["report-1.txt", "imported"], ["report-2.txt", "imported"], ["report-3.txt", "imported"]]);
    expect(await articles()).toBe(3);
    expect(await storedUploads(job.id)).toBe(0);
  });

  it("a queued import cancelled before it starts deletes its upload at once, and no worker runs it", async () => {
    const { start, view, articles, editor, slug } = await setup();
    const job = await start([good(1), good(2)]);
    expect(await storedUploads(job.id)).toBe(2);
    expect((await requestJobCancel({ actor: editor, slug, jobId: job.id })).status).toBe("CANCELLED");
    expect(await storedUploads(job.id)).toBe(0);
    await runJob(job.id);
    expect((await view(job.id)).job.status).toBe("CANCELLED");
    expect(await articles()).toBe(0);
  });

  it("runs through the registered kind, and an import whose worker died is failed by the sweep with its upload deleted", async () => {
    const { start, view, articles, editor, slug } = await setup();
    const finished = await start([good(7)]);
    await runJob(finished.id);
    expect((await view(finished.id)).job.status).toBe("SUCCEEDED");
    expect(await articles()).toBe(1);

    const abandoned = await start([good(8), good(9)]);
    await getDb().job.update({ where: { id: abandoned.id }, data: { status: "RUNNING", heartbeatAt: new Date(Date.now() - 3_600_000) } });
    await failLostJobs(60_000);
    expect((await getJob({ actor: editor, slug, jobId: abandoned.id })).status).toBe("FAILED");
    expect(await storedUploads(abandoned.id)).toBe(0);
  });

  it("is for editors, and shows an import only to the member who started it", async () => {
    const { start, users, slug } = await setup();
    await expect(createArticleImportJob({ actor: users.REVIEWER, slug, files: [good(1)], options: { stripScripts: false } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const job = await start([good(1)]);
    await expect(getArticleImport({ actor: users.OWNER, slug, jobId: job.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getLatestArticleImport({ actor: users.OWNER, slug })).toBeNull();
    await requestJobCancel({ actor: users.EDITOR, slug, jobId: job.id });
  });
});
