import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listDueSourceChecks, withHostLock } from "@/lib/data/articles/source-check-schedule";
import { createTestArticle, createTestWorkspace } from "@test-support/data";
import { importTestPage } from "@test-support/source-checks";
import { getBoss, stopJobQueue } from "@/lib/jobs/queue";
import { runScheduledCheck, sweepSourceChecks } from "@/lib/jobs/source-checks";

// The recurring check: the hourly sweep enqueues (on the real pg-boss queue) a check of each article
// that is due, in workspaces with the check on, and none elsewhere; each check records what it found,
// or why it could not read the page, on the article, and a busy host is left for later.

afterAll(() => stopJobQueue());

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

async function workspaceWithPages(sourceCheckHours: number | null) {
  const { workspace, users } = await createTestWorkspace();
  await getDb().workspace.update({ where: { id: workspace.id }, data: { sourceCheckHours } });
  const page = () => importTestPage({ actorId: users.EDITOR.id, slug: workspace.slug });
  return { workspace, page };
}

const checkedAt = (articleId: string, at: Date | null) => getDb().article.update({ where: { id: articleId }, data: { sourceCheckedAt: at } });
const articleState = (id: string) => getDb().article.findUniqueOrThrow({ where: { id }, select: { sourceCheckedAt: true, sourceCheckError: true } });

describe("the recurring source check", () => {
  it("sweeps due articles only: checked longer ago than the interval, captured from the web, in workspaces where it is on", async () => {
    const daily = await workspaceWithPages(24);
    const due = await daily.page();
    await checkedAt(due.articleId, hoursAgo(25));
    const recent = await daily.page();
    await checkedAt(recent.articleId, hoursAgo(2));
    const neverChecked = await daily.page();
    await getDb().article.update({ where: { id: neverChecked.articleId }, data: { createdAt: hoursAgo(30) } });
    const justImported = await daily.page();
    const pasted = await createTestArticle(daily.workspace.id);
    await checkedAt(pasted.id, hoursAgo(100));
    const off = await workspaceWithPages(null);
    const offPage = await off.page();
    await checkedAt(offPage.articleId, hoursAgo(1000));

    const mine = new Set([due, recent, neverChecked, justImported, offPage].map((p) => p.articleId).concat(pasted.id));
    const listed = (await listDueSourceChecks()).filter((item) => mine.has(item.articleId));
    expect(listed.map((item) => item.articleId).sort()).toEqual([due.articleId, neverChecked.articleId].sort());
    expect(listed.find((item) => item.articleId === due.articleId)?.url).toBe(due.url);

    const boss = await getBoss();
    const enqueued = (await sweepSourceChecks(boss)).filter((id) => mine.has(id));
    expect(enqueued.sort()).toEqual([due.articleId, neverChecked.articleId].sort());
    // A sweep that comes round while those checks still wait adds none.
    expect((await sweepSourceChecks(boss)).filter((id) => mine.has(id))).toEqual([]);

    due.site.set(due.path, { body: "<!doctype html><html><head><title>Changed</title></head><body><article><h1>Changed</h1><p>The whole report was rewritten by the editors overnight, with new figures for the displaced.</p></article></body></html>" });
    expect(await runScheduledCheck(boss, due.articleId)).toBe("changed");
    expect(await getDb().articleCapture.count({ where: { articleId: due.articleId, pendingChange: true } })).toBe(1);
    expect((await articleState(due.articleId)).sourceCheckedAt!.getTime()).toBeGreaterThan(hoursAgo(1).getTime());
    // The check recorded, the article is no longer due.
    expect((await listDueSourceChecks()).map((item) => item.articleId)).not.toContain(due.articleId);
  });

  it("off means none: a workspace with the check off is never swept, however long ago its pages were read", async () => {
    const off = await workspaceWithPages(null);
    const page = await off.page();
    await getDb().article.update({ where: { id: page.articleId }, data: { createdAt: hoursAgo(10_000) } });
    expect((await listDueSourceChecks()).map((item) => item.articleId)).not.toContain(page.articleId);
    expect(await sweepSourceChecks(await getBoss())).not.toContain(page.articleId);
  });

  it("records a page that cannot be read on the article and goes on; a host another check holds is left for later", async () => {
    const weekly = await workspaceWithPages(168);
    const broken = await weekly.page();
    broken.site.set(broken.path, { status: 500, body: "Internal error" });
    const boss = await getBoss();
    expect(await runScheduledCheck(boss, broken.articleId)).toBe("failed");
    expect(await articleState(broken.articleId)).toEqual({ sourceCheckedAt: expect.any(Date), sourceCheckError: expect.stringMatching(/500/) });

    const busy = await weekly.page();
    const host = new URL(busy.url).host;
    const outcome = await withHostLock(host, () => runScheduledCheck(boss, busy.articleId));
    expect(outcome).toEqual({ ran: true, value: "host-busy" });
    expect(await articleState(busy.articleId)).toEqual({ sourceCheckedAt: null, sourceCheckError: null });
    // Once the host is free, the check goes through and clears the failure.
    broken.site.set(broken.path, { body: "<!doctype html><html><head><title>Back</title></head><body><article><h1>Back</h1><p>The page is back with a report long enough to be read as an article by the importer.</p></article></body></html>" });
    expect(await runScheduledCheck(boss, broken.articleId)).toBe("changed");
    expect((await articleState(broken.articleId)).sourceCheckError).toBeNull();
  });
});
