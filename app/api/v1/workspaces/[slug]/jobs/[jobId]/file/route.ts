import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { openJobFile } from "@/lib/data/jobs/jobs";
import { streamOf } from "@/lib/formats/byte-stream";
import { attachmentResponse } from "@/lib/server/http/responses";

// A finished export job's file, chunk by chunk from Postgres, for its starter only.
export const GET = apiHandler(apiRoute("downloadJobFile"), async ({ actor, slug, params }) => {
  const file = await openJobFile({ actor, slug, jobId: params.jobId });
  return attachmentResponse({ ...file, body: streamOf(file.chunks) });
});
