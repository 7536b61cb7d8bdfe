import "server-only";
// The lossless workspace export (format `json`), read from the database in keyset batches.
//
//   streamWorkspaceJson({ actor, slug, batchSize? }): Promise<AsyncIterable<string>>
//
// Resolves once the actor's role is checked and the workspace row and its people are read (so a route
// can still answer 404/403 before it starts a response); then yields the document as text chunks, one
// batch of rows (1,000 by default) at a time, reading one batch ahead of what the consumer has pulled.
// Owners and editors only: the document holds every reviewer's verdicts and the whole audit trail,
// which blind review hides from reviewers, so a reviewer or viewer gets AppError FORBIDDEN (a
// non-member NOT_FOUND). Usage in a route handler:
//   const chunks = await streamWorkspaceJson({ actor, slug });   // throws AppError before any byte
//   return new Response(ReadableStream.from(chunks).pipeThrough(new TextEncoderStream()), { headers });
// The document's shape: lib/schemas/workspace-json.ts. Not a snapshot: rows changed while a large
// export runs may appear as they were or as they are, as with any streamed export.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { writeWorkspaceJson, type WorkspaceDump } from "@/lib/formats/workspace-json";
import type { WorkspaceDocumentRows } from "@/lib/schemas/workspace-json";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import { CAPTURE_SUMMARY } from "@/lib/data/articles/captures";
import { readPublicationsBatch } from "@/lib/data/publications/publication-transfer";

export const EXPORT_BATCH_SIZE = 1000;

export async function streamWorkspaceJson({ actor, slug, batchSize, withOriginals }: { actor: Actor; slug: string; batchSize?: number; withOriginals?: boolean }): Promise<AsyncIterable<string>> {
  return writeWorkspaceJson(await dumpWorkspace({ actor, slug, batchSize, withOriginals }));
}

/**
 * Captures with their originals are read this many at a time: a page may be 10 MB, so a batch of a
 * thousand could hold gigabytes where a batch of other rows holds a few megabytes.
 */
export const CAPTURE_BATCH_SIZE = 16;

type Rows = WorkspaceDocumentRows;
const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);

/**
 * The workspace's rows, section by section, as the JSON writer reads them. `withOriginals: false` leaves
 * the captured pages' bytes (and the text they gave) out of `captures`, keeping their metadata: a smaller file.
 */
