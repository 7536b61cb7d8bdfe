import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { shiftRemovedThroughEdit } from "@/lib/domain/restore-removed";
import { parseRemovedItems } from "@/lib/schemas/article-import";
import { recordAudit } from "../audit";
import { articleScope, type Actor } from "../scope";
import { getWorkspaceAccess, requireWorkspaceRole } from "../workspaces/workspaces";
import { findArticle, rewriteArticleBody, type TextUpdateReport } from "./article-text";
import { CAPTURE_SUMMARY, currentCapture } from "./captures";

// What a person does with a change a check found: apply the capture's text to the article (the claims
// re-anchored as after a text edit) or keep the current text. Until then nothing of the article changes.

export interface AppliedCapture extends TextUpdateReport {
  /** The claims that lost their place in the new text, to be re-attached (as the article lists them). */
  orphaned: { id: string; exact: string; statement: string }[];
}

/**
 * Makes a capture's text the article's body (editors and above), from the article version the person
 * read (409 with the current one otherwise): claims, evidence passages and dismissed suggestions are
 * re-anchored in the same transaction, the capture is marked applied and no longer pending. Claims keep
 * the capture they were marked on: they cite that text.
 */
export async function applyCapture({ actor, slug, articleId, captureId, version }: { actor: Actor; slug: string; articleId: string; captureId: string; version: number }): Promise<AppliedCapture> {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const article = await findArticle(tx, workspaceId, articleId);
    const capture = await tx.articleCapture.findFirst({ where: { id: captureId, articleId, workspaceId }, select: { id: true, body: true, bodyHash: true } });
    if (!capture) throw notFound("That capture");
    if (capture.bodyHash === article.bodyHash) throw new AppError("VALIDATION", "The article's text is this capture's already: there is nothing to apply.");
    const removed = shiftRemovedThroughEdit(article.body, capture.body, parseRemovedItems(article.importRemoved));
    const report = await rewriteArticleBody(tx, { workspaceId, actor, article, version, body: capture.body, removed, action: "apply-capture", audit: { captureId } });
    await tx.articleCapture.updateMany({ where: { articleId, pendingChange: true }, data: { pendingChange: false } });
    await tx.articleCapture.update({ where: { id: capture.id }, data: { appliedAt: new Date(), pendingChange: false } });
    const orphaned = await tx.claim.findMany({ where: { articleId, anchorStatus: "ORPHANED" }, orderBy: { start: "asc" }, select: { id: true, exact: true, statement: true } });
    return { ...report, orphaned };
  });
}

/** Keeps the article's text as it is (editors and above): the capture stays in the history, no longer offered. */
export async function dismissCapture({ actor, slug, articleId, captureId }: { actor: Actor; slug: string; articleId: string; captureId: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const capture = await tx.articleCapture.findFirst({ where: { id: captureId, articleId, workspaceId }, select: { id: true, pendingChange: true } });
    if (!capture) throw notFound("That capture");
    if (capture.pendingChange) {
      await tx.articleCapture.update({ where: { id: capture.id }, data: { pendingChange: false } });
      await recordAudit(tx, { workspaceId, actorId: actor.id, entityType: "article", entityId: articleId, action: "dismiss-capture", before: { pendingChange: true }, after: { captureId, pendingChange: false } });
    }
    return tx.articleCapture.findUniqueOrThrow({ where: { id: capture.id }, select: CAPTURE_SUMMARY });
  });
}

/**
 * What the article page shows about its source (members): whether it was captured from the web (so it
 * can be checked), the last check and its failure, and the change waiting for a person, with its text.
 */
export async function getSourceCheckState({ actor, slug, articleId }: { actor: Actor; slug: string; articleId: string }) {
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, ...articleScope(actor, slug) }, select: { id: true, sourceCheckedAt: true, sourceCheckError: true } });
    if (!article) throw notFound("That article");
    const current = await currentCapture(tx, articleId);
    const pending = await tx.articleCapture.findFirst({ where: { articleId, pendingChange: true }, orderBy: [{ capturedAt: "desc" }, { id: "desc" }], select: { ...CAPTURE_SUMMARY, body: true } });
    return { captured: current !== null, currentCapturedAt: current?.capturedAt ?? null, checkedAt: article.sourceCheckedAt, checkError: article.sourceCheckError, pending };
  });
}

/** The dashboard's "Sources changed": articles with a change waiting, the newest found first (members). */
export async function listChangedSources({ actor, slug, limit = 20 }: { actor: Actor; slug: string; limit?: number }) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) throw notFound("That workspace");
  const rows = await getDb().articleCapture.findMany({
    where: { workspaceId: access.workspace.id, pendingChange: true },
    orderBy: [{ capturedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, capturedAt: true, article: { select: { id: true, title: true } } },
  });
  return rows.map((row) => ({ articleId: row.article.id, title: row.article.title, captureId: row.id, foundAt: row.capturedAt }));
}
