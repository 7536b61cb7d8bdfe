import "server-only";
import { recordEvent } from "@/lib/data/events/events";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { reanchorSpan, type AnchorStatus } from "@/lib/domain/reanchor";
import { findTextEdit, type TextEdit } from "@/lib/domain/text-edit";
import { isRestorable, restoreRemoved, shiftRemovedThroughEdit } from "@/lib/domain/restore-removed";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseRemovedItems, type RestoreRemovedInput, type StoredRemovedItem } from "@/lib/schemas/article-import";
import { hashBody } from "@/lib/formats/body-hash";
import { countWords } from "@/lib/formats/clean-article-text";
import { ARTICLE_SAVED, writeArticleLanguage } from "@/lib/data/articles/article-language";
import { recordAudit } from "../audit";
import { requireVersion, updateAtVersion } from "../version-conflict";
import { finishFigures } from "../claims/claims";
import { beginFigureWrite } from "../figure-conflicts/figure-conflict-writes";
import type { Actor } from "../scope";
import { requireWorkspaceRole } from "../workspaces/workspaces";

export interface TextUpdateReport {
  version: number;
  /** How the article's claims were found again. */
  anchors: Record<AnchorStatus, number>;
  /** How the passages of it linked as evidence (to any claim) were found again. */
  evidenceAnchors: Record<AnchorStatus, number>;
}

/**
 * Replaces an article's text (editors and above) and re-anchors every claim on it, and every
 * passage of it linked as evidence, in the same transaction, recording how each was found. Claims
 * and evidence that cannot be found are marked orphaned and keep their quote; none is deleted.
 * Dismissed suggestions that cannot be found are dropped: they are only a hint about what not to
 * suggest. Lines removed on import keep their places through the edit, so they can still be restored.
 */
export async function updateArticleText({ actor, slug, articleId, version, body }: { actor: Actor; slug: string; articleId: string; version: number; body: string }): Promise<TextUpdateReport> {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  return getDb().$transaction(async (tx) => {
    const article = await findArticle(tx, access.workspace.id, articleId);
    const removed = shiftRemovedThroughEdit(article.body, body, parseRemovedItems(article.importRemoved));
    return rewriteArticleBody(tx, { workspaceId: access.workspace.id, actor, article, version, body, removed, action: "update-text" });
  });
}

/**
 * Puts lines the import cleaner removed back into the text as paragraphs where they stood, as a
 * text edit: claims and evidence on the article are re-anchored the same way (editors and above).
 */
export async function restoreRemovedLines({ actor, slug, input }: { actor: Actor; slug: string; input: RestoreRemovedInput }): Promise<TextUpdateReport & { restored: number }> {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  return getDb().$transaction(async (tx) => {
    const article = await findArticle(tx, access.workspace.id, input.articleId);
    const items = parseRemovedItems(article.importRemoved);
    const chosen = new Set(input.items.filter((index) => items[index] !== undefined && isRestorable(items[index])));
    if (chosen.size === 0) throw new AppError("VALIDATION", "None of the chosen lines can be put back: blank lines and scripts stripped from HTML are never part of the text.");
    const { body, remaining } = restoreRemoved(article.body, items, chosen);
    const restored = [...chosen].map((index) => items[index]?.text ?? "");
    const report = await rewriteArticleBody(tx, { workspaceId: access.workspace.id, actor, article, version: input.version, body, removed: remaining, action: "restore-removed", audit: { restored } });
    return { ...report, restored: chosen.size };
  });
}

/**
 * The API's article PATCH: replaces the text and/or sets the language, in one transaction, from the version
 * read. The text goes first; the language is then set on the version the text edit made.
 */
export async function updateArticle({ actor, slug, articleId, version, body, language }: {
  actor: Actor; slug: string; articleId: string; version: number; body?: string; language?: string | null;
}): Promise<{ version: number; language: string | null } & Partial<Omit<TextUpdateReport, "version">>> {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const article = await findArticle(tx, workspaceId, articleId);
    const text = body === undefined ? null : await rewriteArticleBody(tx, {
      workspaceId, actor, article, version, body, removed: shiftRemovedThroughEdit(article.body, body, parseRemovedItems(article.importRemoved)), action: "update-text",
    });
    const after = text?.version ?? version;
    if (language === undefined) {
      if (!text) requireVersion(ARTICLE_SAVED, version, article);
      return { ...(text ?? { version }), language: article.language };
    }
    return { ...text, ...(await writeArticleLanguage(tx, { workspaceId, actor, articleId, version: after, language })) };
  });
}

/** The article as a text change reads it, in the change's transaction (also applying a capture, capture-changes.ts). */
export async function findArticle(tx: Tx, workspaceId: string, articleId: string) {
  const article = await tx.article.findFirst({ where: { id: articleId, workspaceId }, select: { id: true, version: true, bodyHash: true, body: true, importRemoved: true, language: true } });
  if (!article) throw notFound("That article");
  return article;
}

