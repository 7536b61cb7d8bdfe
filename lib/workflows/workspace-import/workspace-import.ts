import "server-only";
// Imports a workspace JSON export (lib/schemas/workspace-json.ts) into a NEW workspace, in one
// transaction: it either completes or leaves nothing.
//
// What is kept and what is regenerated, so that export → import → export gives the same document
// except for:
// - every row id (workspace, rating levels, articles, claims, sources, evidence, verdicts, assignments, same-claim links,
//   dismissed suggestions, comments, audit events): new ids, remapped consistently wherever the document names
//   them (references, audit entityId/claimId, ids inside audit before/after). New ids are issued in
//   document order and ascend, so a second export lists rows in the same order. An audit event about a
//   row that no longer exists keeps its old entityId (nothing to remap it to).
// - people: nobody but the importer becomes a member (the file cannot make anyone a member of
//   anything, with or without their consent). Every row the file attributes to a person is kept as a
//   record of what happened elsewhere:
//   - verdicts become imported verdicts (imported_verdicts): the reviewer's name and email as the file
//     gave them, linked to the import, with no account or membership behind them. They are shown on the
//     claim as imported and exported again as verdicts, but are not this workspace's verdicts: reviewer
//     splits, agreement statistics and blind review's "has rated" count only verdicts recorded here;
//   - audit events keep their author's name as importedActor, with no actor, linked to the import, so
//     the history says "imported from <file> by <importer> on <date>; originally by <name>";
//   - the author columns of articles, claims, sources, evidence and dismissed suggestions are left
//     empty (nobody here made them); the history above says who did;
//   - comments keep their author's name as importedAuthor, with no author, and mention nobody (their
//     text still reads "@Name"; mentions point at members, and the people named are not members here);
//   - assignments are left out (they would assign people who are not members); the result counts them.
//   People are never looked up among accounts, so the result cannot tell anyone who has an account
//   here; they are listed (as the file names them) to be invited.
// - captures of web pages: kept with their originals when the file carries them (checked against their
//   sha256 by the reader); an export that left the originals out names captures that cannot be kept
//   (the original is the point of a capture), so they are left out and counted, and claims citing them
//   cite none.
// - publications (published fact-checks, live or unpublished, with their correction logs): kept, on the
//   claims' new ids, each under its own id unless a publication on this server has it already (then a new
//   one, and a new public address: the result counts them), so a desk moving to a new server under the same
//   slug keeps its public URLs /p/{slug}/{id}.
// - workspace.slug and workspace.name: chosen by the importer (the name defaults to the document's).
// - exportedAt; memberships' own creation times (not exported).
// - the importer becomes OWNER.
// - one import record (workspace_imports: who, when, which file, the people it names) and one audit
//   event (entityType "workspace", action "import", by the importer) are added.
// Everything else is kept as exported: texts, anchors, figures, statuses, versions, and every
// createdAt/updatedAt (a verdict's history and the audit trail keep their times).
//
// Who may import: any signed-in user (the import makes a workspace of their own, and no one else's).
import { figureKeyOfStored } from "@/lib/data/claims/figure-codes";
import { recountWorkspaceFigureConflicts } from "@/lib/data/figure-conflicts/figure-conflict-writes";
import { refreshWorkspaceDisagreements } from "@/lib/data/disagreements/claim-disagreements";
import { orderedPair } from "@/lib/data/claims/claim-links";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { identifyLanguage } from "@/lib/domain/language-identification";
import { readWorkspaceJson } from "@/lib/formats/workspace-json-read";
import type { WorkspaceDocument } from "@/lib/schemas/workspace-json";
import type { Actor } from "@/lib/data/scope";
import { restorePublications } from "@/lib/data/publications/publication-transfer";

export interface WorkspaceImportInput {
  fileName: string;
  bytes: Uint8Array;
  slug: string;
  /** Defaults to the exported workspace's name. */
  name?: string;
}

/** A person the file names, as it names them: listed to be invited, never made a member. */
export interface NamedPerson {
  name: string;
  email: string;
  /** Their role in the exported workspace; null for former members and others who only acted. */
  role: "OWNER" | "EDITOR" | "REVIEWER" | "VIEWER" | null;
}

export interface WorkspaceImportResult {
  workspace: { id: string; slug: string; name: string };
  counts: { articles: number; captures: number; claims: number; sources: number; evidence: number; verdicts: number; comments: number; publications: number; auditEvents: number };
  /** Everyone the file names but the importer. */
  people: NamedPerson[];
  /** Assignments in the file, left out: they assign people who are not members here. */
  assignmentsLeftOut: number;
  /** Captures the file describes without their originals (an export that left them out), not kept. */
  capturesLeftOut: number;
  /** Publications whose id another publication on this server has: imported under a new id, so at a new public address. */
  publicationsWithNewAddresses: number;
}

