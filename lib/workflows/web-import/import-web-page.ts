import "server-only";
import { prepareArticleFile, type ArticleFormat, type PrepareResult } from "@/lib/formats/import/article-file";
import type { WebPage } from "@/lib/domain/web-page";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import { storeArticle, type FileOutcome } from "@/lib/workflows/article-import/article-import";

// The shape lives in lib/domain so that the fetcher (lib/net) and this workflow share it.
export type { WebPage } from "@/lib/domain/web-page";

/** Plain-text pages are read as text; everything else that got this far (HTML, XHTML) as HTML. */
const formatOf = (contentType: string): ArticleFormat => (/^text\/plain\b/i.test(contentType) ? "txt" : "html");

/**
 * A web page through the same pipeline as an uploaded HTML file (Readability, cleaning), ready to store
 * or refused with its reason. Scripts are always stripped: a web page has them. Used by the import and
 * by the check for changes, so a page read again gives the text its import would have given.
 */
export async function prepareWebPage(page: WebPage): Promise<PrepareResult> {
  return prepareArticleFile(
    { name: page.finalUrl, bytes: new TextEncoder().encode(page.text) },
    // The fetch already held the page to its own size limit; the text-length limit still applies.
    // A clip is the page as the browser rendered it: little text there is not its scripts' doing.
    { maxBytes: Number.MAX_SAFE_INTEGER, rendered: page.method === "CLIP" },
    { url: page.finalUrl },
    formatOf(page.contentType),
  );
}

/**
 * Imports one web page as an article through prepareWebPage, and keeps the page as the article's first
 * capture, in the same transaction (editors and above). The article's address is the final URL, so the
 * same page imported twice, even through another redirect, is a duplicate.
 */
export async function importWebPage({ actor, slug, page, seen }: {
  actor: Actor;
  slug: string;
  page: WebPage;
  /** Bodies and addresses seen earlier in the same batch (a URL list), to report repeats within it. */
  seen?: { bodies: Map<string, string>; urls: Map<string, string> };
}): Promise<FileOutcome> {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const name = page.finalUrl;
  const prepared = await prepareWebPage(page);
  if (!prepared.ok) return { file: name, status: "refused", reason: prepared.reason };
  return storeArticle(name, prepared.article, {
    workspaceId: access.workspace.id,
    actorId: actor.id,
    seenBodies: seen?.bodies ?? new Map(),
    seenUrls: seen?.urls ?? new Map(),
    capture: toNewCapture(page),
  });
}

/** The capture of a page as lib/data stores it (its text and title come from the prepared article). */
export function toNewCapture(page: WebPage) {
  return {
    method: page.method,
    requestedUrl: page.requestedUrl,
    finalUrl: page.finalUrl,
    httpStatus: page.httpStatus,
    contentType: page.contentType,
    charset: page.charset,
    bytes: page.bytes,
    capturedAt: page.capturedAt,
  };
}
