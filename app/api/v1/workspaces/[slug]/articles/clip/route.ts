import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { limitHeavyRequest } from "@/lib/server/http/heavy-limits";
import { clipWebPage } from "@/lib/workflows/web-import/clip-page";

// A clipped page is an upload: it counts against the heavy-request budget as the file import does.
export const POST = apiHandler(apiRoute("clipArticle"), async ({ request, actor, slug, body }) => {
  await limitHeavyRequest(request, actor.id);
  const { article, passage } = await clipWebPage({ actor, slug, input: body });
  return { ...article, passage };
});
