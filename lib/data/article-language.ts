import "server-only";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "./audit";
import type { Actor } from "./scope";
import { requireWorkspaceRole } from "./workspaces";

export const languageConflict = (version: number) =>
  new AppError("CONFLICT", `Someone else changed this article while you were editing it (it is now at version ${version}). Reload it to see their change; nothing of yours was saved.`, { current: { version } });

/**
 * Sets the language of an article read at `version`, inside the caller's transaction. Postgres rebuilds the
 * article's search vector and its claims' in that same transaction (triggers of the migration
 * ..._article_language_search); figure suggestions are read at render, in the language stored.
 */
export async function writeArticleLanguage(tx: Tx, { workspaceId, actor, articleId, version, language }: {
  workspaceId: string;
  actor: Actor;
  articleId: string;
  version: number;
  language: string | null;
}): Promise<{ version: number; language: string | null }> {
  const article = await tx.article.findFirst({ where: { id: articleId, workspaceId }, select: { id: true, version: true, language: true } });
  if (!article) throw notFound("That article");
  const updated = await tx.article.updateMany({ where: { id: article.id, version }, data: { language, version: { increment: 1 } } });
  if (updated.count === 0) throw languageConflict(article.version);
  await recordAudit(tx, {
    workspaceId,
    actorId: actor.id,
    entityType: "article",
    entityId: article.id,
    action: "update-language",
    before: { version, language: article.language },
    after: { version: version + 1, language },
  });
  return { version: version + 1, language };
}

/** Sets an article's language (editors and above), with optimistic concurrency on the article's version. */
export async function setArticleLanguage({ actor, slug, articleId, version, language }: { actor: Actor; slug: string; articleId: string; version: number; language: string | null }) {
  const access = await requireWorkspaceRole({ actor, slug, role: MINIMUM_ROLE.editArticles });
  return getDb().$transaction((tx) => writeArticleLanguage(tx, { workspaceId: access.workspace.id, actor, articleId, version, language }));
}
