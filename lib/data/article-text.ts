import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { reanchorSpan, type AnchorStatus } from "@/lib/domain/reanchor";
import { hashBody } from "@/lib/formats/body-hash";
import { countWords } from "@/lib/formats/clean-article-text";
import { recordAudit } from "./audit";
import { recheckFigures } from "./claims";
import type { Actor } from "./scope";
import { requireWorkspaceRole } from "./workspaces";

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
 * suggest.
 */
export async function updateArticleText({ actor, slug, articleId, version, body }: { actor: Actor; slug: string; articleId: string; version: number; body: string }): Promise<TextUpdateReport> {
  const access = await requireWorkspaceRole({ actor, slug, role: "EDITOR" });
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, workspaceId: access.workspace.id }, select: { id: true, version: true, bodyHash: true } });
    if (!article) throw notFound("That article");
    const bodyHash = hashBody(body);
    const updated = await tx.article.updateMany({
      where: { id: article.id, version },
      data: { body, bodyHash, wordCount: countWords(body), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new AppError("CONFLICT", `Someone else changed this article's text while you were editing it (it is now at version ${article.version}). Reload it to see their text; nothing of yours was saved.`);
    }

    const anchors: Record<AnchorStatus, number> = { EXACT: 0, RELOCATED: 0, FUZZY: 0, ORPHANED: 0 };
    const claims = await tx.claim.findMany({ where: { articleId: article.id }, select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true } });
    const reanchored: string[] = [];
    for (const claim of claims) {
      const { status, span } = reanchorSpan(body, claim);
      anchors[status] += 1;
      const moved = span.start !== claim.start || span.end !== claim.end || span.exact !== claim.exact;
      if (!moved && status === claim.anchorStatus) continue;
      await tx.claim.update({ where: { id: claim.id }, data: { ...span, anchorStatus: status, version: { increment: 1 } } });
      reanchored.push(claim.id);
    }
    await recheckFigures(tx, access.workspace.id, reanchored);

    const evidenceAnchors = await reanchorEvidence(tx, article.id, body);

    // Re-written as a whole: updating rows one by one could collide on (start, end) midway.
    const dismissals = await tx.dismissedSuggestion.findMany({ where: { articleId: article.id }, select: { exact: true, start: true, end: true, dismissedById: true, createdAt: true } });
    const kept = new Map<string, (typeof dismissals)[number]>();
    for (const dismissal of dismissals) {
      const { status, span } = reanchorSpan(body, { ...dismissal, prefix: "", suffix: "" });
      if (status === "EXACT" || status === "RELOCATED") kept.set(`${span.start}:${span.end}`, { ...dismissal, start: span.start, end: span.end });
    }
    await tx.dismissedSuggestion.deleteMany({ where: { articleId: article.id } });
    await tx.dismissedSuggestion.createMany({ data: [...kept.values()].map((d) => ({ ...d, articleId: article.id, workspaceId: access.workspace.id })) });

    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: actor.id,
      entityType: "article",
      entityId: article.id,
      action: "update-text",
      before: { version: article.version, bodyHash: article.bodyHash },
      after: { version: article.version + 1, bodyHash, anchors: { ...anchors }, evidenceAnchors: { ...evidenceAnchors } },
    });
    return { version: article.version + 1, anchors, evidenceAnchors };
  });
}

/** Evidence quoting the article is anchored like a claim, so it is found again the same way. */
async function reanchorEvidence(tx: Tx, articleId: string, body: string): Promise<Record<AnchorStatus, number>> {
  const counts: Record<AnchorStatus, number> = { EXACT: 0, RELOCATED: 0, FUZZY: 0, ORPHANED: 0 };
  const rows = await tx.evidence.findMany({
    where: { source: { articleId } },
    select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true },
  });
  for (const row of rows) {
    if (row.start === null || row.end === null) continue;
    const stored = { exact: row.exact, prefix: row.prefix ?? "", suffix: row.suffix ?? "", start: row.start, end: row.end };
    const { status, span } = reanchorSpan(body, stored);
    counts[status] += 1;
    const moved = span.start !== row.start || span.end !== row.end || span.exact !== row.exact;
    if (!moved && status === row.anchorStatus) continue;
    await tx.evidence.update({ where: { id: row.id }, data: { ...span, anchorStatus: status, version: { increment: 1 } } });
  }
  return counts;
}
