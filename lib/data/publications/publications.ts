import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { publishedFactCheckSchema, type PublishedFactCheck } from "@/lib/schemas/publication";

// Writes and the editor's view of publications (issue 19). The rules (only resolved claims, which evidence
// may be cited, what goes in the correction log, refusing while reopened) are the publish workflow's; these
// functions store what it decided, inside its transaction. Public routes never use this file: they read
// through ./public-read.ts, which selects only published fields.

/** A publication as the claim page shows it to the workspace's members. */
export interface ClaimPublication {
  id: string;
  version: number;
  publishedAt: Date;
  lastPublishedAt: Date;
  unpublishedAt: Date | null;
  factCheck: PublishedFactCheck;
  corrections: { at: Date; text: string }[];
}

const SELECT = {
  id: true, version: true, publishedAt: true, lastPublishedAt: true, unpublishedAt: true, snapshot: true,
  corrections: { select: { createdAt: true, text: true }, orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] },
} satisfies Prisma.PublicationSelect;

/** The claim's publication (live or unpublished), or null when it was never published. */
export async function publicationOfClaim({ workspaceId, claimId }: { workspaceId: string; claimId: string }, db: Tx | Db = getDb()): Promise<ClaimPublication | null> {
  const row = await db.publication.findFirst({ where: { workspaceId, claimId }, select: SELECT });
  if (!row) return null;
  const { snapshot, corrections, ...rest } = row;
  return { ...rest, factCheck: publishedFactCheckSchema.parse(snapshot), corrections: corrections.map((c) => ({ at: c.createdAt, text: c.text })) };
}

/**
 * Publishes (first time) or republishes (same id, so the same URL) the claim with this fact-check, adding
 * the correction line when there is one. Republishing an unpublished claim brings its URL back.
 */
export async function savePublication(tx: Tx, { workspaceId, claimId, factCheck, correction, now = new Date() }: {
  workspaceId: string;
  claimId: string;
  factCheck: PublishedFactCheck;
  correction?: string | null;
  now?: Date;
}): Promise<{ id: string; version: number; publishedAt: Date; lastPublishedAt: Date; created: boolean }> {
  const snapshot = publishedFactCheckSchema.parse(factCheck);
  const columns = { headline: snapshot.headline, claimReviewed: snapshot.claim.statement, ratingLabel: snapshot.rating.label, snapshot, lastPublishedAt: now, unpublishedAt: null };
  const existing = await tx.publication.findFirst({ where: { workspaceId, claimId }, select: { id: true } });
  const select = { id: true, version: true, publishedAt: true, lastPublishedAt: true } as const;
  const row = existing
    ? await tx.publication.update({ where: { id: existing.id }, data: { ...columns, version: { increment: 1 } }, select })
    : await tx.publication.create({ data: { ...columns, workspaceId, claimId, publishedAt: now }, select });
  if (existing && correction) await tx.publicationCorrection.create({ data: { publicationId: row.id, text: correction, createdAt: now } });
  return { ...row, created: !existing };
}

/** Unpublishes: the URL answers 410 Gone from now on. Null when the claim has no live publication. */
export async function withdrawPublication(tx: Tx, { workspaceId, claimId, now = new Date() }: { workspaceId: string; claimId: string; now?: Date }): Promise<{ id: string; version: number } | null> {
  const live = await tx.publication.findFirst({ where: { workspaceId, claimId, unpublishedAt: null }, select: { id: true } });
  if (!live) return null;
  return tx.publication.update({ where: { id: live.id }, data: { unpublishedAt: now, version: { increment: 1 } }, select: { id: true, version: true } });
}

/** savePublication in a transaction of its own: for callers that store a ready fact-check and nothing else. */
export function storePublication(args: Parameters<typeof savePublication>[1]) {
  return getDb().$transaction((tx) => savePublication(tx, args));
}
