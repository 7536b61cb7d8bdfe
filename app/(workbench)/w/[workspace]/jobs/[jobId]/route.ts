import { getJob } from "@/lib/data/jobs/jobs";
import { routeHandler } from "@/lib/server/http/route-handler";
import { toJobStatus } from "@/lib/jobs/job-status";
import { jobParamsSchema } from "@/lib/schemas/export";

/** A job's status for the progress component, polled every second while it runs. Its creator only. */
export const GET = routeHandler(
  { params: jobParamsSchema, missing: "That job", role: "VIEWER", signInTo: "follow this job" },
  async ({ user, params: { workspace, jobId } }) => {
    const job = await getJob({ actor: user, slug: workspace, jobId });
    return Response.json(toJobStatus(workspace, job), { headers: { "Cache-Control": "private, no-store" } });
  },
);
