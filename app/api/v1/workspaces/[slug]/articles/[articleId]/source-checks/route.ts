import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { limitHeavyRequest } from "@/lib/server/http/heavy-limits";
import { fetchPage } from "@/lib/net/fetch-page";
import { checkArticleSource } from "@/lib/workflows/web-import/source-check";

// The page is fetched again within the request (the fetcher's own limits bound it) and kept as a
// capture; the answer says whether its text changed, with the word diff. Nothing of the article changes.
export const POST = apiHandler(apiRoute("checkArticleSource"), async ({ request, actor, slug, params }) => {
  await limitHeavyRequest(request, actor.id);
  return checkArticleSource({ actor, slug, articleId: params.articleId, fetchPage, signal: request.signal });
});
