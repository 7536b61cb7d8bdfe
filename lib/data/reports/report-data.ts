import "server-only";
import { getDb } from "@/lib/db/client";
import { queryRows } from "@/lib/db/pg-pool";
import { Prisma } from "@/lib/generated/prisma/client";
import { httpUrlOrNull } from "@/lib/domain/http-url";
import type { Role } from "@/lib/domain/roles";
import { CLAIM_STATUSES, zeroCounts, type ClaimStatus } from "@/lib/domain/vocabulary";
import type { ExportScope } from "@/lib/schemas/export";
import {
  claimPageUrl, type ReportClaim, type ReportEvidence, type ReportPerson, type ReportRatingLevel, type ReportSummary, type ReportVerdict,
} from "@/lib/domain/report-model";
import { claimFilterWhere } from "../claims/claim-search";
import { fromDbFigure } from "../claims/figure-codes";
import { openDisagreementWhere } from "../disagreements/disagreement-counts";
import type { Actor } from "../scope";
import { verdictVisibleSql, type BlindScope } from "../verdicts/verdict-visibility";
import { requireWorkspaceRole } from "../workspaces/workspaces";

// Report claims read from Postgres for the export writers: in keyset batches (BATCH_SIZE claims, each
// batch one statement that brings its verdicts, evidence with sources and last change as JSON built by
// Postgres), so an export of any size holds one batch in memory and makes no query per claim.
//
// Who may export what: every member, viewers included, may export the claims of their workspace (the
// same claims the claims list shows them). Blind review applies as on the claim page: a reviewer sees
// other reviewers' current verdicts on a claim only once they have recorded their own there, so their
// export carries only their own verdicts on the other claims. Editors, owners and viewers get all of them
// (lib/domain/permissions.ts canSeeVerdict, as SQL generated from it by lib/data/verdicts/verdict-visibility.ts). The same goes
// for what derives from those verdicts: a reviewer split among the open disagreements, and who made the
// last change when that change was someone else's verdict. Final ratings and the other disagreements
// are shown to every member in the UI, so they are exported to every member too.

export const REPORT_BATCH_SIZE = Number(process.env.CLAIMBENCH_EXPORT_BATCH_SIZE ?? 500);

/** The workspace, the actor's role and blind-review setting: what the other functions here need. */
export interface ReportAccess {
  actor: Actor;
  workspace: { id: string; slug: string; name: string; organizationName: string | null; blindReview: boolean };
  role: Role;
}

export async function getReportAccess({ actor, slug }: { actor: Actor; slug: string }): Promise<ReportAccess> {
  const access = await requireWorkspaceRole({ actor, slug, action: "read" });
  const workspace = await getDb().workspace.findUniqueOrThrow({
    where: { id: access.workspace.id },
    select: { id: true, slug: true, name: true, organizationName: true, blindReview: true },
  });
  return { actor, workspace, role: access.role };
}

const readerOf = (access: ReportAccess): BlindScope => ({ actorId: access.actor.id, role: access.role, blindReview: access.workspace.blindReview });

/** The scale in position order, and everyone who ever recorded a verdict in the workspace (CSV's columns). */
export async function getReportHeader(access: ReportAccess): Promise<{ scale: ReportRatingLevel[]; reviewers: ReportPerson[] }> {
  const db = getDb();
  const workspaceId = access.workspace.id;
  const [scale, reviewers] = await Promise.all([
    db.ratingLevel.findMany({ where: { workspaceId }, orderBy: { position: "asc" }, select: { label: true, ordinal: true, colour: true, position: true } }),
    db.user.findMany({ where: { verdicts: { some: { workspaceId } } }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { name: true, email: true } }),
  ]);
  return { scale, reviewers };
}

export async function countScopeClaims(access: ReportAccess, scope: Partial<ExportScope>): Promise<number> {
  const where = claimFilterWhere(access.workspace.id, scope, readerOf(access));
  const rows = await getDb().$queryRaw<{ total: number }[]>`select count(*)::int as total from claims c where ${where}`;
  return rows[0]?.total ?? 0;
}

