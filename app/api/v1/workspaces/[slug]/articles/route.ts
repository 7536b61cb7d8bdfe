import { apiHandler } from "@/lib/server/api/handler";
import { articlesByTitle } from "@/lib/server/api/keysets";
import { fetchPage } from "@/lib/server/api/pagination";
import { apiRoute } from "@/lib/server/api/routes";
import { createArticle, searchArticles } from "@/lib/data/articles/article-lifecycle";

export const GET = apiHandler(apiRoute("listArticles"), ({ actor, slug, query }) =>
  fetchPage(query, articlesByTitle, (window) => searchArticles({ actor, slug, q: query.q, sourceChanged: query.sourceChanged === "true", ...window })),
);

export const POST = apiHandler(apiRoute("createArticle"), ({ actor, slug, body }) => createArticle({ actor, slug, input: body }));
