import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimListQuery } from "@/lib/schemas/claim";
import { claimSelect } from "./claims";
import { openDisagreementWhere } from "../disagreements/disagreement-counts";
import { fromDbFigure } from "./figure-codes";
import { checkedBeforeSql } from "./checked-before";
import { claimLanguage, matchesInLanguage, queryInLanguage, websearchQuery } from "../full-text";
import type { Actor } from "../scope";
import { blindScopeOf, type BlindScope } from "../verdicts/verdict-visibility";
import { getWorkspaceAccess } from "../workspaces/workspaces";

export const CLAIMS_PAGE_SIZE = 25;

/** The claims list's filters without its page: what an export of "these claims" carries. */
export type ClaimFilter = Omit<ClaimListQuery, "page">;

// A claim is searched in its article's language (full-text.ts).
const matchesSearch = (q: string) => matchesInLanguage(Prisma.sql`c."searchVector"`, claimLanguage, websearchQuery(q));
const searchRank = (q: string) => Prisma.sql`ts_rank(c."searchVector", ${queryInLanguage(claimLanguage, websearchQuery(q))})`;

/**
 * The claims list's filters as one SQL condition on a claim aliased `c`, always scoped to the
 * workspace. Shared by the list and by exports, so "export these claims" means the same claims.
 */
export function claimFilterWhere(workspaceId: string, filter: Partial<ClaimFilter>, reader: BlindScope): Prisma.Sql {
  const conditions = [Prisma.sql`c."workspaceId" = ${workspaceId}::uuid`];
  if (filter.article) conditions.push(Prisma.sql`c."articleId" = ${filter.article}::uuid`);
  if (filter.status) conditions.push(Prisma.sql`c.status = ${filter.status}::"ClaimStatus"`);
  if (filter.tag) conditions.push(Prisma.sql`c.tags @> array[${filter.tag}]::text[]`); // @> can use the GIN index; = any() cannot
  if (filter.claimant) conditions.push(Prisma.sql`c.claimant ilike ${`%${escapeLike(filter.claimant)}%`}`);
  if (filter.figure === "yes") conditions.push(Prisma.sql`c."figureValue" is not null`);
  if (filter.figure === "no") conditions.push(Prisma.sql`c."figureValue" is null`);
  if (filter.disagreement) conditions.push(openDisagreementWhere(filter.disagreement, reader));
  if (filter.checked === "no") conditions.push(Prisma.sql`not ${checkedBeforeSql(Prisma.sql`c.id`)}`);
  if (filter.checked === "yes") conditions.push(checkedBeforeSql(Prisma.sql`c.id`));
  if (filter.q) conditions.push(matchesSearch(filter.q));
  if (filter.ids) conditions.push(Prisma.sql`c.id = any(array[${Prisma.join(filter.ids.map((id) => Prisma.sql`${id}::uuid`))}])`);
  return Prisma.join(conditions, " and ");
}

/**
 * The claims list: filters and full-text search (websearch syntax: "quoted phrases", -exclusions,
 * OR) in one SQL statement, ranked by relevance when searching and by last change otherwise. Only
 * the page's ids come back from it; the rows are then read with the usual select.
 */
export async function listClaims({ actor, slug, query, window }: {
  actor: Actor;
  slug: string;
  query: Omit<ClaimListQuery, "page"> & { page?: number };
  /**
   * The API's page: the claims after the one `after` names (a keyset: by relevance when searching,
   * by last change otherwise), and no total (counting 100,000 rows on every page is waste).
   */
  window?: { limit: number; after: ClaimSeekKey | null };
}) {
  const page = query.page ?? 1;
  const limit = window?.limit ?? CLAIMS_PAGE_SIZE;
  const offset = window ? 0 : (page - 1) * CLAIMS_PAGE_SIZE;
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return { claims: [], total: 0, page, pageCount: 0 };
  const where = claimFilterWhere(access.workspace.id, query, blindScopeOf(actor, access));
  // The rank as float8 is exactly the float4 ts_rank gives, so a cursor carrying it compares equal.
  const relevance = query.q ? Prisma.sql`${searchRank(query.q)}::float8` : Prisma.sql`null::float8`;
  const order = query.q ? Prisma.sql`${relevance} desc, c.id` : Prisma.sql`c."updatedAt" desc, c.id`;
  const seek = window?.after ? claimSeek(window.after, relevance) : Prisma.sql`true`;

  const db = getDb();
  const [countRows, idRows] = await Promise.all([
    window ? Promise.resolve([]) : db.$queryRaw<{ total: bigint }[]>`select count(*) as total from claims c where ${where}`,
    db.$queryRaw<{ id: string; relevance: number | null }[]>`
      select c.id, ${relevance} as relevance from claims c where ${where} and ${seek} order by ${order} limit ${limit} offset ${offset}`,
  ]);
  const ids = idRows.map((row) => row.id);
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, select: { ...claimSelect, article: { select: { id: true, title: true } } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const total = Number(countRows[0]?.total ?? 0);
  return {
    claims: idRows.flatMap(({ id, relevance }) => {
      const row = byId.get(id);
      if (!row) return [];
      const claim = { ...row, figure: fromDbFigure(row) };
      return [relevance === null ? claim : { ...claim, relevance }];
    }),
    total,
    page,
    pageCount: Math.ceil(total / CLAIMS_PAGE_SIZE),
  };
}

export type ClaimSeekKey = { updatedAt: Date; id: string } | { relevance: number; id: string };

/**
 * The claims after `after` in the list's order, a mixed one (descending key, ascending id), so not a
 * row comparison: "updatedAt <= t" bounds the index scan, the OR only sorts out the ties.
 */
function claimSeek(after: ClaimSeekKey, relevance: Prisma.Sql): Prisma.Sql {
  if ("relevance" in after) {
    const rank = Prisma.sql`${after.relevance}::float8`;
    return Prisma.sql`(${relevance} < ${rank} or (${relevance} = ${rank} and c.id > ${after.id}::uuid))`;
  }
  return Prisma.sql`(c."updatedAt" <= ${after.updatedAt}::timestamp and (c."updatedAt" < ${after.updatedAt}::timestamp or c.id > ${after.id}::uuid))`;
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export async function listClaimFilterOptions({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return { articles: [], tags: [] };
  const db = getDb();
  const [articles, tags] = await Promise.all([
    db.article.findMany({ where: { workspaceId: access.workspace.id }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.$queryRaw<{ tag: string }[]>`select distinct unnest(tags) as tag from claims where "workspaceId" = ${access.workspace.id}::uuid order by tag limit 500`,
  ]);
  return { articles, tags: tags.map((row) => row.tag) };
}
