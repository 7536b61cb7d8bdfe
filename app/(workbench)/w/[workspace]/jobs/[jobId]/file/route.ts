import { openJobFile } from "@/lib/data/jobs/jobs";
import { streamOf } from "@/lib/formats/byte-stream";
import { attachmentResponse } from "@/lib/server/http/responses";
import { routeHandler } from "@/lib/server/http/route-handler";
import { jobParamsSchema } from "@/lib/schemas/export";

/** The file a finished job wrote (a large export), read from Postgres chunk by chunk: any instance serves it. */
export const GET = routeHandler(
  { params: jobParamsSchema, missing: "That file", role: "VIEWER", signInTo: "download this file" },
  async ({ user, params: { workspace, jobId } }) => {
    const file = await openJobFile({ actor: user, slug: workspace, jobId });
    return attachmentResponse({ ...file, body: streamOf(file.chunks) });
  },
);
