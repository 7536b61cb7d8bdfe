import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { DISAGREEMENT_KINDS, type DisagreementKind } from "@/lib/domain/disagreements";
import { blindReviewMayHide, canBeAssigned, rolesThat } from "@/lib/domain/permissions";
import type { DisagreementFilters } from "@/lib/schemas/disagreements";
import { DISAGREEMENT_COLUMNS } from "./disagreement-counts";
import { listFigurePartners } from "../figure-conflicts/figure-conflicts";
import type { Actor } from "../scope";
import { blindScopeOf, othersVerdictsVisibleSql, type BlindScope } from "../verdicts/verdict-visibility";
import { getWorkspaceAccess } from "../workspaces/workspaces";

export const DISAGREEMENTS_PAGE_SIZE = 25;

// The disagreement queue: claims showing at least one kind of open disagreement (unresolved claims, and
// resolved ones whose ratings are inconsistent with their group's), read
// from their stored rows (claim_disagreements; lib/data/disagreements/claim-disagreements.ts says how severity and
// age are computed). Order: severity, highest first; then oldest cause first (it has waited
// longest); then id. The filters and the order are served by indexes, so the first page costs the
// same at ten claims and at a hundred thousand.
//
// Under blind review a reviewer split is other reviewers' ratings, so a reviewer who has not rated a
// claim does not see it there: the kind is left out of the row, the filter and the total, the row's
// severity is that of its other kinds, and a claim whose only kind it is drops out of their queue.

export interface DisagreementRow {
  id: string;
  statement: string;
  article: { id: string; title: string };
  kinds: DisagreementKind[];
  severity: number;
  since: Date;
  assignees: { id: string; name: string }[];
  /** For a figure conflict: the first claims it conflicts with (the widest), and whether there are more. */
  figurePartners: { id: string; statement: string }[];
  moreFigurePartners: boolean;
}

type Row = { id: string; split: boolean; conflict: boolean; figure: boolean; inconsistent: boolean; severity: number; since: Date };

export async function listDisagreements({ actor, slug, filters, page = 1, window }: {
  actor: Actor;
  slug: string;
  filters: DisagreementFilters;
  page?: number;
  /** The API's page: the claims after the one `after` names in the queue's order, and no total. */
  window?: { limit: number; after: QueueSeekKey | null };
}) {
  const limit = window?.limit ?? DISAGREEMENTS_PAGE_SIZE;
  const offset = window ? 0 : (page - 1) * DISAGREEMENTS_PAGE_SIZE;
  const empty = { items: [] as DisagreementRow[], total: 0, page, pageCount: 0 };
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return empty;
  const workspaceId = access.workspace.id;

  const db = getDb();
  const queries = disagreementQueueSql(workspaceId, filters, { limit, offset, after: window?.after ?? null, reader: blindScopeOf(actor, access) });
  const [countRows, rows] = await Promise.all([
    window ? Promise.resolve([]) : db.$queryRaw<{ total: number }[]>(queries.count),
    db.$queryRaw<Row[]>(queries.page),
  ]);

  const ids = rows.map((row) => row.id);
  const [details, partners] = await Promise.all([
    db.claim.findMany({
      where: { id: { in: ids }, workspaceId },
      select: {
        id: true,
        statement: true,
        article: { select: { id: true, title: true } },
        assignments: { orderBy: { createdAt: "asc" }, select: { reviewer: { select: { id: true, name: true } } } },
      },
    }),
    listFigurePartners(workspaceId, rows.filter((row) => row.figure).map((row) => row.id)),
  ]);
  const byId = new Map(details.map((claim) => [claim.id, claim]));
  const total = countRows[0]?.total ?? 0;
  return {
    items: rows.flatMap((row): DisagreementRow[] => {
      const claim = byId.get(row.id);
      if (!claim) return [];
      const present = { "reviewer-split": row.split, "source-conflict": row.conflict, "figure-conflict": row.figure, "inconsistent-ratings": row.inconsistent } satisfies Record<DisagreementKind, boolean>;
      return [{
        id: claim.id,
        statement: claim.statement,
        article: claim.article,
        kinds: DISAGREEMENT_KINDS.filter((kind) => present[kind]),
        severity: row.severity,
        since: row.since,
        assignees: claim.assignments.map((assignment) => assignment.reviewer),
        figurePartners: partners.get(claim.id)?.partners ?? [],
        moreFigurePartners: partners.get(claim.id)?.more ?? false,
      }];
    }),
    total,
    page,
    pageCount: Math.ceil(total / DISAGREEMENTS_PAGE_SIZE),
  };
}