/**
 * Writes a new body at the version read and re-anchors the claims, evidence passages and dismissed
 * suggestions on it, with its audit event: every way an article's text changes goes through here.
 */
export async function rewriteArticleBody(tx: Tx, { workspaceId, actor, article, version, body, removed, action, audit = {} }: {
  workspaceId: string;
  actor: Actor;
  article: { id: string; version: number; bodyHash: string; body: string };
  version: number;
  body: string;
  removed: StoredRemovedItem[];
  action: string;
  audit?: Prisma.InputJsonObject;
}): Promise<TextUpdateReport> {
  const bodyHash = hashBody(body);
  await updateAtVersion(
    { what: "this article's text", then: "Reload it to see their text; nothing of yours was saved." },
    version,
    () => tx.article.updateMany({
      where: { id: article.id, version },
      data: { body, bodyHash, wordCount: countWords(body), importRemoved: removed.map((item) => ({ ...item })), version: { increment: 1 } },
    }),
    () => tx.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true } }),
  );

  // Once for every span: it tells a passage the edit merely shifted from a look-alike elsewhere.
  const edit = findTextEdit(article.body, body);
  const anchors: Record<AnchorStatus, number> = { EXACT: 0, RELOCATED: 0, FUZZY: 0, ORPHANED: 0 };
  const claims = await tx.claim.findMany({ where: { articleId: article.id }, select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true } });
  const reanchored: { id: string; span: ReturnType<typeof reanchorSpan>["span"]; status: AnchorStatus }[] = [];
  for (const claim of claims) {
    const { status, span } = reanchorSpan(body, claim, edit);
    anchors[status] += 1;
    const moved = span.start !== claim.start || span.end !== claim.end || span.exact !== claim.exact;
    if (moved || status !== claim.anchorStatus) reanchored.push({ id: claim.id, span, status });
  }
  // Before the claims' rows are written: a claim that becomes orphaned leaves its figure conflicts.
  const figures = await beginFigureWrite(tx, workspaceId, reanchored.map((claim) => claim.id));
  for (const { id, span, status } of reanchored) {
    await tx.claim.update({ where: { id }, data: { ...span, anchorStatus: status, version: { increment: 1 } } });
  }
  await finishFigures(tx, figures);

  const evidenceAnchors = await reanchorEvidence(tx, article.id, body, edit);

  // Re-written as a whole: updating rows one by one could collide on (start, end) midway.
  const dismissals = await tx.dismissedSuggestion.findMany({ where: { articleId: article.id }, select: { exact: true, start: true, end: true, dismissedById: true, createdAt: true } });
  const kept = new Map<string, (typeof dismissals)[number]>();
  for (const dismissal of dismissals) {
    const { status, span } = reanchorSpan(body, { ...dismissal, prefix: "", suffix: "" }, edit);
    if (status === "EXACT" || status === "RELOCATED") kept.set(`${span.start}:${span.end}`, { ...dismissal, start: span.start, end: span.end });
  }
  await tx.dismissedSuggestion.deleteMany({ where: { articleId: article.id } });
  await tx.dismissedSuggestion.createMany({ data: [...kept.values()].map((d) => ({ ...d, articleId: article.id, workspaceId })) });

  await recordAudit(tx, {
    workspaceId,
    actorId: actor.id,
    entityType: "article",
    entityId: article.id,
    action,
    before: { version: article.version, bodyHash: article.bodyHash },
    after: { version: article.version + 1, bodyHash, anchors: { ...anchors }, evidenceAnchors: { ...evidenceAnchors }, ...audit },
  });
  // One event for the article: a reader reloads its claims, re-anchored ones included.
  await recordEvent(tx, { workspaceId, name: "article.updated", articleId: article.id, actorId: actor.id });
  return { version: article.version + 1, anchors, evidenceAnchors };
}

/** Evidence quoting the article is anchored like a claim, so it is found again the same way. */
async function reanchorEvidence(tx: Tx, articleId: string, body: string, edit: TextEdit): Promise<Record<AnchorStatus, number>> {
  const counts: Record<AnchorStatus, number> = { EXACT: 0, RELOCATED: 0, FUZZY: 0, ORPHANED: 0 };
  const rows = await tx.evidence.findMany({
    where: { source: { articleId } },
    select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true },
  });
  for (const row of rows) {
    if (row.start === null || row.end === null) continue;
    const stored = { exact: row.exact, prefix: row.prefix ?? "", suffix: row.suffix ?? "", start: row.start, end: row.end };
    const { status, span } = reanchorSpan(body, stored, edit);
    counts[status] += 1;
    const moved = span.start !== row.start || span.end !== row.end || span.exact !== row.exact;
    if (!moved && status === row.anchorStatus) continue;
    await tx.evidence.update({ where: { id: row.id }, data: { ...span, anchorStatus: status, version: { increment: 1 } } });
  }
  return counts;
}
