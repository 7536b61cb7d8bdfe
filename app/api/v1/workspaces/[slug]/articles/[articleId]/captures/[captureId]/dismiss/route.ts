import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { dismissCapture } from "@/lib/data/articles/capture-changes";

export const POST = apiHandler(apiRoute("dismissCapture"), ({ actor, slug, params }) => dismissCapture({ actor, slug, articleId: params.articleId, captureId: params.captureId }));
