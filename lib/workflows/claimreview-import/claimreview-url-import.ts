import "server-only";
import { AppError } from "@/lib/errors";
import type { WebPage } from "@/lib/domain/web-page";
import type { HtmlReaderPool } from "@/lib/formats/import/html-reader-pool";
import type { PageFormat } from "@/lib/formats/import/web-page-text";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import { importClaimReviewContent, type ClaimReviewImportResult } from "./claimreview-import";

/**
 * The fetcher (lib/net/fetch-page.ts), handed in by the door that calls, as for the article
 * import by URL: workflows may not import lib/server. It refuses an address, or an answer of a
 * format not in `accept`, with AppError("VALIDATION", …, { fieldErrors: { url: [why] } }).
 */
export type FetchForClaimReview = (url: string, options: { accept: readonly PageFormat[]; signal?: AbortSignal }) => Promise<WebPage>;

/**
 * What a ClaimReview may come as: a fact-checker's article page (HTML), a feed or an API answer
 * (JSON, application/json or application/ld+json), or either served as plain text (raw files often are).
 * The reader tells HTML from JSON by the content, as it does for an upload.
 */
export const CLAIMREVIEW_FETCH_FORMATS: readonly PageFormat[] = ["html", "json", "text"];

type Imported = Extract<ClaimReviewImportResult, { status: "imported" }>;

/**
 * Fetches the address and imports the fact-checks it holds (reviewers and above), answering as the
 * upload does, named after the address as given. A refused address, or an answer with no fact-check
 * that can be imported, is an AppError VALIDATION with why under `url`; nothing is written then.
 */
export async function importClaimReviewUrl({ actor, slug, url, fetchPage, pool, signal }: {
  actor: Actor; slug: string; url: string; fetchPage: FetchForClaimReview; pool?: HtmlReaderPool; signal?: AbortSignal;
}): Promise<Imported> {
  // Before anything is fetched: a viewer's request must not make the server call anyone.
  const access = await requireWorkspaceRole({ actor, slug, action: "addEvidence" });
  const page = await fetchPage(url, { accept: CLAIMREVIEW_FETCH_FORMATS, signal });
  // The fetcher decoded the page in its charset (header, <meta>, bytes); the reader takes UTF-8.
  const bytes = new TextEncoder().encode(page.text);
  const name = url.trim();
  const result = await importClaimReviewContent({ actor, workspaceId: access.workspace.id, name, bytes, pool, origin: "address" });
  if (result.status === "refused") {
    throw new AppError("VALIDATION", `${name} was not imported: ${result.reason}`, { fieldErrors: { url: [result.reason] } });
  }
  return result;
}
