import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { prepareArticleFile, tooLargeReason, type PreparedArticle, type PrepareOptions } from "@/lib/formats/import/article-file";
import type { ArticleUploadOptions, PasteArticleInput } from "@/lib/schemas/article-import";
import { maxUploadBytes } from "@/lib/uploads";
import { isCleanedLine } from "@/lib/domain/restore-removed";
import { recordAudit } from "@/lib/data/audit";
import { recordCapture, type NewCapture } from "@/lib/data/articles/captures";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

/** A file to import; `read` is called only once its size has been checked. */
export interface ImportFile {
  name: string;
  size: number;
  read: () => Promise<Uint8Array>;
}

export type FileOutcome =
  | { file: string; status: "imported"; articleId: string; title: string; removed: number }
  | { file: string; status: "duplicate"; reason: string; articleId: string | null }
  | { file: string; status: "refused"; reason: string };

export interface ImportProgress {
  done: number;
  total: number;
  outcome: FileOutcome;
}

export interface ImportSummary {
  outcomes: FileOutcome[];
  /** True when the signal stopped the import before every file was read; later files were not touched. */
  cancelled: boolean;
}

type Seen = Map<string, string>;

/**
 * Imports article files one by one (editors and above): each is read, checked and cleaned on its
 * own, then written in its own transaction with its audit event, so one bad file never stops the
 * others and a refused file writes nothing. Duplicates (same cleaned body, or same address, in the
 * workspace or earlier in the same upload) are reported instead of imported. `onProgress` hears of
 * every file as it is done; `signal` stops the import between files (what was imported stays).
 * Written to run as a background job as well as within a request.
 */
export async function importArticleFiles({ actor, slug, files, onProgress, signal }: {
  actor: Actor;
  slug: string;
  files: readonly ImportFile[];
  /** The upload form's options. Its one option, stripScripts, is accepted from older clients and changes nothing: scripts are always stripped. */
  options: ArticleUploadOptions;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  signal?: AbortSignal;
}): Promise<ImportSummary> {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const prepareOptions: PrepareOptions = { maxBytes: maxUploadBytes() };
  const seenBodies: Seen = new Map();
  const seenUrls: Seen = new Map();
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    if (signal?.aborted) return { outcomes, cancelled: true };
    const outcome = await importOne(file, prepareOptions, { workspaceId: access.workspace.id, actorId: actor.id, seenBodies, seenUrls });
    outcomes.push(outcome);
    await onProgress?.({ done: outcomes.length, total: files.length, outcome });
  }
  return { outcomes, cancelled: false };
}

async function importOne(file: ImportFile, options: PrepareOptions, context: WriteContext): Promise<FileOutcome> {
  const name = file.name || "(unnamed file)";
  // Checked before reading, so an oversized file is never loaded for nothing.
  if (file.size > options.maxBytes) return { file: name, status: "refused", reason: tooLargeReason(file.size, options.maxBytes) };
  try {
    const prepared = await prepareArticleFile({ name, bytes: await file.read() }, options);
    if (!prepared.ok) return { file: name, status: "refused", reason: prepared.reason };
    return await storeArticle(name, prepared.article, context);
  } catch (error) {
    // One file's unexpected failure is that file's: the others still import. Its details go to the log only.
    console.error(`Importing ${name} failed`, error);
    return { file: name, status: "refused", reason: "it could not be imported because of an error on our side, and nothing of it was saved. Try it again on its own." };
  }
}

/** Pasted text with its metadata, as one article (editors and above). Refusals and duplicates are errors here. */
export async function importPastedArticle({ actor, slug, input }: { actor: Actor; slug: string; input: PasteArticleInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "editArticles" });
  const { text, ...metadata } = input;
  const prepared = await prepareArticleFile({ name: "Pasted text", bytes: new TextEncoder().encode(text) }, { maxBytes: maxUploadBytes() }, metadata, "paste");
  if (!prepared.ok) throw new AppError("VALIDATION", `The pasted text was not imported: ${prepared.reason}`, { fieldErrors: { text: [`Not imported: ${prepared.reason}`] } });
  const outcome = await storeArticle("Pasted text", prepared.article, { workspaceId: access.workspace.id, actorId: actor.id, seenBodies: new Map(), seenUrls: new Map() });
  if (outcome.status !== "imported") throw new AppError("CONFLICT", `The pasted text was not imported: ${outcome.reason}`);
  return outcome;
}

