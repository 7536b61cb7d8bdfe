import "server-only";
import { getScheduledCheckTarget, getSourceCheckTarget, recordSourceCheck, recordSourceCheckFailure, type SourceCheckTarget } from "@/lib/data/articles/source-checks";
import { withHostLock } from "@/lib/data/articles/source-check-schedule";
import type { CaptureSummary } from "@/lib/data/articles/captures";
import type { Actor } from "@/lib/data/scope";
import { wordDiff, type DiffPart } from "@/lib/domain/word-diff";
import { AppError } from "@/lib/errors";
import { prepareWebPage, toNewCapture, type WebPage } from "./import-web-page";

// "Check for changes": an article imported from the web is fetched again and read through the same
// pipeline as its import; what it says now is kept as a capture and compared with the article's text
// word by word. Nothing of the article changes here: a person applies the change or not.

/**
 * The fetcher (lib/net/fetch-page.ts fetchPage), handed in by the door that runs the check: a
 * workflow does not reach into lib/server, and the fetcher is what decides which addresses are allowed.
 */
export type FetchPage = (url: string, options?: { signal?: AbortSignal }) => Promise<WebPage>;

export interface SourceCheckResult {
  changed: boolean;
  capture: CaptureSummary;
  /** The article's text against the page's, word by word; empty when they are the same. */
  diff: DiffPart[];
  /** The article's version the diff was made against: apply names it. */
  articleVersion: number;
  /** When the text was the same: since when ("No change since …"), the current text's capture time. */
  unchangedSince: Date | null;
}

/** Checks one article's page now (editors and above). A page that cannot be read is a 422 saying why. */
export async function checkArticleSource({ actor, slug, articleId, fetchPage, signal }: {
  actor: Actor; slug: string; articleId: string; fetchPage: FetchPage; signal?: AbortSignal;
}): Promise<SourceCheckResult> {
  const target = await getSourceCheckTarget({ actor, slug, articleId });
  return record(target, actor.id, await fetchPage(target.url, { signal }));
}

async function record(target: SourceCheckTarget, actorId: string | null, page: WebPage): Promise<SourceCheckResult> {
  const prepared = await prepareWebPage(page);
  if (!prepared.ok) {
    throw new AppError("VALIDATION", `The page was read again, but its text could not be taken: ${prepared.reason}`, { fieldErrors: { url: [prepared.reason] } });
  }
  const { body, title } = prepared.article;
  const found = await recordSourceCheck({ target, actorId, capture: { ...toNewCapture(page), body, title } });
  return {
    changed: found.changed,
    capture: found.capture,
    diff: found.changed ? wordDiff(found.article.body, body) : [],
    articleVersion: found.article.version,
    unchangedSince: found.changed ? null : found.currentCapturedAt,
  };
}

export type ScheduledCheckOutcome = "checked" | "changed" | "failed" | "gone" | "host-busy";

/**
 * The recurring check of one article, run by the job worker with no person acting. One request at a
 * time per host (withHostLock): "host-busy" when another worker is at that site now, and the caller
 * tries again a little later. A page that cannot be read, or read as an article, is recorded on the
 * article ("failed") and never thrown, so one broken site does not stop the others' checks.
 */
export async function checkArticleSourceOnSchedule({ articleId, fetchPage, signal }: { articleId: string; fetchPage: FetchPage; signal?: AbortSignal }): Promise<ScheduledCheckOutcome> {
  const target = await getScheduledCheckTarget(articleId);
  if (!target) return "gone";
  try {
    const fetched = await withHostLock(new URL(target.url).host, () => fetchPage(target.url, { signal }));
    if (!fetched.ran) return "host-busy";
    const result = await record(target, null, fetched.value);
    return result.changed ? "changed" : "checked";
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return "gone";
    await recordSourceCheckFailure({ articleId, reason: failureReason(error) });
    return "failed";
  }
}

/** A refusal in the user's words ("the server answered 404 Not Found"); anything else is ours, and logged. */
function failureReason(error: unknown): string {
  if (error instanceof AppError) return error.details?.fieldErrors?.url?.[0] ?? error.message;
  console.error("A scheduled source check failed", error);
  return "it could not be checked because of an error on our side; the next check tries again.";
}
