import { buildOpenApiDocument } from "@/lib/server/api/openapi";

// Public: the document describes the API, not any workspace's data.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}
