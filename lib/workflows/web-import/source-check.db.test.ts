import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { applyCapture, dismissCapture, listChangedSources } from "@/lib/data/articles/capture-changes";
import { searchArticles } from "@/lib/data/articles/article-lifecycle";
import { AppError } from "@/lib/errors";
import { fetchPage } from "@/lib/net/fetch-page";
import { createSpanClaim, createTestArticle, createTestWorkspace } from "@test-support/data";
import { importTestPage } from "@test-support/source-checks";
import { checkArticleSource } from "./source-check";

// "Check for changes" against a local news site whose page is edited between two fetches, with the
// real fetcher and the real import pipeline: what is found, what is kept, and that nothing of the
// article changes until an editor applies it.

const page = (tag: string, paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Siege report ${tag}</title><script>track()</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Siege report ${tag}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;

const ORIGINAL = [
  "Officials said about 12 million people lived under the group's rule at its height in the region.",
  "A later count by the United Nations found that 8 million people had fled their homes since then.",
  "The provincial governor resigned in March after the report on the camps was published.",
];
// A correction added at the top (every later passage moves) and the governor's paragraph taken out.
const EDITED = ["Correction: an earlier version of this story misstated the date of the count.", ORIGINAL[0]!, ORIGINAL[1]!];

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const editor = { id: users.EDITOR.id };
  const imported = await importTestPage({ actorId: users.EDITOR.id, slug: workspace.slug, html: (tag) => page(tag, ORIGINAL) });
  const article = await getDb().article.findUniqueOrThrow({ where: { id: imported.articleId }, select: { body: true, version: true } });
  const firstCapture = await getDb().articleCapture.findFirstOrThrow({ where: { articleId: imported.articleId }, select: { id: true, capturedAt: true } });
  const claim = (quote: string) => createSpanClaim({ workspaceId: workspace.id, articleId: imported.articleId, body: article.body, quote, createdById: users.REVIEWER.id });
  return { workspace, users, editor, slug: workspace.slug, ...imported, article, firstCapture, claim };
}

const check = (s: Awaited<ReturnType<typeof setup>>) => checkArticleSource({ actor: s.editor, slug: s.slug, articleId: s.articleId, fetchPage });
const claimRow = (id: string) => getDb().claim.findUniqueOrThrow({ where: { id }, select: { start: true, end: true, exact: true, anchorStatus: true, captureId: true } });

