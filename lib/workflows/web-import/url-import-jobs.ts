import "server-only";
import type { JobView } from "@/lib/data/jobs/jobs";
import { createJob } from "@/lib/data/jobs/jobs";
import type { Actor } from "@/lib/data/scope";
import type { ImportUrlsInput } from "@/lib/schemas/url-import";
import { getArticleImport, getLatestArticleImport, type ArticleImportView } from "@/lib/workflows/article-import/article-import-jobs";

// A list of addresses imported as a background job (lib/jobs/url-import-job.ts runs it), read like the
// bulk upload's: the same job rows, and the same per-item outcomes (article_import_outcomes), named
// after each address, so that the import page and GET jobs/{id} show both alike.

export const URL_IMPORT_JOB_KIND = "url-import";

/** Records the job with its list of addresses (editors and above); the caller then enqueues it. */
export async function createUrlImportJob({ actor, slug, urls }: { actor: Actor; slug: string; urls: ImportUrlsInput["urls"] }): Promise<JobView> {
  // At most 200 addresses of at most 2,000 characters: small enough for the job's JSON payload.
  return createJob({ actor, slug, kind: URL_IMPORT_JOB_KIND, payload: { urls }, total: urls.length, action: "editArticles" });
}

/** One of the actor's URL-list imports with the outcomes so far (only its creator sees it). */
export function getUrlImport({ actor, slug, jobId }: { actor: Actor; slug: string; jobId: string }): Promise<ArticleImportView> {
  return getArticleImport({ actor, slug, jobId, kind: URL_IMPORT_JOB_KIND });
}

/** The actor's most recent URL-list import in the workspace, for the import page after a reload. */
export function getLatestUrlImport({ actor, slug }: { actor: Actor; slug: string }): Promise<ArticleImportView | null> {
  return getLatestArticleImport({ actor, slug, kind: URL_IMPORT_JOB_KIND });
}
