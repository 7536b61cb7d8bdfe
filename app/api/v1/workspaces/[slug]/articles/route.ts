import { apiHandler } from "@/lib/api/handler";
import { articlesByTitle } from "@/lib/api/keysets";
import { fetchPage } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/routes";
import { createArticle, searchArticles } from "@/lib/data/article-lifecycle";

export const GET = apiHandler(apiRoute("listArticles"), ({ actor, slug, query }) =>
  fetchPage(query, articlesByTitle, (window) => searchArticles({ actor, slug, q: query.q, ...window })),
);

export const POST = apiHandler(apiRoute("createArticle"), ({ actor, slug, body }) => createArticle({ actor, slug, input: body }));
