import "server-only";
import { getDb } from "@/lib/db/client";
import { getReportAccess, listArticlesForExport, type ReportAccess } from "@/lib/data/reports/report-data";
import type { Actor } from "@/lib/data/scope";

/** The title of the article an export is limited to (null when it is not one of the workspace's). */
export async function getExportArticleTitle(access: ReportAccess, articleId: string | undefined): Promise<string | null> {
  if (!articleId) return null;
  const article = await getDb().article.findFirst({ where: { id: articleId, workspaceId: access.workspace.id }, select: { title: true } });
  return article?.title ?? null;
}

/** The workspace's articles for the reports page, each with its claims and its resolved claims. */
export async function listArticlesForExportWithResolved({ actor, slug }: { actor: Actor; slug: string }): Promise<{ id: string; title: string; claims: number; resolved: number }[]> {
  const [articles, access] = await Promise.all([listArticlesForExport({ actor, slug }), getReportAccess({ actor, slug })]);
  const resolved = await getDb().claim.groupBy({ by: ["articleId"], where: { workspaceId: access.workspace.id, status: "RESOLVED" }, _count: { _all: true } });
  const byArticle = new Map(resolved.map((row) => [row.articleId, row._count._all]));
  return articles.map((article) => ({ ...article, resolved: byArticle.get(article.id) ?? 0 }));
}
