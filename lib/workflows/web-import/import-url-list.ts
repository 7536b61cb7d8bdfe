import "server-only";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import type { FileOutcome, ImportProgress, ImportSummary } from "@/lib/workflows/article-import/article-import";
import { fetchUnlessKnown, storeFetchedPage, type FetchPage, type SeenInBatch } from "./import-from-url";
import type { WebPage } from "./import-web-page";

/**
 * Pages fetched ahead of the one being stored. Fetching is waiting on other servers, so a few at once
 * hide most of it; more would hammer one site with a list of its own pages, and hold more pages
 * (up to the fetch limit each) in memory.
 */
export const FETCH_AHEAD = 4;

const ourFault = (url: string): FileOutcome => ({
  file: url, status: "refused", reason: "it could not be imported because of an error on our side, and nothing of it was saved. Try it again on its own.",
});

/**
 * Imports a list of addresses in order (editors and above), as the bulk upload does its files: each page
 * is stored in its own transaction, so one bad address never stops the others; an address listed twice
 * is reported, not fetched twice; `onProgress` hears of every address as it is done; `signal` stops the
 * import between addresses and aborts the fetches under way (what was imported stays).
 */
export async function importUrlList({ actor, slug, urls, fetchPage, onProgress, signal }: {
  actor: Actor;
  slug: string;
  urls: readonly string[];
  fetchPage: FetchPage;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  signal?: AbortSignal;
}): Promise<ImportSummary> {
  await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const seen: SeenInBatch = { bodies: new Map(), urls: new Map() };
  const firstListed = new Map<string, string>();
  const outcomes: FileOutcome[] = [];
  // The fetch of each page starts up to FETCH_AHEAD places early; pages are still stored in list order,
  // so duplicates within the list are decided as they would be one by one.
  const fetched = new Map<number, Promise<WebPage | FileOutcome>>();
  const startFetch = (index: number) => {
    if (fetched.has(index) || index >= urls.length) return;
    const url = urls[index]!;
    const key = URL.canParse(url) ? new URL(url).href : url;
    const earlier = firstListed.get(key);
    if (earlier !== undefined) {
      fetched.set(index, Promise.resolve({ file: url, status: "duplicate", reason: `it is the same address as ${earlier}, earlier in this list.`, articleId: null }));
      return;
    }
    firstListed.set(key, url);
    const step = fetchUnlessKnown({ actor, slug, url, fetchPage, signal });
    step.catch(() => {}); // read on its turn, below; a failure before then is not "unhandled"
    fetched.set(index, step);
  };

  for (let index = 0; index < urls.length; index++) {
    if (signal?.aborted) return { outcomes, cancelled: true };
    for (let ahead = index; ahead < index + FETCH_AHEAD; ahead++) startFetch(ahead);
    const url = urls[index]!;
    const pending = fetched.get(index)!;
    fetched.delete(index);
    let outcome: FileOutcome;
    try {
      const page = await pending;
      outcome = await storeFetchedPage({ actor, slug, url, page, seen });
    } catch (error) {
      if (signal?.aborted) return { outcomes, cancelled: true };
      // One address's unexpected failure is that address's: the others still import. Details go to the log only.
      console.error(`Importing ${url} failed`, error);
      outcome = ourFault(url);
    }
    outcomes.push(outcome);
    await onProgress?.({ done: outcomes.length, total: urls.length, outcome });
  }
  return { outcomes, cancelled: false };
}