/** Counts by final rating and status, and the open disagreements, over the scope's claims. */
export async function getReportSummary(access: ReportAccess, scope: Partial<ExportScope>, scale: readonly ReportRatingLevel[], baseUrl: string): Promise<ReportSummary> {
  const where = claimFilterWhere(access.workspace.id, scope, readerOf(access));
  const db = getDb();
  const [groups, split, conflict, figures, inconsistent] = await Promise.all([
    db.$queryRaw<{ status: ClaimStatus; label: string | null; count: number }[]>`
      select c.status::text as status, r.label, count(*)::int as count
      from claims c left join rating_levels r on r.id = c."finalRatingId"
      where ${where} group by 1, 2`,
    db.$queryRaw<{ id: string; statement: string }[]>`select c.id, c.statement from claims c where ${where} and ${openDisagreementWhere("reviewer-split", readerOf(access))} order by c.id`,
    db.$queryRaw<{ id: string; statement: string }[]>`select c.id, c.statement from claims c where ${where} and ${openDisagreementWhere("source-conflict", readerOf(access))} order by c.id`,
    db.$queryRaw<{ id: string; statement: string }[]>`select c.id, c.statement from claims c where ${where} and ${openDisagreementWhere("figure-conflict", readerOf(access))} order by c.id`,
    db.$queryRaw<{ id: string; statement: string }[]>`select c.id, c.statement from claims c where ${where} and ${openDisagreementWhere("inconsistent-ratings", readerOf(access))} order by c.id`,
  ]);
  const byRating = scale.map((level) => ({ label: level.label, ordinal: level.ordinal, count: 0 }));
  const byStatus = zeroCounts(CLAIM_STATUSES);
  let total = 0;
  let unrated = 0;
  for (const group of groups) {
    total += group.count;
    byStatus[group.status] += group.count;
    const entry = group.label === null ? undefined : byRating.find((level) => level.label === group.label);
    if (entry) entry.count += group.count;
    else unrated += group.count;
  }
  const disagreements = new Map<string, { claimId: string; statement: string; url: string; kinds: string[] }>();
  for (const [rows, kind] of [[split, "ratings"], [conflict, "evidence"], [figures, "figures"], [inconsistent, "inconsistent ratings of the same claim"]] as const) {
    for (const row of rows) {
      const item = disagreements.get(row.id) ?? { claimId: row.id, statement: row.statement, url: claimPageUrl(baseUrl, access.workspace.slug, row.id), kinds: [] };
      item.kinds.push(kind);
      disagreements.set(row.id, item);
    }
  }
  return { total, byRating, unrated, byStatus, openDisagreements: [...disagreements.values()] };
}

interface ClaimRow {
  id: string; exact: string; prefix: string; suffix: string; start: number; end: number; anchorStatus: ReportClaim["anchorStatus"];
  statement: string; claimant: string | null; claimDate: Date | null;
  figureValue: number | null; figureUnit: string | null; figureQualifier: string | null; figureLow: number | null; figureHigh: number | null; figureCounted: string | null;
  tags: string[]; status: ReportClaim["status"]; resolutionNote: string | null; resolvedAt: Date | null; createdAt: Date; updatedAt: Date;
  articleId: string; articleTitle: string; articleUrl: string | null; articlePublisher: string | null; articleAuthor: string | null; articlePublishedAt: Date | null;
  finalLabel: string | null; finalOrdinal: number | null; creatorName: string | null; creatorEmail: string | null;
  verdicts: { name: string; email: string; label: string; ordinal: number | null; rationale: string; at: string }[];
  evidence: { stance: ReportEvidence["stance"]; excerpt: string; note: string | null; title: string; url: string | null; publisher: string | null; publishedAt: string | null; archivedUrl: string | null; kind: ReportEvidence["source"]["kind"]; articleId: string | null }[];
  lastChangeAt: Date | null; lastChangeName: string | null; lastChangeEmail: string | null;
}

/** Under blind review, which verdicts of claim `c` the actor may read (see the note at the top). */
function visibleVerdicts(access: ReportAccess): Prisma.Sql {
  return verdictVisibleSql(readerOf(access), Prisma.sql`c.id`, Prisma.sql`v."reviewerId"`);
}

/**
 * Whether the last change's author may be named: not when it is another reviewer's verdict (or a
 * reopening it caused) that blind review hides, as in the claim's history (lib/domain/blind-history.ts).
 */
