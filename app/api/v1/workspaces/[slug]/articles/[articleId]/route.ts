import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { deleteArticle } from "@/lib/data/articles/article-lifecycle";
import { updateArticle } from "@/lib/data/articles/article-text";
import { getArticle } from "@/lib/data/articles/articles";
import { notFound } from "@/lib/errors";

// The reader's own read (getArticle), so the API and the page answer the same article.
export const GET = apiHandler(apiRoute("getArticle"), async ({ actor, slug, params }) => {
  const article = await getArticle({ actor, slug, articleId: params.articleId });
  if (!article) throw notFound("That article");
  return article;
});

export const PATCH = apiHandler(apiRoute("updateArticle"), ({ actor, slug, body }) => updateArticle({ actor, slug, ...body }));

export const DELETE = apiHandler(apiRoute("deleteArticle"), ({ actor, slug, params, query }) =>
  deleteArticle({ actor, slug, articleId: params.articleId, force: query.force === "true" }),
);
