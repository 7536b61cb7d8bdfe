import "server-only";
import { prepareArticleFile, type ArticleFormat } from "@/lib/formats/import/article-file";
import type { CaptureMethod } from "@/lib/data/articles/captures";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import { storeArticle, type FileOutcome } from "@/lib/workflows/article-import/article-import";

/** A web page as the server fetched it, or as the browser handed it over (a clip). */
export interface WebPage {
  method: CaptureMethod;
  requestedUrl: string;
  /** Where the bytes came from, after redirects: the article's address. */
  finalUrl: string;
  /** The final response's HTTP status; null for a clip. */
  httpStatus: number | null;
  contentType: string;
  /** The charset `text` was decoded from; null when it was handed over as text (a clip). */
  charset: string | null;
  /** The bytes as received (or as clipped, UTF-8): the capture kept as evidence. */
  bytes: Uint8Array;
  /** The page decoded to text. */
  text: string;
  capturedAt: Date;
}

/** Plain-text pages are read as text; everything else that got this far (HTML, XHTML) as HTML. */
const formatOf = (contentType: string): ArticleFormat => (/^text\/plain\b/i.test(contentType) ? "txt" : "html");

/**
 * Imports one web page as an article through the same pipeline as an uploaded HTML file (Readability,
 * cleaning, the duplicate checks), and keeps the page as the article's first capture, in the same
 * transaction (editors and above). The article's address is the final URL, so the same page imported
 * twice, even through another redirect, is a duplicate. Scripts are always stripped: a web page has them.
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
  const prepared = await prepareArticleFile(
    { name, bytes: new TextEncoder().encode(page.text) },
    // The fetch already held the page to its own size limit; the text-length limit still applies.
    // A clip is the page as the browser rendered it: little text there is not its scripts' doing.
    { maxBytes: Number.MAX_SAFE_INTEGER, rendered: page.method === "CLIP" },
    { url: page.finalUrl },
    formatOf(page.contentType),
  );
  if (!prepared.ok) return { file: name, status: "refused", reason: prepared.reason };
  return storeArticle(name, prepared.article, {
    workspaceId: access.workspace.id,
    actorId: actor.id,
    seenBodies: seen?.bodies ?? new Map(),
    seenUrls: seen?.urls ?? new Map(),
    capture: {
      method: page.method,
      requestedUrl: page.requestedUrl,
      finalUrl: page.finalUrl,
      httpStatus: page.httpStatus,
      contentType: page.contentType,
      charset: page.charset,
      bytes: page.bytes,
      capturedAt: page.capturedAt,
    },
  });
}
