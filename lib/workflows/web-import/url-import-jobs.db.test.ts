import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { requestJobCancel } from "@/lib/data/jobs/jobs";
import type { JobKind } from "@/lib/jobs/job-kinds";
import { runJob } from "@/lib/jobs/runner";
import { urlImportJob } from "@/lib/jobs/url-import-job";
import { createTestWorkspace } from "@test-support/data";
import { newsPage, startLocalSite, type LocalSite } from "@test-support/local-site";
import { importFromUrl } from "./import-from-url";
import { fetchPage } from "@/lib/net/fetch-page";
import { createUrlImportJob, getLatestUrlImport, getUrlImport } from "./url-import-jobs";

// The URL-list import as a job, against a local news site: every address gets its outcome, in list
// order, with progress after each; what a cancel keeps; who may start and see it.

let site: LocalSite;
beforeAll(async () => {
  site = await startLocalSite();
});
afterAll(() => site.close());

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const slug = workspace.slug;
  const start = (urls: string[]) => createUrlImportJob({ actor: users.EDITOR, slug, urls });
  const view = (jobId: string) => getUrlImport({ actor: users.EDITOR, slug, jobId });
  const articles = () => getDb().article.count({ where: { workspaceId: workspace.id } });
  return { slug, users, start, view, articles };
}

/** Serves a page of its own under a fresh path; answers its address. */
function page(name: string, body = newsPage(`${name}-${Math.random().toString(36).slice(2, 8)}`)): string {
  const path = `/${name}-${Math.random().toString(36).slice(2, 10)}`;
  site.set(path, { body });
  return site.url(path);
}

/** The job with each progress report recorded, and a hook before each is passed on. */
function observed(before: (done: number, jobId: string) => Promise<void> = async () => {}) {
  const seen: { done: number; total?: number; message?: string }[] = [];
  const kind: JobKind<unknown> = {
    ...urlImportJob,
    run: (context) => urlImportJob.run({
      ...context,
      payload: context.payload as z.infer<typeof urlImportJob.payloadSchema>,
      async progress(done, total, message) {
        seen.push({ done, total, message });
        await before(done, context.jobId);
        await context.progress(done, total, message);
      },
    }),
  };
  return { seen, kinds: { [urlImportJob.kind]: kind } };
}

describe("URL-list import job", () => {
  it("imports each address in list order with progress, and reports duplicates and refusals with their reasons", async () => {
    const { start, view, articles, users, slug } = await setup();
    const already = page("already");
    await importFromUrl({ actor: users.EDITOR, slug, url: already, fetchPage });
    const first = page("first");
    const copyText = newsPage("copied-story");
    const original = page("original", copyText);
    const urls = [first, site.url("/missing"), already, original, page("copy", copyText), first, page("last")];
    const job = await start(urls);
    expect(job).toMatchObject({ kind: "url-import", status: "QUEUED", total: 7 });

    const { seen, kinds } = observed();
    await runJob(job.id, kinds);

    const { job: done, outcomes } = await view(job.id);
    expect(done).toMatchObject({ status: "SUCCEEDED", progress: 7, total: 7, result: { imported: 3, duplicate: 3, refused: 1 } });
    expect(seen.map((s) => s.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(seen.at(-1)!.message).toBe("3 imported, 3 duplicates, 1 refused");
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([
      [first, "imported"], [site.url("/missing"), "refused"], [already, "duplicate"], [original, "imported"], [urls[4], "duplicate"], [first, "duplicate"], [urls[6], "imported"],
    ]);
    expect(outcomes[1]).toMatchObject({ reason: expect.stringContaining("404") });
    expect(outcomes[2]).toMatchObject({ reason: expect.stringContaining("same address"), articleId: expect.any(String) });
    expect(outcomes[4]).toMatchObject({ reason: expect.stringContaining(original) });
    expect(outcomes[5]).toMatchObject({ reason: `it is the same address as ${first}, earlier in this list.` });
    // Listed twice, fetched once; already in the workspace, not fetched again.
    expect(site.hits.get(new URL(first).pathname)).toBe(1);
    expect(site.hits.get(new URL(already).pathname)).toBe(1);
    expect(await articles()).toBe(4);
    const imported = outcomes[3]!;
    if (imported.status !== "imported") throw new Error("the original should be imported");
    expect(await getDb().articleCapture.count({ where: { articleId: imported.articleId, finalUrl: original } })).toBe(1);
    expect((await getLatestUrlImport({ actor: users.EDITOR, slug }))?.job.id).toBe(job.id);
  });

  it("cancelled halfway, keeps what was imported with its outcomes and ends CANCELLED", async () => {
    const { start, view, articles, users, slug } = await setup();
    const job = await start(Array.from({ length: 6 }, (_, n) => page(`story${n}`)));
    const { kinds } = observed(async (done, jobId) => {
      if (done === 2) await requestJobCancel({ actor: users.EDITOR, slug, jobId });
    });
    await runJob(job.id, kinds);
    const { job: after, outcomes } = await view(job.id);
    expect(after.status).toBe("CANCELLED");
    expect(outcomes.map((o) => o.status)).toEqual(["imported", "imported"]);
    expect(await articles()).toBe(2);
  });

  it("is for editors, and shows an import only to the member who started it", async () => {
    const { start, users, slug } = await setup();
    await expect(createUrlImportJob({ actor: users.REVIEWER, slug, urls: [page("x")] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const job = await start([page("y")]);
    await expect(getUrlImport({ actor: users.OWNER, slug, jobId: job.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getLatestUrlImport({ actor: users.OWNER, slug })).toBeNull();
    await requestJobCancel({ actor: users.EDITOR, slug, jobId: job.id });
  });
});
