import { apiHandler } from "@/lib/api/handler";
import { apiRoute } from "@/lib/api/routes";
import { openJobFile } from "@/lib/data/jobs";
import { streamOf } from "@/lib/formats/byte-stream";
import { attachmentResponse } from "@/lib/http/responses";

// A finished export job's file, chunk by chunk from Postgres, for its starter only.
export const GET = apiHandler(apiRoute("downloadJobFile"), async ({ actor, slug, params }) => {
  const file = await openJobFile({ actor, slug, jobId: params.jobId });
  return attachmentResponse({ ...file, body: streamOf(file.chunks) });
});
