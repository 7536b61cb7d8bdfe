import "server-only";
import { recordEvent } from "@/lib/data/events/events";
import { getDb, type Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { recordAudit } from "../audit";
import { updateAtVersion } from "../version-conflict";
import type { Actor } from "../scope";
import { requireWorkspaceRole } from "../workspaces/workspaces";

/** Someone else saved the article (its text or its language) since the caller read it. */
export const ARTICLE_SAVED = { what: "this article", then: "Reload it to see their change; nothing of yours was saved." };

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
  await updateAtVersion(ARTICLE_SAVED, version,
    () => tx.article.updateMany({ where: { id: article.id, version }, data: { language, version: { increment: 1 } } }),
    () => tx.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true } }));
  await recordAudit(tx, {
    workspaceId,
    actorId: actor.id,
    entityType: "article",
    entityId: article.id,
    action: "update-language",
    before: { version, language: article.language },
    after: { version: version + 1, language },
  });
  await recordEvent(tx, { workspaceId, name: "article.updated", articleId: article.id, actorId: actor.id });
  return { version: version + 1, language };
}

/** Sets an article's language (editors and above), with optimistic concurrency on the article's version. */
export async function setArticleLanguage({ actor, slug, articleId, version, language }: { actor: Actor; slug: string; articleId: string; version: number; language: string | null }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  return getDb().$transaction((tx) => writeArticleLanguage(tx, { workspaceId: access.workspace.id, actor, articleId, version, language }));
}
