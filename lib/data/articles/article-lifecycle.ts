import "server-only";
import { refreshClaimDisagreements } from "../disagreements/claim-disagreements";
import { lockGroupsForDeletion } from "../claims/claim-groups";
import { beginFigureWrite, finishFigureWrite, lockFigures } from "../figure-conflicts/figure-conflict-writes";
import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { identifyLanguage } from "@/lib/domain/language-identification";
import { canForceDeleteArticle, refusal } from "@/lib/domain/permissions";
import { hashBody } from "@/lib/formats/body-hash";
import { countWords } from "@/lib/formats/clean-article-text";
import type { CreateArticleInput } from "@/lib/schemas/article";
import { recordAudit } from "../audit";
import { articleScope, type Actor } from "../scope";
import { requireWorkspaceRole } from "../workspaces/workspaces";

/**
 * Articles by search on title, publisher or author, ordered by title then id, a page at a time:
 * the page starts after the article `after` names (the API's keyset cursor).
 */
export async function searchArticles({ actor, slug, q, sourceChanged, limit, after }: {
  actor: Actor; slug: string; q?: string; sourceChanged?: boolean; limit: number; after: { title: string; id: string } | null;
}) {
  const search = q ? { OR: (["title", "publisher", "author"] as const).map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })) } : {};
  // A check found the page changed and nobody applied or dismissed it yet (capture-changes.ts).
  const changed = sourceChanged ? { captures: { some: { pendingChange: true } } } : {};
  // "title >= t" bounds the index scan; the OR only sorts out the articles sharing the title t.
  const seek = after ? { AND: [{ title: { gte: after.title } }, { OR: [{ title: { gt: after.title } }, { id: { gt: after.id } }] }] } : {};
  const rows = await getDb().article.findMany({
    where: { ...articleScope(actor, slug), ...search, ...changed, ...seek },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, title: true, url: true, publisher: true, author: true, publishedAt: true, language: true, wordCount: true, version: true, createdAt: true, updatedAt: true, _count: { select: { claims: true } } },
  });
  return rows.map(({ _count, ...article }) => ({ ...article, claimCount: _count.claims }));
}

/** Adds an article from plain text (editors and above). The same text twice in a workspace is a CONFLICT. */
export async function createArticle({ actor, slug, input }: { actor: Actor; slug: string; input: CreateArticleInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const bodyHash = hashBody(input.body);
  return getDb().$transaction(async (tx) => {
    const existing = await tx.article.findUnique({ where: { workspaceId_bodyHash: { workspaceId: access.workspace.id, bodyHash } }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `This workspace already holds an article with the same text (id ${existing.id}).`, { current: { id: existing.id } });
    const created = await tx.article.create({
      data: {
        workspaceId: access.workspace.id,
        title: input.title,
        body: input.body,
        bodyHash,
        wordCount: countWords(input.body),
        url: input.url ?? null,
        publisher: input.publisher ?? null,
        author: input.author ?? null,
        publishedAt: input.publishedAt ?? null,
        // Left out: what the text reads as (null when that cannot be told).
        language: input.language === undefined ? identifyLanguage(input.body) : input.language,
        importFormat: "api",
        importRemoved: [],
        importedById: actor.id,
      },
      select: { id: true, title: true, version: true, wordCount: true, createdAt: true },
    });
    await recordAudit(tx, { workspaceId: access.workspace.id, actorId: actor.id, entityType: "article", entityId: created.id, action: "import", after: { title: input.title, importFormat: "api", bodyHash } });
    return created;
  });
}

/**
 * Deletes an article. Without `force` (editors and above) only an article nothing depends on: no
 * claims on it and no passage of it linked as evidence. With `force` (owners only) its claims, and
 * the evidence quoting it on other claims, go with it, in one transaction and one audit event that
 * counts what was removed. Evidence must go first: it restricts the deletion of its source.
 */
export async function deleteArticle({ actor, slug, articleId, force }: { actor: Actor; slug: string; articleId: string; force: boolean }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  if (force && !canForceDeleteArticle(access.role)) throw new AppError("FORBIDDEN", refusal("forceDeleteArticle", access.role));
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, workspaceId }, select: { id: true, title: true, bodyHash: true } });
    if (!article) throw notFound("That article");
    // Figures first (see lockFigures), then the article, so that no claim or evidence is added to it
    // between the count and the delete.
    await lockFigures(tx, workspaceId);
    await tx.$queryRaw`select id from articles where id = ${article.id}::uuid for update`;
    const [claims, evidence] = await Promise.all([
      tx.claim.count({ where: { articleId: article.id } }),
      tx.evidence.count({ where: { source: { articleId: article.id } } }),
    ]);
    if ((claims > 0 || evidence > 0) && !force) {
      throw new AppError(
        "CONFLICT",
        `This article has ${claims} claim(s) and ${evidence} piece(s) of evidence quoting it. Delete those first, or ask an owner to delete with ?force=true, which removes them too.`,
        { current: { claims, evidence } },
      );
    }
    // Claims that stay but lose evidence or a figure-conflict partner: their queue rows are refreshed.
    const quoting = await tx.evidence.findMany({ where: { source: { articleId: article.id } }, select: { claimId: true } });
    const gone = await tx.claim.findMany({ where: { articleId: article.id, figureKey: { not: null } }, select: { id: true } });
    const figures = await beginFigureWrite(tx, workspaceId, gone.map((claim) => claim.id));
    // Claims of other articles linked as the same claim as these: their groups lose members.
    const articleClaims = await tx.claim.findMany({ where: { articleId: article.id }, select: { id: true } });
    const groupMates = await lockGroupsForDeletion(tx, workspaceId, articleClaims.map((claim) => claim.id));
    const removedEvidence = await tx.evidence.deleteMany({ where: { source: { articleId: article.id } } });
    await tx.article.delete({ where: { id: article.id } });
    const touched = new Set([...quoting.map((row) => row.claimId), ...(await finishFigureWrite(tx, figures)), ...groupMates]);
    await refreshClaimDisagreements(tx, [...touched]);
    await recordAudit(tx, {
      workspaceId,
      actorId: actor.id,
      entityType: "article",
      entityId: article.id,
      action: force ? "force-delete" : "delete",
      before: { title: article.title, bodyHash: article.bodyHash, claims, evidenceQuotingIt: removedEvidence.count },
    });
    return { id: article.id, deletedClaims: claims, deletedEvidence: removedEvidence.count };
  });
}