export async function dumpWorkspace({ actor, slug, batchSize = EXPORT_BATCH_SIZE, withOriginals = true }: { actor: Actor; slug: string; batchSize?: number; withOriginals?: boolean }): Promise<WorkspaceDump> {
  const { workspace } = await requireWorkspaceRole({ actor, slug, action: "export:json" });
  const db = getDb();
  const workspaceId = workspace.id;
  const row = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { id: true, slug: true, name: true, description: true, organizationName: true, blindReview: true, publisherLogoUrl: true, publicBaseUrl: true, createdAt: true },
  });
  const people = await listPeople(workspaceId);
  const emails = new Map(people.map((person) => [person.id, person.email]));
  const email = (userId: string | null) => (userId === null ? null : (emails.get(userId) ?? null));

  // Keyset pagination on the primary key: each batch starts after the last id of the one before.
  const page = (after: string | undefined, take = batchSize) => ({
    where: { workspaceId, ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" as const },
    take,
  });
  // The next batch is read while the consumer turns this one into text: at most two batches in memory.
  async function* batches<R extends { id: string }, O>(read: (after: string | undefined) => Promise<R[]>, map: (row: R) => O, size = batchSize): AsyncGenerator<O[]> {
    let next = read(undefined);
    for (;;) {
      const rows = await next;
      const isFull = rows.length === size;
      if (isFull) {
        next = read(rows.at(-1)!.id);
        // Handled when awaited; this keeps a consumer that stops early from leaving an unhandled rejection.
        next.catch(() => undefined);
      }
      if (rows.length > 0) yield rows.map(map);
      if (!isFull) return;
    }
  }

  const sections: WorkspaceDump["sections"] = {
    people: async function* () {
      yield people;
    },
    ratingScale: () =>
      batches(
        (after) => db.ratingLevel.findMany({ ...page(after), select: { id: true, label: true, ordinal: true, colour: true, position: true, createdAt: true, updatedAt: true } }),
        (level): Rows["ratingScale"] => ({ ...level, createdAt: iso(level.createdAt), updatedAt: iso(level.updatedAt) }),
      ),
    articles: () =>
      batches(
        (after) => db.article.findMany({ ...page(after), select: articleSelect }),
        ({ importedById, ...article }): Rows["articles"] => ({
          ...article,
          importRemoved: article.importRemoved as Rows["articles"]["importRemoved"],
          importedBy: email(importedById),
          publishedAt: isoOrNull(article.publishedAt),
          createdAt: iso(article.createdAt),
          updatedAt: iso(article.updatedAt),
        }),
      ),
    captures: () => {
      const size = withOriginals ? Math.min(batchSize, CAPTURE_BATCH_SIZE) : batchSize;
      return batches(
        (after) => db.articleCapture.findMany({ ...page(after, size), select: { ...captureSelect, body: withOriginals, bytes: withOriginals } }),
        ({ capturedById, bytes, body, ...capture }): Rows["captures"] => ({
          ...capture,
          capturedBy: email(capturedById),
          capturedAt: iso(capture.capturedAt),
          appliedAt: isoOrNull(capture.appliedAt),
          ...(bytes && typeof body === "string" ? { body, bytes: Buffer.from(bytes).toString("base64") } : {}),
        }),
        size,
      );
    },
    claims: () =>
      batches(
        (after) => db.claim.findMany({ ...page(after), select: claimSelect }),
        ({ resolvedById, createdById, ...claim }): Rows["claims"] => ({
          ...claim,
          claimDate: isoOrNull(claim.claimDate),
          resolvedAt: isoOrNull(claim.resolvedAt),
          resolvedBy: email(resolvedById),
          createdBy: email(createdById),
          createdAt: iso(claim.createdAt),
          updatedAt: iso(claim.updatedAt),
        }),
      ),
    sources: () =>
      batches(
        (after) => db.source.findMany({ ...page(after), select: sourceSelect }),
        ({ createdById, ...source }): Rows["sources"] => ({
          ...source,
          publishedAt: isoOrNull(source.publishedAt),
          createdBy: email(createdById),
          createdAt: iso(source.createdAt),
          updatedAt: iso(source.updatedAt),
        }),
      ),
    evidence: () =>
      batches(
        (after) => db.evidence.findMany({ ...page(after), select: evidenceSelect }),
        ({ createdById, ...item }): Rows["evidence"] => ({ ...item, createdBy: email(createdById), createdAt: iso(item.createdAt), updatedAt: iso(item.updatedAt) }),
      ),
    // Verdicts recorded here, then those that came in an import: both are verdicts to a file (and an
    // import of it makes both imported verdicts of the new workspace).
    verdicts: async function* () {
      yield* batches(
        (after) => db.verdict.findMany({ ...page(after), select: { id: true, claimId: true, reviewerId: true, ratingId: true, rationale: true, createdAt: true } }),
        ({ reviewerId, ...verdict }): Rows["verdicts"] => ({ ...verdict, reviewer: email(reviewerId)!, createdAt: iso(verdict.createdAt) }),
      );
      yield* batches(
        (after) => db.importedVerdict.findMany({ ...page(after), select: { id: true, claimId: true, reviewerEmail: true, ratingId: true, rationale: true, createdAt: true } }),
        ({ reviewerEmail, ...verdict }): Rows["verdicts"] => ({ ...verdict, reviewer: reviewerEmail, createdAt: iso(verdict.createdAt) }),
      );
    },
    assignments: () =>
      batches(
        (after) => db.claimAssignment.findMany({ ...page(after), select: { id: true, claimId: true, reviewerId: true, assignedById: true, createdAt: true } }),
        ({ id, claimId, reviewerId, assignedById, createdAt }): Rows["assignments"] => ({ id, claimId, reviewer: email(reviewerId)!, assignedBy: email(assignedById), createdAt: iso(createdAt) }),
      ),
    dismissedSuggestions: () =>
      batches(
        (after) => db.dismissedSuggestion.findMany({ ...page(after), select: { id: true, articleId: true, exact: true, start: true, end: true, dismissedById: true, createdAt: true } }),
        ({ dismissedById, ...dismissal }): Rows["dismissedSuggestions"] => ({ ...dismissal, dismissedBy: email(dismissedById), createdAt: iso(dismissal.createdAt) }),
      ),
    sameClaimLinks: () =>
      batches(
        (after) => db.claimLink.findMany({ ...page(after), select: { id: true, claimAId: true, claimBId: true, createdById: true, createdAt: true } }),
        ({ createdById, ...link }): Rows["sameClaimLinks"] => ({ ...link, createdBy: email(createdById), createdAt: iso(link.createdAt) }),
      ),
    dismissedMatches: () =>
      batches(
        (after) => db.claimMatchDismissal.findMany({ ...page(after), select: { id: true, claimAId: true, claimBId: true, dismissedById: true, createdAt: true } }),
        ({ dismissedById, ...dismissal }): Rows["dismissedMatches"] => ({ ...dismissal, dismissedBy: email(dismissedById), createdAt: iso(dismissal.createdAt) }),
      ),
    // Mentions are user ids here and emails in the file, as every other reference to a person.
    comments: () =>
      batches(
        (after) => db.comment.findMany({ ...page(after), select: { id: true, claimId: true, parentId: true, authorId: true, body: true, mentions: true, createdAt: true, editedAt: true, deletedAt: true, version: true } }),
        ({ authorId, mentions, ...comment }): Rows["comments"] => ({
          ...comment, author: email(authorId), mentions: mentions.flatMap((userId) => email(userId) ?? []),
          createdAt: iso(comment.createdAt), editedAt: isoOrNull(comment.editedAt), deletedAt: isoOrNull(comment.deletedAt),
        }),
      ),
    // Publications whose claim was deleted are left out (readPublicationsBatch says why).
    publications: () =>
      batches(
        (after) => readPublicationsBatch({ workspaceId, after, take: batchSize }),
        ({ corrections, ...publication }): Rows["publications"] => ({
          ...publication, publishedAt: iso(publication.publishedAt), lastPublishedAt: iso(publication.lastPublishedAt), unpublishedAt: isoOrNull(publication.unpublishedAt),
          corrections: corrections.map((c) => ({ createdAt: iso(c.createdAt), text: c.text })),
        }),
      ),
    auditEvents: () =>
      batches(
        (after) => db.auditEvent.findMany({ ...page(after), select: auditSelect }),
        ({ actorId, ...event }): Rows["auditEvents"] => ({
          id: event.id,
          actor: email(actorId),
          entityType: event.entityType as Rows["auditEvents"]["entityType"],
          entityId: event.entityId,
          claimId: event.claimId,
          action: event.action,
          before: event.before as Rows["auditEvents"]["before"],
          after: event.after as Rows["auditEvents"]["after"],
          createdAt: iso(event.createdAt),
        }),
      ),
  };
  return { exportedAt: new Date().toISOString(), workspace: { ...row, createdAt: iso(row.createdAt) }, sections };
}

