import "server-only";
import { randomBytes } from "node:crypto";
import { fetchPage } from "@/lib/net/fetch-page";
import { importWebPage } from "@/lib/workflows/web-import/import-web-page";
import { createTestCapture, createTestCapturedArticle } from "./captures";
import { newsPage, startLocalSite, type LocalSite } from "./local-site";

// Articles for the tests of "Check for changes": imported for real from a local news site (so that
// their page can be changed and fetched again), or with a pending change written directly.

let shared: Promise<LocalSite> | undefined;

/** One local site for a test file's pages, started on first use (and allowed to be fetched). */
export const sourceSite = () => (shared ??= startLocalSite());

/** A page of the local site imported as an article by `actorId`, through the real fetcher and pipeline. */
export async function importTestPage({ actorId, slug, html }: { actorId: string; slug: string; html?: (tag: string) => string }) {
  const site = await sourceSite();
  const tag = randomBytes(5).toString("hex");
  const path = `/story/${tag}`;
  site.set(path, { body: html ? html(tag) : newsPage(tag) });
  const outcome = await importWebPage({ actor: { id: actorId }, slug, page: await fetchPage(site.url(path)) });
  if (outcome.status !== "imported") throw new Error(`The test page was not imported: ${outcome.reason}`);
  return { articleId: outcome.articleId, tag, path, url: site.url(path), site };
}

/** An article whose page a check found changed: a captured article with a second capture, pending. */
export async function createTestPendingChange(workspaceId: string) {
  const article = await createTestCapturedArticle(workspaceId);
  const body = article.body.replace("12 million", "8 million");
  const pending = await createTestCapture({ workspaceId, articleId: article.articleId, body, capture: { applied: false, pendingChange: true } });
  return { articleId: article.articleId, captureId: pending.id, body };
}
