import { getSessionUser } from "@/lib/auth/session";
import { openJobFile } from "@/lib/data/jobs";
import { streamOf } from "@/lib/formats/byte-stream";
import { attachmentResponse, errorResponse } from "@/lib/http/responses";
import { jobParamsSchema } from "@/lib/schemas/export";

/** The file a finished job wrote (a large export), read from Postgres chunk by chunk: any instance serves it. */
export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string; jobId: string }> }) {
  const parsed = jobParamsSchema.safeParse(await params);
  if (!parsed.success) return Response.json({ message: "That file was not found." }, { status: 404 });
  const user = await getSessionUser();
  if (!user) return Response.json({ message: "Sign in to download this file." }, { status: 401 });
  try {
    const file = await openJobFile({ actor: user, slug: parsed.data.workspace, jobId: parsed.data.jobId });
    return attachmentResponse({ ...file, body: streamOf(file.chunks) });
  } catch (error) {
    return errorResponse(error, "The download");
  }
}
