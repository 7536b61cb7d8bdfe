import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { listArticleCaptures } from "@/lib/data/articles/captures";

// The article page's capture history: every capture's metadata, oldest first (the bytes: …/original).
export const GET = apiHandler(apiRoute("listArticleCaptures"), async ({ actor, slug, params }) => ({
  items: await listArticleCaptures({ actor, slug, articleId: params.articleId }),
}));
