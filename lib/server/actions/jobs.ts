"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { countExportClaims } from "@/lib/workflows/export/exports";
import { createJob, requestJobCancel } from "@/lib/data/jobs/jobs";
import { AppError } from "@/lib/errors";
import { EXPORT_FORMAT_INFO, tooManyClaimsMessage } from "@/lib/formats/export-format-info";
import { limitHeavyAction } from "@/lib/server/http/heavy-limits";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import { enqueueJobOrFail } from "@/lib/jobs/queue";
import { toJobStatus, type JobStatus } from "@/lib/jobs/job-status";
import { idSchema } from "@/lib/schemas/common";
import { startExportJobSchema } from "@/lib/schemas/export";

/** Starts a background export of the scope (the reports page does this above the size threshold). */
export async function startExportJobAction(slug: string, input: unknown): Promise<ActionResult<JobStatus>> {
  return runWorkspaceAction(slug, startExportJobSchema, input, async ({ actor, slug, input }) => {
    await limitHeavyAction(actor.id);
    const { format, ...scope } = input;
    const info = EXPORT_FORMAT_INFO[format];
    const total = await countExportClaims({ actor, slug, scope: info.kind === "report" ? scope : {}, format });
    if (info.maxClaims !== undefined && total > info.maxClaims) throw new AppError("PAYLOAD_TOO_LARGE", tooManyClaimsMessage(format, total));
    const job = await createJob({ actor, slug, kind: "export", payload: { ...input, baseUrl: requestBaseUrl(await headers()) }, total, action: `export:${format}` });
    await enqueueJobOrFail(job, "The job queue is not reachable, so the export could not start. Try again in a moment.");
    return toJobStatus(slug, job);
  });
}

/** Any job kind: the progress component's Cancel button. */
export async function cancelJobAction(slug: string, input: unknown): Promise<ActionResult<JobStatus>> {
  return runWorkspaceAction(slug, z.object({ jobId: idSchema }), input, async ({ actor, slug, input }) => toJobStatus(slug, await requestJobCancel({ actor, slug, jobId: input.jobId })));
}
