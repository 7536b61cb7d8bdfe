import "server-only";
import { getDb } from "@/lib/db/client";
import { canRecordVerdict, rolesThat } from "@/lib/domain/permissions";
import type { ClaimTableQuery } from "@/lib/schemas/claim-table";
import { claimFilterWhere } from "@/lib/data/claims/claim-search";
import { claimTableRows } from "@/lib/data/claims/claim-table-rows";
import { orderBy, seekAfter, sortKeyOf, type TableSeek } from "@/lib/data/claims/claim-table-sort";
import type { Actor } from "@/lib/data/scope";
import { blindScopeOf } from "@/lib/data/verdicts/verdict-visibility";
import { getWorkspaceAccess } from "@/lib/data/workspaces/workspaces";

// The claims table: the claims list's filters, sorted by any column in SQL and paged by keyset (the
// page and the API alike), with each row's ratings, assignees and evidence counts. Under blind review
// a reviewer gets others' ratings only where canSeeVerdict allows, in the cells and in the order.

export const CLAIM_TABLE_PAGE_SIZE = 25;

/** Reviewers the table has a rating column for: members who may rate, and anyone who has rated here. */
async function listRatingColumns(workspaceId: string) {
  const users = await getDb().user.findMany({
    where: {
      OR: [
        { memberships: { some: { workspaceId, role: { in: rolesThat(canRecordVerdict) } } } },
        { verdicts: { some: { workspaceId } } },
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  return users;
}

export type ClaimTablePage = Awaited<ReturnType<typeof listClaimTable>>;

/**
 * One page of the table after `after` (the last row of the previous page, as `next` gave it), with
 * `next` null on the last page. `total` counts the filtered claims (the page's heading shows it).
 */
export async function listClaimTable({ actor, slug, query, limit = CLAIM_TABLE_PAGE_SIZE, after = null, withTotal = false }: {
  actor: Actor;
  slug: string;
  query: ClaimTableQuery;
  limit?: number;
  after?: TableSeek | null;
  withTotal?: boolean;
}) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return { rows: [], reviewers: [], next: null, total: 0 };
  const reader = blindScopeOf(actor, access);
  const where = claimFilterWhere(access.workspace.id, query, reader);
  const sort = query.sort ?? "updatedAt";
  const dir = query.dir ?? (sort === "updatedAt" ? "desc" : "asc");
  const key = sortKeyOf(sort, reader);
  const db = getDb();
  const [keyRows, countRows, reviewers] = await Promise.all([
    db.$queryRaw<{ id: string; key: string | null }[]>`
      select c.id, (${key.expr})::text as key from claims c
      where ${where} and ${seekAfter(key, dir, after)} order by ${orderBy(key, dir)} limit ${limit + 1}`,
    withTotal ? db.$queryRaw<{ total: bigint }[]>`select count(*) as total from claims c where ${where}` : Promise.resolve([]),
    listRatingColumns(access.workspace.id),
  ]);
  const page = keyRows.slice(0, limit);
  const last = page.at(-1);
  const rows = await claimTableRows({ workspaceId: access.workspace.id, reader, ids: page.map((row) => row.id) });
  return {
    rows,
    reviewers,
    next: keyRows.length > limit && last ? { key: last.key, id: last.id } : null,
    total: Number(countRows[0]?.total ?? 0),
  };
}

export type { ClaimTableRow } from "@/lib/data/claims/claim-table-rows";
