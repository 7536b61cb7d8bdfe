import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { hashBody } from "@/lib/formats/body-hash";
import { recordAudit } from "../audit";
import type { Actor } from "../scope";
import { requireWorkspaceRole } from "../workspaces/workspaces";
import { sha256Hex } from "@/lib/formats/body-hash";
import { CAPTURE_SUMMARY, currentCapture, recordCapture, type CaptureSummary, type NewCapture } from "./captures";

// Checks for silent edits: an article imported from the web is fetched again, and what the page
// says now is kept as a capture beside the article's text, never written over it (a person applies
// it or not, capture-changes.ts). Checks run by hand (editors) or on the workspace's schedule.

export const NOT_FROM_THE_WEB = "Only articles imported from the web can be checked for changes: this one was uploaded or pasted, so there is no page to read again.";

/** What a check fetches: the article's page, at the address its current capture came from. */
export interface SourceCheckTarget {
  workspaceId: string;
  articleId: string;
  url: string;
}

/** The page of an article to check by hand (editors and above); 422 for an article not captured from the web. */
export async function getSourceCheckTarget({ actor, slug, articleId }: { actor: Actor; slug: string; articleId: string }): Promise<SourceCheckTarget> {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const target = await targetOf(access.workspace.id, articleId);
  if (target === "missing") throw notFound("That article");
  if (target === "not-captured") throw new AppError("VALIDATION", NOT_FROM_THE_WEB);
  return target;
}

/** The same for the recurring check (no person acts); null when the article is gone or has no capture. */
export async function getScheduledCheckTarget(articleId: string): Promise<SourceCheckTarget | null> {
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { workspaceId: true } });
  const target = article ? await targetOf(article.workspaceId, articleId) : "missing";
  return typeof target === "string" ? null : target;
}

async function targetOf(workspaceId: string, articleId: string): Promise<SourceCheckTarget | "missing" | "not-captured"> {
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, workspaceId }, select: { id: true, url: true } });
    if (!article) return "missing";
    const capture = await currentCapture(tx, articleId);
    if (!capture) return "not-captured";
    return { workspaceId, articleId, url: capture.finalUrl || article.url || capture.requestedUrl };
  });
}

export interface RecordedCheck {
  /** The page's text differs from the article's. */
  changed: boolean;
  /** The capture this check stored, or the newest one whose bytes it found again unchanged. */
  capture: CaptureSummary;
  /** False when the bytes were those of the newest capture already: nothing new was stored. */
  stored: boolean;
  /** The article's text and version as the check found them, to compare with and to apply over. */
  article: { body: string; version: number };
  /** When the article's current text was captured: "No change since …". */
  currentCapturedAt: Date | null;
}

/**
 * Records what a check found, in one transaction with its audit event: the article's check time,
 * and the page as a new capture, not applied, pending when its text differs from the article's.
 * A newer check supersedes older pending ones (only the page as it is now is offered). Bytes that are
 * the newest capture's already are not stored again: the same sha256 proves nothing new, and a daily
 * check would otherwise store the same page every day.
 */
export async function recordSourceCheck({ target, actorId, capture }: {
  target: SourceCheckTarget;
  actorId: string | null;
  capture: Omit<NewCapture, "applied" | "pendingChange">;
}): Promise<RecordedCheck> {
  const { workspaceId, articleId } = target;
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, workspaceId }, select: { body: true, bodyHash: true, version: true } });
    if (!article) throw new AppError("NOT_FOUND", "That article was deleted while its page was being checked. Nothing was saved.");
    const bodyHash = hashBody(capture.body);
    const changed = bodyHash !== article.bodyHash;
    const newest = await tx.articleCapture.findFirst({ where: { articleId }, orderBy: [{ capturedAt: "desc" }, { id: "desc" }], select: CAPTURE_SUMMARY });
    const same = newest !== null && newest.sha256 === sha256Hex(capture.bytes) && newest.bodyHash === bodyHash;
    let kept: CaptureSummary | null = newest;
    if (!same) {
      await tx.articleCapture.updateMany({ where: { articleId, pendingChange: true }, data: { pendingChange: false } });
      const { id } = await recordCapture(tx, { workspaceId, articleId, actorId, capture: { ...capture, applied: false, pendingChange: changed } });
      kept = await tx.articleCapture.findUniqueOrThrow({ where: { id }, select: CAPTURE_SUMMARY });
    }
    const checkedAt = new Date();
    await tx.article.update({ where: { id: articleId }, data: { sourceCheckedAt: checkedAt, sourceCheckError: null } });
    await recordAudit(tx, {
      workspaceId, actorId, entityType: "article", entityId: articleId, action: "check-source",
      after: { captureId: kept!.id, changed, stored: !same, sha256: kept!.sha256, finalUrl: capture.finalUrl },
    });
    const current = await currentCapture(tx, articleId);
    return { changed, capture: kept!, stored: !same, article: { body: article.body, version: article.version }, currentCapturedAt: current?.capturedAt ?? null };
  });
}

/** A check that could not read the page: when and why, on the article, for the people who open it. */
export async function recordSourceCheckFailure({ articleId, reason, at = new Date() }: { articleId: string; reason: string; at?: Date }): Promise<void> {
  await getDb().article.updateMany({ where: { id: articleId }, data: { sourceCheckedAt: at, sourceCheckError: reason.slice(0, 1000) } });
}