export type QueueSeekKey = { severity: number; since: Date; id: string };

/**
 * The queue's two queries, its total and one page, as SQL (bench/review.ts prints their plans). A
 * page starts at an offset (the review page's numbered pages) or after a claim (the API's keyset).
 */
export function disagreementQueueSql(workspaceId: string, filters: DisagreementFilters, { limit, offset = 0, after = null, reader }: {
  limit: number; offset?: number; after?: QueueSeekKey | null;
  /** Who reads the queue; without one (bench plans), the rows as stored. */
  reader?: BlindScope;
}) {
  const hidesSplits = reader !== undefined && blindReviewMayHide(reader);
  const conditions = [Prisma.sql`cd."workspaceId" = ${workspaceId}::uuid`];
  // A row left with no kind this reader may see has no severity.
  if (hidesSplits) conditions.push(Prisma.sql`cd.severity is not null`);
  if (filters.kind) conditions.push(Prisma.sql`cd.${DISAGREEMENT_COLUMNS[filters.kind]} is not null`);
  if (filters.article) conditions.push(Prisma.sql`cd."articleId" = ${filters.article}::uuid`);
  if (filters.assignee) {
    conditions.push(Prisma.sql`exists (select 1 from claim_assignments a where a."claimId" = cd."claimId" and a."reviewerId" = ${filters.assignee}::uuid)`);
  }
  const where = Prisma.join(conditions, " and ");
  const source = hidesSplits ? readerQueueRows(reader) : Prisma.sql`claim_disagreements`;
  const columns = Prisma.sql`cd."claimId" as id, cd."reviewerSplit" is not null as split, cd."sourceConflict" is not null as conflict,
        cd."figureConflict" is not null as figure, cd."inconsistentRatings" is not null as inconsistent, cd.severity, cd.since`;
  const order = Prisma.sql`order by cd.severity desc, cd.since asc, cd."claimId"`;
  return {
    count: Prisma.sql`select count(*)::int as total from ${source} cd where ${where}`,
    page: after ? queueAfterSql(source, columns, where, order, after, limit) : Prisma.sql`select ${columns} from ${source} cd where ${where} ${order} limit ${limit} offset ${offset}`,
  };
}

/**
 * The stored rows as a reader under blind review sees them: the split only on claims they rated, and
 * the severity recomputed from what is left (greatest ignores nulls). Postgres inlines this, so the
 * filters still reach claim_disagreements' indexes; only the order is sorted rather than read.
 */
function readerQueueRows(reader: BlindScope): Prisma.Sql {
  const split = Prisma.sql`case when ${othersVerdictsVisibleSql(reader, Prisma.sql`q."claimId"`)} then q."reviewerSplit" end`;
  return Prisma.sql`(select q."claimId", q."workspaceId", q."articleId", ${split} as "reviewerSplit", q."sourceConflict", q."figureConflict",
    q."inconsistentRatings", greatest(${split}, q."sourceConflict", q."figureConflict", q."inconsistentRatings") as severity, q.since from claim_disagreements q)`;
}

/**
 * The page after a claim of the queue. Severity descends while since and claim ascend, so no single
 * row comparison seeks in the index; severities are few and widely shared, so a filter on the ties
 * would read most of a severity. Two index range scans instead: the rest of the claim's severity,
 * then the lower severities; each stops at `limit` rows.
 */
function queueAfterSql(source: Prisma.Sql, columns: Prisma.Sql, where: Prisma.Sql, order: Prisma.Sql, after: QueueSeekKey, limit: number) {
  return Prisma.sql`
    select * from (
      (select ${columns} from ${source} cd
        where ${where} and cd.severity = ${after.severity} and (cd.since, cd."claimId") > (${after.since}::timestamp, ${after.id}::uuid)
        ${order} limit ${limit})
      union all
      (select ${columns} from ${source} cd where ${where} and cd.severity < ${after.severity} ${order} limit ${limit})
    ) page
    order by severity desc, since asc, id
    limit ${limit}`;
}

/** The queue's filter choices: the workspace's articles and its members who can be assigned. */
export async function listDisagreementFilterOptions({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return { articles: [], assignees: [] };
  const db = getDb();
  const [articles, assignees] = await Promise.all([
    db.article.findMany({ where: { workspaceId: access.workspace.id }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.user.findMany({
      where: { memberships: { some: { workspaceId: access.workspace.id, role: { in: rolesThat(canBeAssigned) } } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { articles, assignees };
}
