import "server-only";
// Imports a workspace JSON export (lib/schemas/workspace-json.ts) into a NEW workspace, in one
// transaction: it either completes or leaves nothing.
//
// What is kept and what is regenerated, so that export → import → export gives the same document
// except for:
// - every row id (workspace, rating levels, articles, claims, sources, evidence, verdicts, assignments,
//   dismissed suggestions, audit events): new ids, remapped consistently wherever the document names
//   them (references, audit entityId/claimId, ids inside audit before/after). New ids are issued in
//   document order and ascend, so a second export lists rows in the same order. An audit event about a
//   row that no longer exists keeps its old entityId (nothing to remap it to).
// - people[].id: the id of the matching account here (people are matched by exact email).
// - workspace.slug and workspace.name: chosen by the importer (the name defaults to the document's).
// - exportedAt; memberships' own creation times (not exported).
// - the importer becomes OWNER (whatever role the document gave them, and added if not listed).
// - one audit event is appended: entityType "workspace", action "import", by the importer.
// Everything else is kept as exported: texts, anchors, figures, statuses, versions, and every
// createdAt/updatedAt (a verdict's history and the audit trail keep their times).
//
// Who may import: any signed-in user (the import makes a workspace of their own). The rows keep the
// authors the file names, so an imported history is as trustworthy as the file; the "import" event says
// who brought it in and from which workspace.
// People: every email in `people` must belong to an account here. Unknown emails are reported and the
// import refused; accounts are never created silently. People with a role become members with it.
import { figureKeyOfStored } from "@/lib/data/figure-codes";
import { recountWorkspaceFigureConflicts } from "@/lib/data/figure-conflict-writes";
import { refreshWorkspaceDisagreements } from "@/lib/data/claim-disagreements";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readWorkspaceJson } from "@/lib/formats/workspace-json-read";
import type { WorkspaceDocument } from "@/lib/schemas/workspace-json";
import type { Actor } from "./scope";

export interface WorkspaceImportInput {
  fileName: string;
  bytes: Uint8Array;
  slug: string;
  /** Defaults to the exported workspace's name. */
  name?: string;
}

export interface WorkspaceImportResult {
  workspace: { id: string; slug: string; name: string };
  counts: { articles: number; claims: number; sources: number; evidence: number; verdicts: number; auditEvents: number };
}

const INSERT_CHUNK = 1000;
const IMPORT_TIMEOUT_MS = 10 * 60_000;