describe("checkArticleSource", () => {
  it("a changed page shows the word diff, changes nothing until applied, then re-anchors: one claim moves, one is orphaned", async () => {
    const s = await setup();
    const fled = await s.claim("8 million people had fled");
    const governor = await s.claim("The provincial governor resigned in March");
    // The claims cite the capture they were marked on.
    await getDb().claim.updateMany({ where: { id: { in: [fled.id, governor.id] } }, data: { captureId: s.firstCapture.id } });
    const before = await Promise.all([claimRow(fled.id), claimRow(governor.id)]);

    s.site.set(s.path, { body: page(s.tag, EDITED) });
    const result = await check(s);

    expect(result.changed).toBe(true);
    expect(result.articleVersion).toBe(s.article.version);
    expect(result.diff).toContainEqual({ op: "added", text: expect.stringContaining("Correction: an earlier version of this story") });
    expect(result.diff).toContainEqual({ op: "removed", text: expect.stringContaining("The provincial governor resigned in March") });
    expect(result.diff.filter((part) => part.op !== "added").map((part) => part.text).join("")).toBe(s.article.body);
    expect(result.capture).toMatchObject({ pendingChange: true, appliedAt: null, finalUrl: s.url });

    // Nothing changed without apply: the text, its version and the claims are as they were.
    expect(await getDb().article.findUniqueOrThrow({ where: { id: s.articleId }, select: { body: true, version: true } })).toEqual(s.article);
    expect(await Promise.all([claimRow(fled.id), claimRow(governor.id)])).toEqual(before);
    expect((await searchArticles({ actor: s.editor, slug: s.slug, sourceChanged: true, limit: 10, after: null })).map((a) => a.id)).toEqual([s.articleId]);
    expect(await listChangedSources({ actor: { id: s.users.VIEWER.id }, slug: s.slug })).toEqual([{ articleId: s.articleId, title: `Siege report ${s.tag}`, captureId: result.capture.id, foundAt: result.capture.capturedAt }]);

    const report = await applyCapture({ actor: s.editor, slug: s.slug, articleId: s.articleId, captureId: result.capture.id, version: result.articleVersion });
    expect(report.version).toBe(s.article.version + 1);
    expect(report.anchors).toMatchObject({ ORPHANED: 1 });
    expect(report.anchors.RELOCATED + report.anchors.FUZZY).toBe(1);
    expect(report.orphaned).toEqual([{ id: governor.id, exact: "The provincial governor resigned in March", statement: "The provincial governor resigned in March" }]);

    const after = await getDb().article.findUniqueOrThrow({ where: { id: s.articleId }, select: { body: true } });
    expect(after.body).toMatch(/^Correction: an earlier version/m);
    expect(after.body).not.toContain("governor");
    const moved = await claimRow(fled.id);
    expect(moved.start).toBeGreaterThan(before[0]!.start);
    expect(after.body.slice(moved.start, moved.end)).toBe("8 million people had fled");
    expect((await claimRow(governor.id)).anchorStatus).toBe("ORPHANED");
    // Claims keep citing the text they were marked on.
    expect([moved.captureId, (await claimRow(governor.id)).captureId]).toEqual([s.firstCapture.id, s.firstCapture.id]);
    expect(await getDb().articleCapture.findUniqueOrThrow({ where: { id: result.capture.id }, select: { appliedAt: true, pendingChange: true } })).toMatchObject({ appliedAt: expect.any(Date), pendingChange: false });
    expect(await searchArticles({ actor: s.editor, slug: s.slug, sourceChanged: true, limit: 10, after: null })).toEqual([]);
    expect(await listChangedSources({ actor: s.editor, slug: s.slug })).toEqual([]);
    const events = await getDb().auditEvent.findMany({ where: { entityId: s.articleId }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(events.map((event) => event.action)).toEqual(["import", "check-source", "apply-capture"]);
  });

  it("refuses to apply over a newer version of the article (409 with the current version), and applies nothing", async () => {
    const s = await setup();
    s.site.set(s.path, { body: page(s.tag, EDITED) });
    const result = await check(s);
    await getDb().article.update({ where: { id: s.articleId }, data: { version: { increment: 1 } } });

    const stale = applyCapture({ actor: s.editor, slug: s.slug, articleId: s.articleId, captureId: result.capture.id, version: result.articleVersion });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { current: { version: s.article.version + 1 } } });
    expect((await getDb().article.findUniqueOrThrow({ where: { id: s.articleId }, select: { body: true } })).body).toBe(s.article.body);
    expect(await getDb().articleCapture.findUniqueOrThrow({ where: { id: result.capture.id }, select: { appliedAt: true, pendingChange: true } })).toEqual({ appliedAt: null, pendingChange: true });
  });

  it("an unchanged page is 'no change since' the capture, and the same bytes are not stored again", async () => {
    const s = await setup();
    const result = await check(s);
    expect(result).toMatchObject({ changed: false, diff: [], unchangedSince: s.firstCapture.capturedAt, capture: { id: s.firstCapture.id } });
    expect(await getDb().articleCapture.count({ where: { articleId: s.articleId } })).toBe(1);
    expect((await getDb().article.findUniqueOrThrow({ where: { id: s.articleId }, select: { sourceCheckedAt: true } })).sourceCheckedAt).toEqual(expect.any(Date));

    // Other bytes with the same text (a new ad, a timestamp): kept as evidence, but no change to apply.
    s.site.set(s.path, { body: page(s.tag, ORIGINAL).replace("<nav>", "<nav><!-- served 12:01 -->") });
    const again = await check(s);
    expect(again).toMatchObject({ changed: false, capture: { pendingChange: false, appliedAt: null } });
    expect(again.capture.id).not.toBe(s.firstCapture.id);
    expect(await getDb().articleCapture.count({ where: { articleId: s.articleId } })).toBe(2);
  });

  it("keeping the current text clears the change and leaves the article as it was", async () => {
    const s = await setup();
    s.site.set(s.path, { body: page(s.tag, EDITED) });
    const result = await check(s);
    const kept = await dismissCapture({ actor: s.editor, slug: s.slug, articleId: s.articleId, captureId: result.capture.id });
    expect(kept).toMatchObject({ pendingChange: false, appliedAt: null });
    expect(await getDb().article.findUniqueOrThrow({ where: { id: s.articleId }, select: { body: true, version: true } })).toEqual(s.article);
  });

  it("says why when the page cannot be read, and stores nothing", async () => {
    const s = await setup();
    s.site.set(s.path, { status: 404, body: "gone" });
    const refused = await check(s).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("VALIDATION");
    expect((refused as AppError).details?.fieldErrors?.url?.[0]).toMatch(/404/);
    expect(await getDb().articleCapture.count({ where: { articleId: s.articleId } })).toBe(1);
  });

  it("refuses articles that were not imported from the web, and reviewers", async () => {
    const s = await setup();
    const pasted = await createTestArticle(s.workspace.id);
    await expect(checkArticleSource({ actor: s.editor, slug: s.slug, articleId: pasted.id, fetchPage })).rejects.toMatchObject({
      code: "VALIDATION", message: expect.stringContaining("Only articles imported from the web can be checked"),
    });
    await expect(checkArticleSource({ actor: { id: s.users.REVIEWER.id }, slug: s.slug, articleId: s.articleId, fetchPage })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