/**
 * Everyone the workspace's rows name, members or not (a former member's verdicts stay theirs), by
 * email. Each table is grouped by its user column in the database, so no table is read whole here.
 */
async function listPeople(workspaceId: string): Promise<Rows["people"][]> {
  const db = getDb();
  const where = { workspaceId };
  const groups = await Promise.all([
    db.membership.groupBy({ by: ["userId"], where }).then((rows) => rows.map((r) => r.userId)),
    db.article.groupBy({ by: ["importedById"], where }).then((rows) => rows.map((r) => r.importedById)),
    db.articleCapture.groupBy({ by: ["capturedById"], where }).then((rows) => rows.map((r) => r.capturedById)),
    db.claim.groupBy({ by: ["createdById", "resolvedById"], where }).then((rows) => rows.flatMap((r) => [r.createdById, r.resolvedById])),
    db.source.groupBy({ by: ["createdById"], where }).then((rows) => rows.map((r) => r.createdById)),
    db.evidence.groupBy({ by: ["createdById"], where }).then((rows) => rows.map((r) => r.createdById)),
    db.verdict.groupBy({ by: ["reviewerId"], where }).then((rows) => rows.map((r) => r.reviewerId)),
    db.claimAssignment.groupBy({ by: ["reviewerId", "assignedById"], where }).then((rows) => rows.flatMap((r) => [r.reviewerId, r.assignedById])),
    db.dismissedSuggestion.groupBy({ by: ["dismissedById"], where }).then((rows) => rows.map((r) => r.dismissedById)),
    db.claimLink.groupBy({ by: ["createdById"], where }).then((rows) => rows.map((r) => r.createdById)),
    db.auditEvent.groupBy({ by: ["actorId"], where }).then((rows) => rows.map((r) => r.actorId)),
    db.comment.groupBy({ by: ["authorId"], where }).then((rows) => rows.map((r) => r.authorId)),
    db.$queryRaw<{ id: string }[]>`select distinct unnest(mentions)::text as id from comments where "workspaceId" = ${workspaceId}::uuid`.then((rows) => rows.map((r) => r.id)),
  ]);
  const ids = [...new Set(groups.flat().filter((id): id is string => id !== null))];
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, memberships: { where: { workspaceId }, select: { role: true } } },
  });
  const accounts = users.map(({ memberships, ...user }) => ({ ...user, role: memberships[0]?.role ?? null }));
  // The reviewers of imported verdicts, as their import named them (no account, no role here), unless
  // an account above has their email already.
  const taken = new Set(accounts.map((person) => person.email.toLowerCase()));
  const imported = await db.importedVerdict.groupBy({ by: ["reviewerEmail"], where, _max: { reviewerName: true }, orderBy: { reviewerEmail: "asc" } });
  const others = imported
    .filter((row) => !taken.has(row.reviewerEmail.toLowerCase()) && taken.add(row.reviewerEmail.toLowerCase()))
    .map((row) => ({ id: randomUUID(), email: row.reviewerEmail, name: row._max.reviewerName ?? row.reviewerEmail, role: null }));
  return [...accounts, ...others];
}