export async function importWorkspace({ actor, input }: { actor: Actor; input: WorkspaceImportInput }): Promise<WorkspaceImportResult> {
  const read = readWorkspaceJson({ fileName: input.fileName, bytes: input.bytes });
  if (!read.ok) throw new AppError("VALIDATION", read.message);
  const doc = read.document;
  const db = getDb();
  const userIds = await matchPeople(doc, input.fileName);
  if (await db.workspace.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw slugTaken(input.slug);

  const nextId = idSequence();
  const ids = new Map<string, string>([[doc.workspace.id, nextId()]]);
  for (const section of ["ratingScale", "articles", "claims", "sources", "evidence", "verdicts", "assignments", "dismissedSuggestions", "auditEvents"] as const) {
    for (const row of doc[section]) ids.set(row.id, nextId());
  }
  const importEventId = nextId();
  const mapped = new Map([...ids, ...doc.people.map((person) => [person.id, userIds.get(person.email)!] as const)]);
  const id = (old: string) => ids.get(old)!;
  const idOrNull = (old: string | null) => (old === null ? null : id(old));
  const user = (email: string | null) => (email === null ? null : userIds.get(email)!);
  const workspaceId = id(doc.workspace.id);
  const name = input.name ?? doc.workspace.name;

  try {
    await db.$transaction(
      async (tx) => {
        const { id: _old, slug: _slug, name: _name, ...settings } = doc.workspace;
        // The slug is the workspace's one unique value that the importer chooses: a clash is someone
        // taking it since the check above.
        await tx.workspace.create({ data: { ...settings, id: workspaceId, slug: input.slug, name } }).catch((error: unknown) => {
          throw (error as { code?: unknown } | null)?.code === "P2002" ? slugTaken(input.slug) : error;
        });
        await tx.membership.createMany({ data: memberships(doc, actor, userIds).map((m) => ({ ...m, workspaceId })) });
        // Typed as Prisma's create inputs, so the columns are checked; written as JSON that Postgres
        // turns into rows itself (jsonb_populate_recordset), which is many times faster than createMany.
        await insertRows<Prisma.RatingLevelCreateManyInput>(tx, "rating_levels", doc.ratingScale.map((level) => ({ ...level, id: id(level.id), workspaceId })));
        await insertRows<Prisma.ArticleCreateManyInput>(tx, "articles", doc.articles.map(({ importedBy, ...article }) => ({
          ...article, importRemoved: article.importRemoved as Prisma.InputJsonValue[], id: id(article.id), workspaceId, importedById: user(importedBy),
        })));
        await insertRows<Prisma.ClaimCreateManyInput>(tx, "claims", doc.claims.map(({ resolvedBy, createdBy, ...claim }) => ({
          ...claim, id: id(claim.id), workspaceId, articleId: id(claim.articleId), finalRatingId: idOrNull(claim.finalRatingId), resolvedById: user(resolvedBy), createdById: user(createdBy),
          // Derived, so not in the document: the key that figure-conflict detection looks claims up by.
          figureKey: figureKeyOfStored(claim.figureUnit, claim.figureValue, claim.figureCounted),
        })));
        await insertRows<Prisma.SourceCreateManyInput>(tx, "sources", doc.sources.map(({ createdBy, ...source }) => ({
          ...source, id: id(source.id), workspaceId, articleId: idOrNull(source.articleId), createdById: user(createdBy),
        })));
        await insertRows<Prisma.EvidenceCreateManyInput>(tx, "evidence", doc.evidence.map(({ createdBy, ...item }) => ({
          ...item, id: id(item.id), workspaceId, claimId: id(item.claimId), sourceId: id(item.sourceId), createdById: user(createdBy),
        })));
        await insertRows<Prisma.VerdictCreateManyInput>(tx, "verdicts", doc.verdicts.map(({ reviewer, ...verdict }) => ({
          ...verdict, id: id(verdict.id), workspaceId, claimId: id(verdict.claimId), ratingId: id(verdict.ratingId), reviewerId: user(reviewer)!,
        })));
        await insertRows<Prisma.ClaimAssignmentCreateManyInput>(tx, "claim_assignments", doc.assignments.map((a) => ({
          id: id(a.id), workspaceId, claimId: id(a.claimId), reviewerId: user(a.reviewer)!, assignedById: user(a.assignedBy), createdAt: a.createdAt,
        })));
        await insertRows<Prisma.DismissedSuggestionCreateManyInput>(tx, "dismissed_suggestions", doc.dismissedSuggestions.map(({ dismissedBy, ...d }) => ({
          ...d, id: id(d.id), workspaceId, articleId: id(d.articleId), dismissedById: user(dismissedBy),
        })));
        await insertRows<Prisma.AuditEventCreateManyInput>(tx, "audit_events", doc.auditEvents.map(({ actor: by, ...event }) => ({
          ...event,
          id: id(event.id),
          workspaceId,
          actorId: user(by),
          entityId: mapped.get(event.entityId) ?? event.entityId,
          claimId: event.claimId === null ? null : (mapped.get(event.claimId) ?? event.claimId),
          before: remapIds(event.before, mapped) as Prisma.InputJsonValue,
          after: remapIds(event.after, mapped) as Prisma.InputJsonValue,
        })));
        // The figure intervals, severities and queue rows are derived state, rebuilt rather than imported.
        await recountWorkspaceFigureConflicts(tx, workspaceId);
        await refreshWorkspaceDisagreements(tx, workspaceId);
        await recordImport(tx, { id: importEventId, workspaceId, actor, fileName: input.fileName, doc });
      },
      { timeout: IMPORT_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    throw explainWriteError(error, input);
  }
  return {
    workspace: { id: workspaceId, slug: input.slug, name },
    counts: { articles: doc.articles.length, claims: doc.claims.length, sources: doc.sources.length, evidence: doc.evidence.length, verdicts: doc.verdicts.length, auditEvents: doc.auditEvents.length },
  };
}

/** The account of every person in the document, by email; refuses the import naming those without one. */
async function matchPeople(doc: WorkspaceDocument, fileName: string): Promise<Map<string, string>> {
  const emails = doc.people.map((person) => person.email);
  const users = await getDb().user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  const missing = emails.filter((email) => !byEmail.has(email));
  if (missing.length > 0) {
    const list = missing.length > 10 ? `${missing.slice(0, 10).join(", ")} and ${missing.length - 10} more` : missing.join(", ");
    throw new AppError(
      "VALIDATION",
      `${fileName} names ${missing.length === 1 ? "a person who has" : `${missing.length} people who have`} no account here: ${list}. Accounts are not created by an import: ask an administrator to create them with these emails, then import again. Nothing was imported.`,
    );
  }
  return byEmail;
}

function memberships(doc: WorkspaceDocument, actor: Actor, userIds: Map<string, string>) {
  const roles = new Map<string, "OWNER" | "EDITOR" | "REVIEWER" | "VIEWER">();
  for (const person of doc.people) if (person.role) roles.set(userIds.get(person.email)!, person.role);
  roles.set(actor.id, "OWNER");
  return [...roles].map(([userId, role]) => ({ userId, role }));
}

type Table = "rating_levels" | "articles" | "claims" | "sources" | "evidence" | "verdicts" | "claim_assignments" | "dismissed_suggestions" | "audit_events";

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

async function recordImport(tx: Tx, { id, workspaceId, actor, fileName, doc }: { id: string; workspaceId: string; actor: Actor; fileName: string; doc: WorkspaceDocument }) {
  await tx.auditEvent.create({
    data: {
      id,
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
