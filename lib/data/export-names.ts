import "server-only";
import { getDb } from "@/lib/db/client";
import type { ReportAccess } from "./report-data";

/** The title of the article an export is limited to (null when it is not one of the workspace's). */
export async function getExportArticleTitle(access: ReportAccess, articleId: string | undefined): Promise<string | null> {
  if (!articleId) return null;
  const article = await getDb().article.findFirst({ where: { id: articleId, workspaceId: access.workspace.id }, select: { title: true } });
  return article?.title ?? null;
}
