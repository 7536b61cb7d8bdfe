import { createArticleImportJob } from "@/lib/data/article-import-jobs";
import { errorResponse } from "@/lib/http/responses";
import { readUploadRequest } from "@/lib/http/upload-request";
import { enqueueJobOrFail } from "@/lib/jobs/queue";
import { toJobStatus } from "@/lib/jobs/job-status";
import { articleUploadOptionsSchema, MAX_FILES_PER_UPLOAD } from "@/lib/schemas/article-import";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";

/**
 * Starts an import of uploaded article files (editors and above) as a background job: the files are
 * stored with the job, the job is queued, and its status is answered at once (202). The page then
 * follows the job's progress; files over the upload limit are not stored, and the job lists them refused.
 */
export async function POST(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const upload = await readUploadRequest(request, params, MINIMUM_ROLE.editArticles, "import articles");
  if (!upload.ok) return upload.response;
  const { user, slug, form, files } = upload;
  if (files.length > MAX_FILES_PER_UPLOAD) {
    return Response.json({ message: `An upload takes at most ${MAX_FILES_PER_UPLOAD.toLocaleString("en")} files; this one has ${files.length.toLocaleString("en")}. Upload them in parts.` }, { status: 422 });
  }
  const options = articleUploadOptionsSchema.parse({ stripScripts: form.get("stripScripts") });
  try {
    const job = await createArticleImportJob({ actor: user, slug, files, options });
    await enqueueJobOrFail(job, "The job queue is not reachable, so the import could not start and nothing was imported. Try again in a moment.");
    return Response.json(toJobStatus(slug, job), { status: 202, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "Starting the import");
  }
}
