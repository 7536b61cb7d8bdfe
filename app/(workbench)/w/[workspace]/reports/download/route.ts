import { streamExport } from "@/lib/workflows/export/exports";
import { attachmentResponse } from "@/lib/server/http/responses";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import { routeHandler } from "@/lib/server/http/route-handler";
import { workspaceParamsSchema } from "@/lib/schemas/common";
import { exportQuerySchema } from "@/lib/schemas/export";

/** The reports page's download: ?format=csv[&article=…][&status=…]…, streamed as it is read from the database. */
export const GET = routeHandler(
  { params: workspaceParamsSchema, query: exportQuerySchema, role: "VIEWER", heavy: true, signInTo: "download exports" },
  async ({ request, user, params: { workspace }, query: { format, ...scope } }) =>
    attachmentResponse(await streamExport({ actor: user, slug: workspace, format, scope, baseUrl: requestBaseUrl(request) })),
);
