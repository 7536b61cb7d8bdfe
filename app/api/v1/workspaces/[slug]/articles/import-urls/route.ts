import { apiHandler } from "@/lib/server/api/handler";
import { toApiJobStatus } from "@/lib/server/api/job-status";
import { apiRoute } from "@/lib/server/api/routes";
import { limitHeavyRequest } from "@/lib/server/http/heavy-limits";
import { enqueueJobOrFail } from "@/lib/jobs/queue";
import { createUrlImportJob } from "@/lib/workflows/web-import/url-import-jobs";

// As the import page's list: the addresses are stored with a job, the job is queued, and its status is
// answered at once (202); GET jobs/{id} then lists each address's outcome as it is done.
export const POST = apiHandler(apiRoute("importArticleUrls"), async ({ request, actor, slug, body }) => {
  await limitHeavyRequest(request, actor.id);
  const job = await createUrlImportJob({ actor, slug, urls: body.urls });
  await enqueueJobOrFail(job, "The job queue is not reachable, so the import could not start and nothing was imported. Try again in a moment.");
  return toApiJobStatus(slug, job, []);
});