export interface WriteContext {
  workspaceId: string;
  actorId: string;
  seenBodies: Seen;
  seenUrls: Seen;
  /** The web page the article came from (import by URL, or a clip): stored with it, in the same transaction. */
  capture?: Omit<NewCapture, "body" | "title" | "applied">;
}

/**
 * Stores one prepared article with its audit event (and its capture, for a web page) in one
 * transaction, unless it duplicates one already in the workspace or earlier in this batch.
 */
export async function storeArticle(name: string, article: PreparedArticle, { workspaceId, actorId, seenBodies, seenUrls, capture }: WriteContext): Promise<FileOutcome> {
  // Blank lines are kept in the list (they say where paragraphs were joined) but are no line "cleaned away".
  const cleaned = article.removed.filter(isCleanedLine).length;
  const earlier = seenBodies.get(article.bodyHash) ?? (article.url ? seenUrls.get(article.url) : undefined);
  if (earlier) return { file: name, status: "duplicate", reason: `it is the same article as ${earlier}, earlier in this upload.`, articleId: null };
  const duplicate = await findDuplicate(workspaceId, article);
  if (duplicate) return { file: name, status: "duplicate", ...duplicate };
  try {
    const created = await getDb().$transaction(async (tx) => {
      const row = await tx.article.create({
        data: {
          workspaceId,
          importedById: actorId,
          title: article.title,
          url: article.url,
          publisher: article.publisher,
          author: article.author,
          publishedAt: article.publishedAt,
          language: article.language,
          body: article.body,
          bodyHash: article.bodyHash,
          wordCount: article.wordCount,
          importFormat: article.importFormat,
          importFileName: article.importFileName,
          importRemoved: article.removed.map((item) => ({ ...item })),
        },
        select: { id: true },
      });
      const stored = capture && (await recordCapture(tx, { workspaceId, articleId: row.id, actorId, capture: { ...capture, body: article.body, title: article.title, applied: true } }));
      await recordAudit(tx, {
        workspaceId,
        actorId,
        entityType: "article",
        entityId: row.id,
        action: "import",
        after: {
          title: article.title, importFormat: article.importFormat, importFileName: article.importFileName, bodyHash: article.bodyHash, url: article.url, removedLines: cleaned,
          ...(stored ? { capture: { id: stored.id, method: capture.method, finalUrl: capture.finalUrl, sha256: stored.sha256 } } : {}),
        },
      });
      return row;
    });
    seenBodies.set(article.bodyHash, name);
    if (article.url) seenUrls.set(article.url, name);
    return { file: name, status: "imported", articleId: created.id, title: article.title, removed: cleaned };
  } catch (error) {
    // Another import of the same article won the race: the unique indexes said so.
    if ((error as { code?: unknown }).code === "P2002") {
      const raced = await findDuplicate(workspaceId, article);
      if (raced) return { file: name, status: "duplicate", ...raced };
    }
    throw error;
  }
}

async function findDuplicate(workspaceId: string, article: PreparedArticle): Promise<{ reason: string; articleId: string } | null> {
  const existing = await getDb().article.findFirst({
    where: { workspaceId, OR: [{ bodyHash: article.bodyHash }, ...(article.url ? [{ url: article.url }] : [])] },
    select: { id: true, title: true, bodyHash: true },
  });
  if (!existing) return null;
  const same = existing.bodyHash === article.bodyHash ? "the same text as" : "the same address as";
  return { reason: `it has ${same} "${existing.title}", already in this workspace.`, articleId: existing.id };
}
