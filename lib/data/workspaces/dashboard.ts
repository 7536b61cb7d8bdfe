import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { DISAGREEMENT_KINDS, DISAGREEMENT_LABELS } from "@/lib/domain/disagreements";
import { CLAIM_STATUSES, zeroCounts, type ClaimStatus } from "@/lib/domain/vocabulary";
import { countOpenDisagreements } from "../disagreements/disagreement-counts";
import type { Actor } from "../scope";
import { blindScopeOf, verdictVisibleSql, type BlindScope } from "../verdicts/verdict-visibility";
import { enumSql } from "../vocabulary-sql";
import { getWorkspaceAccess } from "./workspaces";

// The workspace home. Every figure is an aggregate computed in Postgres, so the page costs the same
// few queries whether the workspace holds ten claims or a hundred thousand.

/** Articles listed under "Progress per article"; the rest are counted, not shown. */
export const DASHBOARD_ARTICLE_LIMIT = 50;

export interface ArticleProgress {
  id: string;
  title: string;
  marked: number;
  checked: number;
  resolved: number;
}

/** The dashboard's figures for a member of the workspace; null for anyone else. */
export async function getDashboard({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return null;
  const workspaceId = access.workspace.id;
  const [statusCounts, verdictsByRating, disagreements, articles] = await Promise.all([
    countClaimsByStatus(workspaceId),
    countCurrentVerdictsByRating(workspaceId, blindScopeOf(actor, access)),
    countOpenDisagreements(workspaceId, blindScopeOf(actor, access)),
    listArticleProgress(workspaceId),
  ]);
  return {
    statusCounts,
    totalClaims: CLAIM_STATUSES.reduce((sum, status) => sum + statusCounts[status], 0),
    verdictsByRating,
    disagreements: DISAGREEMENT_KINDS.map((kind) => ({ kind, label: DISAGREEMENT_LABELS[kind], count: disagreements[kind] })),
    ...articles,
  };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;

async function countClaimsByStatus(workspaceId: string): Promise<Record<ClaimStatus, number>> {
  const rows = await getDb().claim.groupBy({ by: ["status"], where: { workspaceId }, _count: { _all: true } });
  const counts = zeroCounts(CLAIM_STATUSES);
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

/**
 * Each reviewer's current verdict on each claim (their latest; ids, time-ordered, break ties as
 * currentVerdicts does), counted by rating level in scale order. Levels nobody chose count zero.
 * Under blind review a reviewer counts only verdicts they may see: their own, and others' on claims
 * they rated (with one claim rated, the chart would otherwise be its verdicts).
 */
async function countCurrentVerdictsByRating(workspaceId: string, reader: BlindScope) {
  return getDb().$queryRaw<{ id: string; label: string; colour: string; count: number }[]>`
    select r.id, r.label, r.colour, count(cv."ratingId")::int as count
    from rating_levels r
    left join (
      select distinct on (v."claimId", v."reviewerId") v."ratingId"
      from verdicts v
      where v."workspaceId" = ${workspaceId}::uuid and ${verdictVisibleSql(reader, Prisma.sql`v."claimId"`, Prisma.sql`v."reviewerId"`)}
      order by v."claimId", v."reviewerId", v."createdAt" desc, v.id desc
    ) cv on cv."ratingId" = r.id
    where r."workspaceId" = ${workspaceId}::uuid
    group by r.id, r.label, r.colour, r.position
    order by r.position, r.id`;
}

/**
 * Per article: claims marked, checked (at least one verdict) and resolved. Articles with the most
 * unresolved claims come first, since that is where the work is.
 */
async function listArticleProgress(workspaceId: string): Promise<{ articles: ArticleProgress[]; articleCount: number }> {
  const rows = await getDb().$queryRaw<(ArticleProgress & { articleCount: number })[]>`
    select a.id, a.title,
      count(c.id)::int as marked,
      count(vc."claimId")::int as checked,
      count(c.id) filter (where c.status = ${enumSql("ClaimStatus", "RESOLVED")})::int as resolved,
      (count(*) over ())::int as "articleCount"
    from articles a
    left join claims c on c."articleId" = a.id
    left join (select distinct v."claimId" from verdicts v where v."workspaceId" = ${workspaceId}::uuid) vc on vc."claimId" = c.id
    where a."workspaceId" = ${workspaceId}::uuid
    group by a.id, a.title
    order by count(c.id) - count(c.id) filter (where c.status = ${enumSql("ClaimStatus", "RESOLVED")}) desc, count(c.id) desc, a.title, a.id
    limit ${DASHBOARD_ARTICLE_LIMIT}`;
  return {
    articles: rows.map(({ id, title, marked, checked, resolved }) => ({ id, title, marked, checked, resolved })),
    // No row at all means no article at all.
    articleCount: rows[0]?.articleCount ?? 0,
  };
}
