import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { CaptureMethod, Prisma } from "@/lib/generated/prisma/client";

export type { CaptureMethod };
import { hashBody, sha256Hex } from "@/lib/formats/body-hash";
import type { WebPage } from "@/lib/domain/web-page";
import { articleScope, memberOf, type Actor } from "../scope";

// Captures of web pages: the bytes an article imported from the web came from, kept as evidence of
// what the page said when it was read (news sites edit stories without saying so). Every fetch or
// clip of an article's page is one capture; an article has a capture history, newest last.

/** What a fetch or a clip handed over (the page, without its decoded text), with the text it gave, before it is stored. */
export type NewCapture = Pick<WebPage, "method" | "requestedUrl" | "finalUrl" | "httpStatus" | "contentType" | "charset" | "bytes"> & {
  /** The cleaned text the capture gave (what the article's body is, or would be). */
  body: string;
  title: string | null;
  capturedAt?: Date;
  /** True when this capture's text becomes the article's body now (an import, or an applied change). */
  applied: boolean;
  /** True when a check found this capture's text differs from the article's and it is left for a person. */
  pendingChange?: boolean;
};

/** Stores one capture of an article's page in the caller's transaction; returns its id. */
export async function recordCapture(tx: Tx, { workspaceId, articleId, actorId, capture }: { workspaceId: string; articleId: string; actorId: string | null; capture: NewCapture }): Promise<{ id: string; sha256: string }> {
  const sha256 = sha256Hex(capture.bytes);
  const capturedAt = capture.capturedAt ?? new Date();
  const row = await tx.articleCapture.create({
    data: {
      workspaceId,
      articleId,
      capturedById: actorId,
      method: capture.method,
      requestedUrl: capture.requestedUrl,
      finalUrl: capture.finalUrl,
      httpStatus: capture.httpStatus,
      contentType: capture.contentType,
      charset: capture.charset,
      byteSize: capture.bytes.byteLength,
      sha256,
      bytes: new Uint8Array(capture.bytes),
      body: capture.body,
      bodyHash: hashBody(capture.body),
      title: capture.title,
      capturedAt,
      appliedAt: capture.applied ? capturedAt : null,
      pendingChange: capture.pendingChange ?? false,
    },
    select: { id: true },
  });
  return { id: row.id, sha256 };
}

/** Capture metadata as pages, the API and exports show it: never the bytes. */
export const CAPTURE_SUMMARY = {
  id: true,
  method: true,
  requestedUrl: true,
  finalUrl: true,
  httpStatus: true,
  contentType: true,
  charset: true,
  byteSize: true,
  sha256: true,
  bodyHash: true,
  title: true,
  capturedAt: true,
  appliedAt: true,
  pendingChange: true,
} as const;

/** An article's captures, oldest first (members of its workspace). */
export async function listArticleCaptures({ actor, slug, articleId }: { actor: Actor; slug: string; articleId: string }) {
  const article = await getDb().article.findFirst({ where: { id: articleId, ...articleScope(actor, slug) }, select: { id: true } });
  if (!article) throw notFound("That article");
  return getDb().articleCapture.findMany({ where: { articleId }, orderBy: [{ capturedAt: "asc" }, { id: "asc" }], select: CAPTURE_SUMMARY });
}

export type CaptureSummary = Awaited<ReturnType<typeof listArticleCaptures>>[number];

/** Which applied capture is the current one: the newest applied (getArticle reads it the same way). */
export const CURRENT_CAPTURE_ORDER = [{ appliedAt: "desc" }, { id: "desc" }] as const satisfies Prisma.ArticleCaptureOrderByWithRelationInput[];

/** The capture whose text is the article's body now (the newest applied one); null when it has none. */
export async function currentCapture(tx: Tx, articleId: string) {
  return tx.articleCapture.findFirst({ where: { articleId, appliedAt: { not: null } }, orderBy: [...CURRENT_CAPTURE_ORDER], select: CAPTURE_SUMMARY });
}

/** One capture with its bytes, for download (members of its workspace); not found otherwise. */
export async function readCapture({ actor, slug, articleId, captureId }: { actor: Actor; slug: string; articleId: string; captureId: string }) {
  const capture = await getDb().articleCapture.findFirst({
    where: { id: captureId, articleId, ...memberOf(actor, slug) },
    select: { ...CAPTURE_SUMMARY, bytes: true, body: true },
  });
  if (!capture) throw notFound("That capture");
  return capture;
}
