import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { streamExport } from "@/lib/workflows/export/exports";
import { limitHeavyRequest } from "@/lib/server/http/heavy-limits";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import { attachmentResponse } from "@/lib/server/http/responses";

// Streamed as it is read from the database; errors before the first byte (403 for the workspace JSON
// below editor, 413 for a PDF over its claim limit) still get the API's JSON error shape.
export const GET = apiHandler(apiRoute("exportWorkspace"), async ({ request, actor, slug, query: { format, ...scope } }) => {
  await limitHeavyRequest(request, actor.id);
  return attachmentResponse(await streamExport({ actor, slug, format, scope, baseUrl: requestBaseUrl(request) }));
});
