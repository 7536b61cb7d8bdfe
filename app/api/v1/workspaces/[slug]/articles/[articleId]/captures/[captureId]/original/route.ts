import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { readCapture } from "@/lib/data/articles/captures";
import { captureDownloadResponse } from "@/lib/server/http/capture-download";
import { limitHeavyRequest } from "@/lib/server/http/heavy-limits";

// Also the article page's "Download original" link (the session cookie authenticates it). A capture of
// another article or workspace is a 404 like any record the caller cannot see.
export const GET = apiHandler(apiRoute("downloadCaptureOriginal"), async ({ request, actor, slug, params }) => {
  await limitHeavyRequest(request, actor.id);
  return captureDownloadResponse(await readCapture({ actor, slug, articleId: params.articleId, captureId: params.captureId }));
});
