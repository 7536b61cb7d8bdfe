import { apiHandler } from "@/lib/api/handler";
import { apiRoute } from "@/lib/api/routes";
import { deleteArticle } from "@/lib/data/article-lifecycle";
import { updateArticleText } from "@/lib/data/article-text";
import { requireArticle } from "@/lib/data/articles";

export const GET = apiHandler(apiRoute("getArticle"), ({ actor, slug, params }) => requireArticle({ actor, slug, articleId: params.articleId }));

export const PATCH = apiHandler(apiRoute("updateArticleText"), ({ actor, slug, body }) => updateArticleText({ actor, slug, ...body }));

export const DELETE = apiHandler(apiRoute("deleteArticle"), ({ actor, slug, params, query }) =>
  deleteArticle({ actor, slug, articleId: params.articleId, force: query.force === "true" }),
);
