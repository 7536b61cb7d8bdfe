import "server-only";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "../audit";
import { CAPTURE_SUMMARY, CURRENT_CAPTURE_ORDER } from "./captures";
import { articleScope, type Actor } from "../scope";

export async function listArticles({ actor, slug }: { actor: Actor; slug: string }) {
  const rows = await getDb().article.findMany({
    where: articleScope(actor, slug),
    orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedAt: true,
      publishedNote: true,
      wordCount: true,
      language: true,
      _count: { select: { claims: true } },
    },
  });
  return rows.map(({ _count, ...article }) => ({ ...article, claimCount: _count.claims }));
}

export type ArticleListItem = Awaited<ReturnType<typeof listArticles>>[number];

/**
 * The article if the actor is a member of its workspace; null otherwise, without saying which. `capture`
 * is its current capture (the page its text came from, for an article imported from the web), or null.
 */
export async function getArticle({ actor, slug, articleId }: { actor: Actor; slug: string; articleId: string }) {
  const row = await getDb().article.findFirst({
    where: { id: articleId, ...articleScope(actor, slug) },
    select: {
      id: true,
      title: true,
      url: true,
      publisher: true,
      author: true,
      publishedAt: true,
      publishedNote: true,
      language: true,
      // The last check for changes of an article imported from the web, and why it failed (null: it did not).
      sourceCheckedAt: true,
      sourceCheckError: true,
      body: true,
      wordCount: true,
      importFormat: true,
      importFileName: true,
      importRemoved: true,
      createdAt: true,
      updatedAt: true,
      version: true,
      captures: { where: { appliedAt: { not: null } }, orderBy: CURRENT_CAPTURE_ORDER, take: 1, select: CAPTURE_SUMMARY },
    },
  });
  if (!row) return null;
  const { captures, ...article } = row;
  return { ...article, capture: captures[0] ?? null };
}

export async function requireArticle(args: { actor: Actor; slug: string; articleId: string }) {
  const article = await getArticle(args);
  if (!article) throw notFound("That article");
  return article;
}

export interface NewArticle {
  title: string;
  url?: string | null;
  publisher?: string | null;
  author?: string | null;
  publishedAt?: Date | null;
  publishedNote?: string | null;
  language?: string | null;
  body: string;
  bodyHash: string;
  wordCount: number;
  importFormat: string;
  importFileName?: string | null;
  importRemoved: Prisma.InputJsonValue;
}

/**
 * Adds the article unless the workspace already holds the same body; returns which happened.
 * The unique (workspaceId, bodyHash) index makes this safe against concurrent imports too.
 */
export async function ensureArticle({ workspaceId, actorId, article }: { workspaceId: string; actorId: string | null; article: NewArticle }) {
  const db = getDb();
  const existing = await db.article.findUnique({
    where: { workspaceId_bodyHash: { workspaceId, bodyHash: article.bodyHash } },
    select: { id: true },
  });
  if (existing) return { id: existing.id, created: false };
  return db.$transaction(async (tx) => {
    const created = await tx.article.create({
      data: { ...article, workspaceId, importedById: actorId },
      select: { id: true },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId,
      entityType: "article",
      entityId: created.id,
      action: "import",
      after: { title: article.title, importFormat: article.importFormat, bodyHash: article.bodyHash },
    });
    return { id: created.id, created: true };
  });
}