const INSERT_CHUNK = 1000;
const CAPTURE_CHUNK = 16;
const IMPORT_TIMEOUT_MS = 10 * 60_000;

export async function importWorkspace({ actor, input }: { actor: Actor; input: WorkspaceImportInput }): Promise<WorkspaceImportResult> {
  const read = readWorkspaceJson({ fileName: input.fileName, bytes: input.bytes });
  if (!read.ok) throw new AppError("VALIDATION", read.message);
  const doc = read.document;
  const db = getDb();
  if (await db.workspace.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw slugTaken(input.slug);
  const importer = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
  // Rows name people by email, in any case the file chose (Alice@X in people, alice@x in a verdict).
  const people = new Map(doc.people.map((person) => [person.email.toLowerCase(), person]));
  const personOf = (email: string) => people.get(email.toLowerCase())!; // findBrokenReference checked every reference
  const named: NamedPerson[] = doc.people
    .filter((person) => person.email.toLowerCase() !== importer.email.toLowerCase())
    .map(({ name, email, role }) => ({ name, email, role }));

  const captures = doc.captures.filter((capture) => capture.bytes !== undefined && capture.body !== undefined);
  const nextId = idSequence();
  const ids = new Map<string, string>([[doc.workspace.id, nextId()]]);
  for (const rows of [doc.ratingScale, doc.articles, captures, doc.claims, doc.sources, doc.evidence, doc.verdicts, doc.dismissedSuggestions, doc.sameClaimLinks, doc.dismissedMatches, doc.comments, doc.auditEvents]) {
    for (const row of rows) ids.set(row.id, nextId());
  }
  const freshPublicationIds = doc.publications.map(() => nextId());
  const importId = nextId();
  const importEventId = nextId();
  const id = (old: string) => ids.get(old)!;
  const idOrNull = (old: string | null) => (old === null ? null : id(old));
  const workspaceId = id(doc.workspace.id);
  const name = input.name ?? doc.workspace.name;
  let publicationsWithNewAddresses = 0;

  try {
    await db.$transaction(
      async (tx) => {
        const { id: _old, slug: _slug, name: _name, ...settings } = doc.workspace;
        // The slug is the workspace's one unique value that the importer chooses: a clash is someone
        // taking it since the check above.
        await tx.workspace.create({ data: { ...settings, id: workspaceId, slug: input.slug, name } }).catch((error: unknown) => {
          throw (error as { code?: unknown } | null)?.code === "P2002" ? slugTaken(input.slug) : error;
        });
        await tx.membership.create({ data: { workspaceId, userId: actor.id, role: "OWNER" } });
        await tx.workspaceImport.create({
          data: { id: importId, workspaceId, importedById: actor.id, fileName: input.fileName, fromSlug: doc.workspace.slug, exportedAt: new Date(doc.exportedAt), people: named as unknown as Prisma.InputJsonValue },
        });
        // Typed as Prisma's create inputs, so the columns are checked; written as JSON that Postgres
        // turns into rows itself (jsonb_populate_recordset), which is many times faster than createMany.
        await insertRows<Prisma.RatingLevelCreateManyInput>(tx, "rating_levels", doc.ratingScale.map((level) => ({ ...level, id: id(level.id), workspaceId })));
        await insertRows<Prisma.ArticleCreateManyInput>(tx, "articles", doc.articles.map(({ importedBy: _by, ...article }) => ({
          ...article, importRemoved: article.importRemoved as Prisma.InputJsonValue[], id: id(article.id), workspaceId, importedById: null,
          // Null is a language known to be unknown (the export is lossless); a file that leaves it out gets one identified.
          language: article.language === undefined ? identifyLanguage(article.body) : article.language,
        })));
        await insertCaptures(tx, captures.map(({ capturedBy: _by, bytes, body, ...capture }) => ({
          ...capture, id: id(capture.id), workspaceId, articleId: id(capture.articleId), capturedById: null, body: body!, bytes: new Uint8Array(Buffer.from(bytes!, "base64")),
          capturedAt: new Date(capture.capturedAt), appliedAt: capture.appliedAt === null ? null : new Date(capture.appliedAt),
        })));
        await insertRows<Prisma.ClaimCreateManyInput>(tx, "claims", doc.claims.map(({ resolvedBy: _resolvedBy, createdBy: _createdBy, captureId, ...claim }) => ({
          ...claim, id: id(claim.id), workspaceId, articleId: id(claim.articleId), finalRatingId: idOrNull(claim.finalRatingId), resolvedById: null, createdById: null,
          // A capture left out (no original in the file) is cited by nothing.
          captureId: captureId ? (ids.get(captureId) ?? null) : null,
          // Derived, so not in the document: the key that figure-conflict detection looks claims up by.
          figureKey: figureKeyOfStored(claim.figureUnit, claim.figureValue, claim.figureCounted),
          // Derived as well: the worker's match check runs for every imported claim (lib/jobs/match-checks.ts).
          hasMatch: false, matchCheckedAt: null,
        })));
        await insertRows<Prisma.SourceCreateManyInput>(tx, "sources", doc.sources.map(({ createdBy: _by, ...source }) => ({
          ...source, id: id(source.id), workspaceId, articleId: idOrNull(source.articleId), ratingLevelId: idOrNull(source.ratingLevelId), createdById: null,
        })));
        await insertRows<Prisma.EvidenceCreateManyInput>(tx, "evidence", doc.evidence.map(({ createdBy: _by, ...item }) => ({
          ...item, id: id(item.id), workspaceId, claimId: id(item.claimId), sourceId: id(item.sourceId), createdById: null,
        })));
        await insertRows<Prisma.ImportedVerdictCreateManyInput>(tx, "imported_verdicts", doc.verdicts.map(({ reviewer, ...verdict }) => ({
          ...verdict, id: id(verdict.id), workspaceId, importId, claimId: id(verdict.claimId), ratingId: id(verdict.ratingId),
          reviewerName: personOf(reviewer).name, reviewerEmail: personOf(reviewer).email,
        })));
        await insertRows<Prisma.DismissedSuggestionCreateManyInput>(tx, "dismissed_suggestions", doc.dismissedSuggestions.map(({ dismissedBy: _by, ...d }) => ({
          ...d, id: id(d.id), workspaceId, articleId: id(d.articleId), dismissedById: null,
        })));
        // New ids change the pairs' order: each is stored smaller id first again.
        await insertRows<Prisma.ClaimLinkCreateManyInput>(tx, "claim_links", doc.sameClaimLinks.map(({ createdBy: _by, claimAId, claimBId, ...link }) => ({
          ...link, id: id(link.id), workspaceId, ...orderedPair(id(claimAId), id(claimBId)), createdById: null,
        })));
        await insertRows<Prisma.ClaimMatchDismissalCreateManyInput>(tx, "claim_match_dismissals", doc.dismissedMatches.map(({ dismissedBy: _by, claimAId, claimBId, ...dismissal }) => ({
          ...dismissal, id: id(dismissal.id), workspaceId, ...orderedPair(id(claimAId), id(claimBId)), dismissedById: null,
        })));
        // Comments before the replies to them, so that no chunk names a parent that a later chunk holds.
        const comments = [...doc.comments].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
        await insertRows<Prisma.CommentCreateManyInput>(tx, "comments", comments.map(({ author, mentions: _mentions, ...comment }) => ({
          ...comment, id: id(comment.id), workspaceId, claimId: id(comment.claimId), parentId: idOrNull(comment.parentId), authorId: null, mentions: [],
          importedAuthor: author === null ? null : personOf(author).name,
        })));
        const restored = await restorePublications(tx, {
          workspaceId,
          publications: doc.publications.map((publication, n) => ({
            ...publication, claimId: id(publication.claimId), freshId: freshPublicationIds[n]!,
            publishedAt: new Date(publication.publishedAt), lastPublishedAt: new Date(publication.lastPublishedAt), unpublishedAt: publication.unpublishedAt === null ? null : new Date(publication.unpublishedAt),
            corrections: publication.corrections.map((c) => ({ createdAt: new Date(c.createdAt), text: c.text })),
          })),
        });
        publicationsWithNewAddresses = restored.newAddresses;
        await insertRows<Prisma.AuditEventCreateManyInput>(tx, "audit_events", doc.auditEvents.map(({ actor: by, ...event }) => ({
          ...event,
          id: id(event.id),
          workspaceId,
          actorId: null,
          importId,
          importedActor: by === null ? null : personOf(by).name,
          entityId: ids.get(event.entityId) ?? event.entityId,
          claimId: event.claimId === null ? null : (ids.get(event.claimId) ?? event.claimId),
          before: remapIds(event.before, ids) as Prisma.InputJsonValue,
          after: remapIds(event.after, ids) as Prisma.InputJsonValue,
        })));
        // The figure intervals, severities and queue rows are derived state, rebuilt rather than imported.
        await recountWorkspaceFigureConflicts(tx, workspaceId);
        await refreshWorkspaceDisagreements(tx, workspaceId);
        await recordImport(tx, { id: importEventId, importId, workspaceId, actor, fileName: input.fileName, doc });
      },
      { timeout: IMPORT_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    throw explainWriteError(error, input);
  }
  return {
    workspace: { id: workspaceId, slug: input.slug, name },
    counts: { articles: doc.articles.length, captures: captures.length, claims: doc.claims.length, sources: doc.sources.length, evidence: doc.evidence.length, verdicts: doc.verdicts.length, comments: doc.comments.length, publications: doc.publications.length, auditEvents: doc.auditEvents.length },
    people: named,
    assignmentsLeftOut: doc.assignments.length,
    capturesLeftOut: doc.captures.length - captures.length,
    publicationsWithNewAddresses,
  };
}

/** Captures carry their originals as bytes, which JSON rows cannot: written with the client, a few at a time (each may be megabytes). */
async function insertCaptures(tx: Tx, rows: Prisma.ArticleCaptureCreateManyInput[]): Promise<void> {
  for (let at = 0; at < rows.length; at += CAPTURE_CHUNK) await tx.articleCapture.createMany({ data: rows.slice(at, at + CAPTURE_CHUNK) });
}

type Table = "rating_levels" | "articles" | "claims" | "sources" | "evidence" | "imported_verdicts" | "dismissed_suggestions" | "claim_links" | "claim_match_dismissals" | "comments" | "audit_events";

/**
 * Inserts the rows, a chunk per statement, as one JSON parameter that Postgres maps onto the table's
 * columns by name. Every row names every column but searchVector (its trigger fills it); JSON null
 * becomes SQL NULL, as recordAudit stores an absent before/after.
 */
async function insertRows<T extends object>(tx: Tx, table: Table, rows: readonly T[]): Promise<void> {
  for (let at = 0; at < rows.length; at += INSERT_CHUNK) {
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`, JSON.stringify(rows.slice(at, at + INSERT_CHUNK)));
  }
}

async function recordImport(tx: Tx, { id, importId, workspaceId, actor, fileName, doc }: { id: string; importId: string; workspaceId: string; actor: Actor; fileName: string; doc: WorkspaceDocument }) {
  await tx.auditEvent.create({
    data: {
      id,
      importId,
      workspaceId,
      actorId: actor.id,
      entityType: "workspace",
      entityId: workspaceId,
      action: "import",
      after: { fileName, fromSlug: doc.workspace.slug, exportedAt: doc.exportedAt, schemaVersion: doc.schemaVersion, articles: doc.articles.length, claims: doc.claims.length },
    },
  });
}

/** Replaces every string that is a known old id with its new id, anywhere in a JSON value. */
export function remapIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => remapIds(item, ids));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, remapIds(item, ids)]));
  return value;
}

/**
 * UUIDv7 ids that ascend in the order they are issued: this import's time, a random middle fixed for
 * the import, and a counter at the end. Rows are listed by id, so they come back in document order.
 */
function idSequence(now = Date.now()): () => string {
  const time = now.toString(16).padStart(12, "0");
  const middle = randomBytes(4).toString("hex");
  const variant = ((parseInt(middle[3]!, 16) & 0x3) | 0x8).toString(16);
  let counter = 0;
  return () => {
    const tail = (counter++).toString(16).padStart(12, "0");
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${middle.slice(0, 3)}-${variant}${middle.slice(4, 7)}-${tail}`;
  };
}

const slugTaken = (slug: string) => new AppError("CONFLICT", `A workspace with the slug "${slug}" already exists. Choose another slug.`, { fieldErrors: { slug: ["This slug is taken."] } });

function explainWriteError(error: unknown, input: WorkspaceImportInput): unknown {
  if (error instanceof AppError) return error;
  // The raw inserts fail with P2010 carrying the driver's SQLSTATE: 23505 is a unique violation.
  const known = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null;
  if (known?.code === "P2002" || known?.meta?.driverAdapterError?.cause?.originalCode === "23505") {
    return new AppError("VALIDATION", `${input.fileName} holds two rows that may exist only once in a workspace (such as two articles with the same URL or text). Nothing was imported.`);
  }
  return error;
}
