import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { limitHeavyRequest } from "@/lib/server/http/heavy-limits";
import { fetchPage } from "@/lib/net/fetch-page";
import { requireArticle } from "@/lib/data/articles/articles";
import { importOneUrl } from "@/lib/workflows/web-import/import-from-url";

// The page is fetched and imported within the request; the answer is the article as GET articles/{id}
// returns it. A duplicate is a 409 with the article already here in error.current.id; a refused or
// unreadable page a 422 with why under `url`.
export const POST = apiHandler(apiRoute("importArticleUrl"), async ({ request, actor, slug, body }) => {
  await limitHeavyRequest(request, actor.id);
  const { articleId } = await importOneUrl({ actor, slug, url: body.url, fetchPage });
  return requireArticle({ actor, slug, articleId });
});
