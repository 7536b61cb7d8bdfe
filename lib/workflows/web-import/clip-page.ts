import "server-only";
import { requireArticle } from "@/lib/data/articles/articles";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import { locateSelection } from "@/lib/domain/locate-selection";
import { AppError } from "@/lib/errors";
import type { ClipPageInput, ClipPassage } from "@/lib/schemas/clip";
import { formatBytes, maxUploadBytes } from "@/lib/uploads";
import { importWebPage } from "./import-web-page";

/** What a clip of a page the workspace holds already answers (409's `current`, with the article's `id` as import-url's has): where to go instead. */
export interface ClipDuplicate {
  id: string;
  passage: ClipPassage | null;
}

/**
 * Imports a page clipped in the browser (editors and above): the HTML the browser rendered goes
 * through the same pipeline as an uploaded HTML file and is kept as the article's capture (method
 * CLIP, the UTF-8 of the HTML, no HTTP status or charset: nothing was fetched). The selection, if
 * any, is located in the cleaned text, so the reader can open the claim form on it.
 *
 * Refusals are errors a user can be told, as for one pasted article: a page over the upload limit
 * is a 413, a page the pipeline refuses a 422 (`fields.html` says why), a page the workspace holds
 * already a 409 whose `current` names that article (and the selection located in it).
 */
export async function clipWebPage({ actor, slug, input }: { actor: Actor; slug: string; input: ClipPageInput }) {
  await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const bytes = new TextEncoder().encode(input.html);
  const limit = maxUploadBytes();
  if (bytes.byteLength > limit) {
    throw new AppError("PAYLOAD_TOO_LARGE", `This page is ${formatBytes(bytes.byteLength)}, over the upload limit of ${formatBytes(limit)}, so it was not imported. Ask an administrator to raise CLAIMBENCH_MAX_UPLOAD_BYTES, or save the article's text and paste it.`);
  }
  const outcome = await importWebPage({
    actor,
    slug,
    page: { method: "CLIP", requestedUrl: input.url, finalUrl: input.url, httpStatus: null, contentType: "text/html", charset: null, bytes, text: input.html, capturedAt: new Date() },
  });
  if (outcome.status === "refused") {
    throw new AppError("VALIDATION", `The page was not imported: ${outcome.reason}`, { fieldErrors: { html: [`Not imported: ${outcome.reason}`] } });
  }
  if (outcome.status === "duplicate") {
    // Within one clip there is no earlier file of the batch, so the article is always named.
    const current: ClipDuplicate | undefined = outcome.articleId ? { id: outcome.articleId, passage: await passageIn(actor, slug, outcome.articleId, input.selection) } : undefined;
    throw new AppError("CONFLICT", `The page was not imported: ${outcome.reason}`, { current });
  }
  const article = await requireArticle({ actor, slug, articleId: outcome.articleId });
  return { article, passage: locatePassage(article.body, input.selection) };
}

function locatePassage(body: string, selection: string | undefined): ClipPassage | null {
  if (!selection?.trim()) return null;
  const found = locateSelection(body, selection);
  return found ? { start: found.start, end: found.end, exact: body.slice(found.start, found.end) } : null;
}

async function passageIn(actor: Actor, slug: string, articleId: string, selection: string | undefined): Promise<ClipPassage | null> {
  if (!selection?.trim()) return null;
  return locatePassage((await requireArticle({ actor, slug, articleId })).body, selection);
}
