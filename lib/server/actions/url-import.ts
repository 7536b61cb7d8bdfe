"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { limitHeavyAction } from "@/lib/server/http/heavy-limits";
import { fetchPage } from "@/lib/net/fetch-page";
import { enqueueJobOrFail } from "@/lib/jobs/queue";
import { toJobStatus, type JobStatus } from "@/lib/jobs/job-status";
import { importUrlListFormSchema, importUrlSchema } from "@/lib/schemas/url-import";
import { importOneUrl } from "@/lib/workflows/web-import/import-from-url";
import { createUrlImportJob } from "@/lib/workflows/web-import/url-import-jobs";

/** "Import from a URL": fetches the page and imports it (a duplicate is a 409 naming the article, a refusal a `url` field error). */
export async function importUrlAction(slug: string, input: unknown): Promise<ActionResult<{ articleId: string; title: string; removed: number }>> {
  return runWorkspaceAction(slug, importUrlSchema, input, async ({ actor, slug, input }) => {
    // The server fetches what the user names: counted like an upload.
    await limitHeavyAction(actor.id);
    const outcome = await importOneUrl({ actor, slug, url: input.url, fetchPage });
    revalidatePath(`/w/${slug}/articles`);
    return { articleId: outcome.articleId, title: outcome.title, removed: outcome.removed };
  });
}

/** "Or paste a list of addresses": starts the URL-list import job and answers its status. */
export async function startUrlImportAction(slug: string, input: unknown): Promise<ActionResult<JobStatus>> {
  return runWorkspaceAction(slug, importUrlListFormSchema, input, async ({ actor, slug, input }) => {
    await limitHeavyAction(actor.id);
    const job = await createUrlImportJob({ actor, slug, urls: input.urls });
    await enqueueJobOrFail(job, "The job queue is not reachable, so the import could not start and nothing was imported. Try again in a moment.");
    return toJobStatus(slug, job);
  });
}