function lastChangeNamed(access: ReportAccess): Prisma.Sql {
  const verdictDerived = Prisma.sql`(ae."entityType" = 'verdict' or ae.after->'cause'->>'kind' = 'verdict')`;
  return Prisma.sql`(not ${verdictDerived} or ${verdictVisibleSql(readerOf(access), Prisma.sql`c.id`, Prisma.sql`ae."actorId"`)})`;
}

/**
 * The statement behind every batch, without keyset and limit: one row per claim of the scope, in
 * report order (article, then position in it). bench/export.ts COPYs the same statement as the floor.
 */
export function reportClaimsSql(access: ReportAccess, scope: Partial<ExportScope>, after: Prisma.Sql = Prisma.sql`true`, limit: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    select c.id, c.exact, c.prefix, c.suffix, c.start, c."end", c."anchorStatus"::text as "anchorStatus", c.statement, c.claimant, c."claimDate",
      c."figureValue", c."figureUnit"::text as "figureUnit", c."figureQualifier"::text as "figureQualifier", c."figureLow", c."figureHigh", c."figureCounted",
      c.tags, c.status::text as status, c."resolutionNote", c."resolvedAt", c."createdAt", c."updatedAt",
      a.id as "articleId", a.title as "articleTitle", a.url as "articleUrl", a.publisher as "articlePublisher", a.author as "articleAuthor", a."publishedAt" as "articlePublishedAt",
      fr.label as "finalLabel", fr.ordinal as "finalOrdinal", cb.name as "creatorName", cb.email as "creatorEmail",
      coalesce((
        select json_agg(json_build_object('name', u.name, 'email', u.email, 'label', r.label, 'ordinal', r.ordinal, 'rationale', cv.rationale, 'at', cv."createdAt") order by cv."createdAt" desc, cv.id desc)
        from (
          select distinct on (v."reviewerId") v.id, v."reviewerId", v."ratingId", v.rationale, v."createdAt"
          from verdicts v where v."claimId" = c.id and ${visibleVerdicts(access)}
          order by v."reviewerId", v."createdAt" desc, v.id desc
        ) cv join users u on u.id = cv."reviewerId" join rating_levels r on r.id = cv."ratingId"
      ), '[]'::json) as verdicts,
      coalesce((
        select json_agg(json_build_object('stance', e.stance, 'excerpt', e.exact, 'note', e.note, 'title', s.title, 'url', s.url, 'publisher', s.publisher,
          'publishedAt', s."publishedAt", 'archivedUrl', s."archivedUrl", 'kind', s.kind, 'articleId', s."articleId") order by e."createdAt", e.id)
        from evidence e join sources s on s.id = e."sourceId" where e."claimId" = c.id
      ), '[]'::json) as evidence,
      lc.at as "lastChangeAt", lc.name as "lastChangeName", lc.email as "lastChangeEmail"
    from claims c
    join articles a on a.id = c."articleId"
    left join rating_levels fr on fr.id = c."finalRatingId"
    left join users cb on cb.id = c."createdById"
    left join lateral (
      select ae."createdAt" as at, u.name, u.email from audit_events ae left join users u on u.id = ae."actorId" and ${lastChangeNamed(access)}
      where ae."claimId" = c.id order by ae."createdAt" desc, ae.id desc limit 1
    ) lc on true
    where ${claimFilterWhere(access.workspace.id, scope, readerOf(access))} and ${after}
    order by c."articleId", c.start, c.id
    ${limit}`;
}

/** Postgres writes timestamps inside JSON without a zone; they are UTC. */
const jsonTime = (value: string) => new Date(value.endsWith("Z") ? value : `${value}Z`).toISOString();
const iso = (value: Date | null) => (value === null ? null : value.toISOString());
const person = (name: string | null, email: string | null): ReportPerson | null => (name === null || email === null ? null : { name, email });

function toReportClaim(row: ClaimRow, baseUrl: string, slug: string): ReportClaim {
  const verdicts: ReportVerdict[] = row.verdicts.map((v) => ({ reviewer: { name: v.name, email: v.email }, rating: { label: v.label, ordinal: v.ordinal }, rationale: v.rationale, at: jsonTime(v.at) }));
  const evidence: ReportEvidence[] = row.evidence.map((e) => ({
    stance: e.stance,
    excerpt: e.excerpt,
    note: e.note,
    source: { title: e.title, url: httpUrlOrNull(e.url), publisher: e.publisher, publishedAt: e.publishedAt && jsonTime(e.publishedAt), archivedUrl: httpUrlOrNull(e.archivedUrl), kind: e.kind, articleId: e.articleId },
  }));
  return {
    id: row.id,
    url: claimPageUrl(baseUrl, slug, row.id),
    // Every report format reads these: none of them may carry a javascript: or data: address.
    article: { id: row.articleId, title: row.articleTitle, url: httpUrlOrNull(row.articleUrl), publisher: row.articlePublisher, author: row.articleAuthor, publishedAt: iso(row.articlePublishedAt) },
    quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end },
    anchorStatus: row.anchorStatus,
    statement: row.statement,
    claimant: row.claimant,
    claimDate: iso(row.claimDate),
    figure: fromDbFigure(row as Parameters<typeof fromDbFigure>[0]),
    tags: row.tags,
    status: row.status,
    finalRating: row.finalLabel === null ? null : { label: row.finalLabel, ordinal: row.finalOrdinal },
    resolutionNote: row.resolutionNote,
    resolvedAt: iso(row.resolvedAt),
    createdAt: row.createdAt.toISOString(),
    createdBy: person(row.creatorName, row.creatorEmail),
    verdicts,
    evidence,
    // Claims made outside the app (bench fixtures, imports) may have no audit event: their last update stands in.
    lastChange: row.lastChangeAt ? { at: row.lastChangeAt.toISOString(), by: person(row.lastChangeName, row.lastChangeEmail) } : { at: row.updatedAt.toISOString(), by: null },
  };
}

/**
 * The scope's claims in report order, BATCH_SIZE at a time (keyset on article, start, id), read through
 * the plain pg pool (lib/db/pg-pool.ts: three times faster than Prisma on these rows). The next batch
 * is asked for as soon as the current one arrives, so Postgres reads it while the writer formats this
 * one. `onBatch` hears the running count after each batch: progress for jobs. Claims changed while the
 * export runs are read as they are when their batch is read.
 */
export async function* streamReportClaims({ access, scope, baseUrl, batchSize = REPORT_BATCH_SIZE, onBatch }: {
  access: ReportAccess;
  scope: Partial<ExportScope>;
  baseUrl: string;
  batchSize?: number;
  onBatch?: (done: number) => Promise<void> | void;
}): AsyncGenerator<ReportClaim> {
  const fetchBatch = (last: ClaimRow | null) => {
    const after = last ? Prisma.sql`(c."articleId", c.start, c.id) > (${last.articleId}::uuid, ${last.start}, ${last.id}::uuid)` : Prisma.sql`true`;
    const pending = queryRows<ClaimRow>(reportClaimsSql(access, scope, after, Prisma.sql`limit ${batchSize}`));
    pending.catch(() => undefined); // awaited below; a consumer that stops early must not leave it unhandled
    return pending;
  };
  let pending: Promise<ClaimRow[]> | null = fetchBatch(null);
  let done = 0;
  while (pending) {
    const rows: ClaimRow[] = await pending;
    pending = rows.length === batchSize ? fetchBatch(rows[rows.length - 1]!) : null;
    for (const row of rows) yield toReportClaim(row, baseUrl, access.workspace.slug);
    done += rows.length;
    if (rows.length > 0) await onBatch?.(done);
  }
}

/** The workspace's articles with how many claims each holds: the reports page's article choice. */
export async function listArticlesForExport({ actor, slug }: { actor: Actor; slug: string }): Promise<{ id: string; title: string; claims: number }[]> {
  const access = await requireWorkspaceRole({ actor, slug, action: "read" });
  const rows = await getDb().article.findMany({
    where: { workspaceId: access.workspace.id },
    orderBy: { title: "asc" },
    select: { id: true, title: true, _count: { select: { claims: true } } },
  });
  return rows.map((row) => ({ id: row.id, title: row.title, claims: row._count.claims }));
}
