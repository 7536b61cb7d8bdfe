import "server-only";
import { AppError } from "@/lib/errors";
import { findArticleByUrl } from "@/lib/data/articles/article-by-url";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import type { FileOutcome } from "@/lib/workflows/article-import/article-import";
import { importWebPage, type WebPage } from "./import-web-page";

/**
 * The fetcher (lib/net/fetch-page.ts), handed in by the door that calls: workflows sit below
 * lib/server and may not import it, and tests and the benchmark can time or wrap it. It refuses an
 * address with AppError("VALIDATION", …, { fieldErrors: { url: [why] } }).
 */
export type FetchPage = (url: string, options?: { signal?: AbortSignal }) => Promise<WebPage>;

/** Batches share these so that a page listed twice, or reached through two addresses, is imported once. */
export interface SeenInBatch {
  bodies: Map<string, string>;
  urls: Map<string, string>;
}

const sentence = (reason: string) => (/[.!?]$/.test(reason.trim()) ? reason.trim() : `${reason.trim()}.`);

/** A refusal of the fetcher as an outcome; anything else (a bug, a cancel) is thrown on. */
async function fetchOrRefuse(fetchPage: FetchPage, url: string, signal?: AbortSignal): Promise<WebPage | FileOutcome> {
  try {
    return await fetchPage(url, { signal });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
    return { file: url, status: "refused", reason: sentence(error.details?.fieldErrors?.url?.[0] ?? error.message) };
  }
}

/**
 * The first half of an import by URL (the caller has checked the role): an address the workspace
 * already holds is a duplicate without being fetched (cheap, and the site is not asked again);
 * otherwise the page is fetched, or refused with the fetcher's reason.
 */
export async function fetchUnlessKnown({ actor, slug, url, fetchPage, signal }: {
  actor: Actor; slug: string; url: string; fetchPage: FetchPage; signal?: AbortSignal;
}): Promise<WebPage | FileOutcome> {
  const known = await findArticleByUrl({ actor, slug, url });
  if (known) return { file: url, status: "duplicate", reason: `it has the same address as "${known.title}", already in this workspace.`, articleId: known.id };
  return fetchOrRefuse(fetchPage, url, signal);
}

/** The second half: the fetched page through importWebPage, where its final URL and its text decide whether it is a duplicate. */
export async function storeFetchedPage({ actor, slug, url, page, seen }: { actor: Actor; slug: string; url: string; page: WebPage | FileOutcome; seen?: SeenInBatch }): Promise<FileOutcome> {
  if ("status" in page) return page;
  // Named after the address as given (the list's line), whatever it redirected to.
  return { ...(await importWebPage({ actor, slug, page, seen })), file: url };
}

/** Imports the page at `url` (editors and above); the outcome is named after the address as given. */
export async function importFromUrl({ actor, slug, url, fetchPage, signal, seen }: {
  actor: Actor; slug: string; url: string; fetchPage: FetchPage; signal?: AbortSignal; seen?: SeenInBatch;
}): Promise<FileOutcome> {
  // Before anything is fetched: a viewer's request must not make the server call anyone.
  await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const page = await fetchUnlessKnown({ actor, slug, url, fetchPage, signal });
  return storeFetchedPage({ actor, slug, url, page, seen });
}

/**
 * One address, for the import page's field and POST articles/import-url: the new article's id, or an
 * AppError a user can act on: 409 naming the article already here (in `current.id`, like every other
 * conflict), 422 with the reason under the `url` field when the page is refused or cannot be read.
 */
export async function importOneUrl(args: { actor: Actor; slug: string; url: string; fetchPage: FetchPage }): Promise<Extract<FileOutcome, { status: "imported" }>> {
  const outcome = await importFromUrl(args);
  if (outcome.status === "imported") return outcome;
  if (outcome.status === "duplicate") {
    throw new AppError("CONFLICT", `This page is already in the workspace: ${outcome.reason}`, outcome.articleId ? { current: { id: outcome.articleId } } : undefined);
  }
  throw new AppError("VALIDATION", `The page was not imported: ${outcome.reason}`, { fieldErrors: { url: [`Not imported: ${outcome.reason}`] } });
}
