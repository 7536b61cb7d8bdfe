import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { applyCapture } from "@/lib/data/articles/capture-changes";

export const POST = apiHandler(apiRoute("applyCapture"), ({ actor, slug, body }) => applyCapture({ actor, slug, ...body }));
