import { getSessionUser } from "@/lib/auth/session";
import { getJob } from "@/lib/data/jobs";
import { errorResponse } from "@/lib/http/responses";
import { toJobStatus } from "@/lib/jobs/job-status";
import { jobParamsSchema } from "@/lib/schemas/export";

/** A job's status for the progress component, polled every second while it runs. Its creator only. */
export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string; jobId: string }> }) {
  const parsed = jobParamsSchema.safeParse(await params);
  if (!parsed.success) return Response.json({ message: "That job was not found." }, { status: 404 });
  const user = await getSessionUser();
  if (!user) return Response.json({ message: "Your session has ended. Sign in again to follow this job." }, { status: 401 });
  try {
    const job = await getJob({ actor: user, slug: parsed.data.workspace, jobId: parsed.data.jobId });
    return Response.json(toJobStatus(parsed.data.workspace, job), { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error, "Reading the job");
  }
}
