import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { DISAGREEMENT_KINDS, type DisagreementKind } from "@/lib/domain/disagreements";
import type { DisagreementFilters } from "@/lib/schemas/disagreements";
import { openDisagreementWhere } from "./disagreement-counts";
import type { Actor } from "./scope";
import { getWorkspaceAccess } from "./workspaces";

export const DISAGREEMENTS_PAGE_SIZE = 25;

// The disagreement queue: unresolved claims showing at least one kind of open disagreement, with
// the same conditions the claims filter and the dashboard use (openDisagreementWhere).
//
// Severity, a whole number, is the greatest of the claim's kinds' severities:
// - reviewer split: the spread (highest minus lowest ordinal value) of the reviewers' current
//   verdicts; a level without an ordinal (Unverifiable) against any other rating counts as the
//   widest spread the workspace's scale allows (its highest minus its lowest ordinal value);
// - source conflict: min(supporting, contradicting) evidence count, so one source on each side
//   is 1 and the number grows only as both sides gather weight.
// Age runs from the conflict's latest cause: the newest current verdict (reviewer split) or the
// newest supporting or contradicting evidence (source conflict), the later one when both apply.
// Order: severity, highest first; then oldest cause first (it has waited longest); then id.

export interface DisagreementRow {
  id: string;
  statement: string;
  article: { id: string; title: string };
  kinds: DisagreementKind[];
  severity: number;
  since: Date;
  assignees: { id: string; name: string }[];
}

type Row = { id: string; split: boolean; conflict: boolean; severity: number; since: Date };

export async function listDisagreements({ actor, slug, filters, page = 1, window }: {
  actor: Actor;
  slug: string;
  filters: DisagreementFilters;
  page?: number;
  /** The API's page: any size and offset, and no total. */
  window?: { limit: number; offset: number };
}) {
  const limit = window?.limit ?? DISAGREEMENTS_PAGE_SIZE;
  const offset = window?.offset ?? (page - 1) * DISAGREEMENTS_PAGE_SIZE;
  const empty = { items: [] as DisagreementRow[], total: 0, page, pageCount: 0 };
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return empty;
  const workspaceId = access.workspace.id;

  const split = openDisagreementWhere("reviewer-split");
  const conflict = openDisagreementWhere("source-conflict");
  const conditions = [Prisma.sql`c."workspaceId" = ${workspaceId}::uuid`, Prisma.sql`(${split} or ${conflict})`];
  if (filters.kind) conditions.push(openDisagreementWhere(filters.kind));
  if (filters.article) conditions.push(Prisma.sql`c."articleId" = ${filters.article}::uuid`);
  if (filters.assignee) {
    conditions.push(Prisma.sql`exists (select 1 from claim_assignments a where a."claimId" = c.id and a."reviewerId" = ${filters.assignee}::uuid)`);
  }
  const where = Prisma.join(conditions, " and ");

  const db = getDb();
  const [countRows, rows] = await Promise.all([
    window ? Promise.resolve([]) : db.$queryRaw<{ total: number }[]>`select count(*)::int as total from claims c where ${where}`,
    db.$queryRaw<Row[]>`
      with scale as (
        select coalesce(max(r.ordinal) - min(r.ordinal), 0) as range from rating_levels r where r."workspaceId" = ${workspaceId}::uuid
      ), queued as (
        select c.id, ${split} as split, ${conflict} as conflict from claims c where ${where}
      ), measured as (
        select q.id, q.split, q.conflict,
          greatest(
            case when q.split then case when rv.unrated then (select range from scale) else rv.spread end else 0 end,
            case when q.conflict then least(ev.supporting, ev.contradicting) else 0 end
          )::int as severity,
          greatest(
            case when q.split then rv.latest end,
            case when q.conflict then ev.latest end
          ) as since
        from queued q
        cross join lateral (
          select coalesce(max(r.ordinal) - min(r.ordinal), 0) as spread, bool_or(r.ordinal is null) as unrated, max(cv."createdAt") as latest
          from (
            select distinct on (v."reviewerId") v."ratingId", v."createdAt"
            from verdicts v where v."claimId" = q.id
            order by v."reviewerId", v."createdAt" desc, v.id desc
          ) cv join rating_levels r on r.id = cv."ratingId"
        ) rv
        cross join lateral (
          select
            count(*) filter (where e.stance = 'SUPPORTS'::"Stance")::int as supporting,
            count(*) filter (where e.stance = 'CONTRADICTS'::"Stance")::int as contradicting,
            max(e."createdAt") filter (where e.stance <> 'CONTEXT'::"Stance") as latest
          from evidence e where e."claimId" = q.id
        ) ev
      )
      select id, split, conflict, severity, since from measured
      order by severity desc, since asc, id
      limit ${limit} offset ${offset}`,
  ]);

  const details = await db.claim.findMany({
    where: { id: { in: rows.map((row) => row.id) }, workspaceId },
    select: {
      id: true,
      statement: true,
      article: { select: { id: true, title: true } },
      assignments: { orderBy: { createdAt: "asc" }, select: { reviewer: { select: { id: true, name: true } } } },
    },
  });
  const byId = new Map(details.map((claim) => [claim.id, claim]));
  const total = countRows[0]?.total ?? 0;
  return {
    items: rows.flatMap((row): DisagreementRow[] => {
      const claim = byId.get(row.id);
      if (!claim) return [];
      const present = { "reviewer-split": row.split, "source-conflict": row.conflict } satisfies Record<DisagreementKind, boolean>;
      return [{
        id: claim.id,
        statement: claim.statement,
        article: claim.article,
        kinds: DISAGREEMENT_KINDS.filter((kind) => present[kind]),
        severity: row.severity,
        since: row.since,
        assignees: claim.assignments.map((assignment) => assignment.reviewer),
      }];
    }),
    total,
    page,
    pageCount: Math.ceil(total / DISAGREEMENTS_PAGE_SIZE),
  };
}

/** The queue's filter choices: the workspace's articles and its members who can be assigned. */
export async function listDisagreementFilterOptions({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return { articles: [], assignees: [] };
  const db = getDb();
  const [articles, assignees] = await Promise.all([
    db.article.findMany({ where: { workspaceId: access.workspace.id }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.user.findMany({
      where: { memberships: { some: { workspaceId: access.workspace.id, role: { not: "VIEWER" } } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { articles, assignees };
}
