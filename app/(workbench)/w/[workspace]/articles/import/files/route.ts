import { createArticleImportJob } from "@/lib/workflows/article-import/article-import-jobs";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";
import { routeHandler } from "@/lib/server/http/route-handler";
import { enqueueJobOrFail } from "@/lib/jobs/queue";
import { toJobStatus } from "@/lib/jobs/job-status";
import { articleUploadOptionsSchema, MAX_FILES_PER_UPLOAD } from "@/lib/schemas/article-import";
import { workspaceParamsSchema } from "@/lib/schemas/common";

/**
 * Starts an import of uploaded article files (editors and above) as a background job: the files are
 * stored with the job, the job is queued, and its status is answered at once (202). The page then
 * follows the job's progress; files over the upload limit are not stored, and the job lists them refused.
 */
export const POST = routeHandler(
  {
    params: workspaceParamsSchema,
    role: MINIMUM_ROLE.editArticles,
    upload: { field: "files", maxFiles: MAX_FILES_PER_UPLOAD, fields: articleUploadOptionsSchema },
    signInTo: "import articles",
  },
  async ({ user, params: { workspace: slug }, upload: { files, fields: options } }) => {
    const job = await createArticleImportJob({ actor: user, slug, files, options });
    await enqueueJobOrFail(job, "The job queue is not reachable, so the import could not start and nothing was imported. Try again in a moment.");
    return Response.json(toJobStatus(slug, job), { status: 202, headers: { "Cache-Control": "no-store" } });
  },
);
