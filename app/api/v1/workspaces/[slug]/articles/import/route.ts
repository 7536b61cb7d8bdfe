import { apiHandler } from "@/lib/server/api/handler";
import { toApiJobStatus } from "@/lib/server/api/job-status";
import { apiRoute } from "@/lib/server/api/routes";
import { createArticleImportJob } from "@/lib/workflows/article-import/article-import-jobs";
import { enqueueJobOrFail } from "@/lib/jobs/queue";

// As the import page's upload route: the files are stored with a job, the job is queued, and its status
// answered at once (202). Files over the limit of one file are not stored; the job lists them refused.
export const POST = apiHandler(apiRoute("importArticleFiles"), async ({ actor, slug, upload }) => {
  const job = await createArticleImportJob({ actor, slug, files: upload.files, options: upload.fields });
  await enqueueJobOrFail(job, "The job queue is not reachable, so the import could not start and nothing was imported. Try again in a moment.");
  return toApiJobStatus(slug, job, []);
});
