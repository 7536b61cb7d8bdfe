import { apiHandler } from "@/lib/server/api/handler";
import { toApiJobStatus } from "@/lib/server/api/job-status";
import { apiRoute } from "@/lib/server/api/routes";
import { ARTICLE_IMPORT_JOB_KIND, getArticleImport } from "@/lib/workflows/article-import/article-import-jobs";
import { URL_IMPORT_JOB_KIND } from "@/lib/workflows/web-import/url-import-jobs";
import { getJob } from "@/lib/data/jobs/jobs";

/** Jobs that record one outcome per item (a file, an address), answered with them. */
const IMPORT_KINDS: readonly string[] = [ARTICLE_IMPORT_JOB_KIND, URL_IMPORT_JOB_KIND];

// Only the member who started a job sees it (getJob), as in the app: others get 404.
export const GET = apiHandler(apiRoute("getJob"), async ({ actor, slug, params }) => {
  const job = await getJob({ actor, slug, jobId: params.jobId });
  if (!IMPORT_KINDS.includes(job.kind)) return toApiJobStatus(slug, job);
  const { outcomes } = await getArticleImport({ actor, slug, jobId: job.id, kind: job.kind });
  return toApiJobStatus(slug, job, outcomes);
});