const articleSelect = {
  id: true, title: true, url: true, publisher: true, author: true, publishedAt: true, publishedNote: true, language: true, body: true, bodyHash: true,
  wordCount: true, importFormat: true, importFileName: true, importRemoved: true, importedById: true, version: true, createdAt: true, updatedAt: true,
} as const;

const captureSelect = {
  ...CAPTURE_SUMMARY, articleId: true, capturedById: true,
} as const;

const claimSelect = {
  id: true, articleId: true, captureId: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true, statement: true, claimant: true,
  claimDate: true, figureValue: true, figureUnit: true, figureQualifier: true, figureLow: true, figureHigh: true, figureCounted: true, tags: true,
  status: true, finalRatingId: true, resolutionNote: true, resolvedAt: true, resolvedById: true, createdById: true, version: true, createdAt: true, updatedAt: true,
} as const;

const sourceSelect = {
  id: true, kind: true, articleId: true, title: true, url: true, publisher: true, publishedAt: true, archivedUrl: true, reliability: true, note: true,
  claimReviewed: true, claimant: true, publisherSite: true, language: true, ratingLabel: true, ratingValue: true, ratingBest: true, ratingWorst: true, ratingLevelId: true,
  createdById: true, version: true, createdAt: true, updatedAt: true,
} as const;

const evidenceSelect = {
  id: true, claimId: true, sourceId: true, stance: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true, note: true,
  createdById: true, version: true, createdAt: true, updatedAt: true,
} as const;

const auditSelect = {
  id: true, actorId: true, entityType: true, entityId: true, claimId: true, action: true, before: true, after: true, createdAt: true,
} as const;
