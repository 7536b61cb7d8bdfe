import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimListQuery } from "@/lib/schemas/claim";
import { claimSelect } from "./claims";
import { openDisagreementWhere } from "./disagreement-counts";
import { fromDbFigure } from "./figure-codes";
import type { Actor } from "./scope";
import { getWorkspaceAccess } from "./workspaces";

export const CLAIMS_PAGE_SIZE = 25;

/** The claims list's filters without its page: what an export of "these claims" carries. */
export type ClaimFilter = Omit<ClaimListQuery, "page">;

const searchQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/**
 * The claims list's filters as one SQL condition on a claim aliased `c`, always scoped to the
 * workspace. Shared by the list and by exports, so "export these claims" means the same claims.
 */
export function claimFilterWhere(workspaceId: string, filter: Partial<ClaimFilter>): Prisma.Sql {
  const conditions = [Prisma.sql`c."workspaceId" = ${workspaceId}::uuid`];
  if (filter.article) conditions.push(Prisma.sql`c."articleId" = ${filter.article}::uuid`);
  if (filter.status) conditions.push(Prisma.sql`c.status = ${filter.status}::"ClaimStatus"`);
  if (filter.tag) conditions.push(Prisma.sql`${filter.tag} = any(c.tags)`);
  if (filter.claimant) conditions.push(Prisma.sql`c.claimant ilike ${`%${escapeLike(filter.claimant)}%`}`);
  if (filter.figure === "yes") conditions.push(Prisma.sql`c."figureValue" is not null`);
  if (filter.figure === "no") conditions.push(Prisma.sql`c."figureValue" is null`);
  if (filter.disagreement) conditions.push(openDisagreementWhere(filter.disagreement));
  if (filter.q) conditions.push(Prisma.sql`c."searchVector" @@ ${searchQuery(filter.q)}`);
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
  /** The API's page: any size and offset, and no total (counting 100,000 rows on every page is waste). */
  window?: { limit: number; offset: number };
}) {
  const page = query.page ?? 1;
  const limit = window?.limit ?? CLAIMS_PAGE_SIZE;
  const offset = window?.offset ?? (page - 1) * CLAIMS_PAGE_SIZE;
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return { claims: [], total: 0, page, pageCount: 0 };
  const where = claimFilterWhere(access.workspace.id, query);
  const tsQuery = query.q ? searchQuery(query.q) : null;
  const order = tsQuery ? Prisma.sql`ts_rank(c."searchVector", ${tsQuery}) desc, c.id` : Prisma.sql`c."updatedAt" desc, c.id`;

  const db = getDb();
  const [countRows, idRows] = await Promise.all([
    window ? Promise.resolve([]) : db.$queryRaw<{ total: bigint }[]>`select count(*) as total from claims c where ${where}`,
    db.$queryRaw<{ id: string }[]>`select c.id from claims c where ${where} order by ${order} limit ${limit} offset ${offset}`,
  ]);
  const ids = idRows.map((row) => row.id);
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, select: { ...claimSelect, article: { select: { id: true, title: true } } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const total = Number(countRows[0]?.total ?? 0);
  return {
    claims: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ ...row, figure: fromDbFigure(row) }] : [];
    }),
    total,
    page,
    pageCount: Math.ceil(total / CLAIMS_PAGE_SIZE),
  };
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
