import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLAIM_STATUSES } from "@/lib/domain/vocabulary";
import type { ClaimSort, ClaimSortColumn } from "@/lib/schemas/claim-table";
import { enumSql } from "@/lib/data/vocabulary-sql";
import { verdictVisibleSql, type BlindScope } from "@/lib/data/verdicts/verdict-visibility";
import { groupSizeSql } from "@/lib/data/claims/checked-before";

// The claims table's sort keys as SQL on a claim aliased `c`, and the keyset seek after a row. Every
// key is one value per claim (or null: no figure, unresolved, not assigned, not rated or not to be
// seen), ordered with nulls last in either direction, then by id, so a key names exactly one row.
//
// Keys travel in cursors as Postgres prints them (`key::text`) and come back cast to their type, so a
// timestamp keeps its microseconds and a float8 its exact value: the seek meets the row it left off at.

export type SortType = "text" | "int" | "float8" | "timestamp";
export interface SortKey {
  expr: Prisma.Sql;
  type: SortType;
}

const evidenceCount = (stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT") =>
  Prisma.sql`(select count(*) from evidence e where e."claimId" = c.id and e.stance = ${enumSql("Stance", stance)})::int`;

// Status in the vocabulary's order (open → resolved), not alphabetically.
const statusOrder = Prisma.sql`(case c.status ${Prisma.join(CLAIM_STATUSES.map((status, index) => Prisma.sql`when ${enumSql("ClaimStatus", status)} then ${index}::int`), " ")} end)`;

const COLUMN_KEYS: Record<ClaimSortColumn, SortKey> = {
  statement: { expr: Prisma.sql`c.statement`, type: "text" },
  article: { expr: Prisma.sql`(select a.title from articles a where a.id = c."articleId")`, type: "text" },
  figure: { expr: Prisma.sql`c."figureValue"`, type: "float8" },
  status: { expr: statusOrder, type: "int" },
  // The scale's order as Settings lists it (True first), which every level has, unlike an ordinal.
  finalRating: { expr: Prisma.sql`(select r.position from rating_levels r where r.id = c."finalRatingId")`, type: "int" },
  // The first assignee by name: what the cell shows first.
  assignee: { expr: Prisma.sql`(select min(u.name) from claim_assignments ca join users u on u.id = ca."reviewerId" where ca."claimId" = c.id)`, type: "text" },
  supporting: { expr: evidenceCount("SUPPORTS"), type: "int" },
  contradicting: { expr: evidenceCount("CONTRADICTS"), type: "int" },
  context: { expr: evidenceCount("CONTEXT"), type: "int" },
  groupSize: { expr: groupSizeSql(Prisma.sql`c.id`), type: "int" },
  updatedAt: { expr: Prisma.sql`c."updatedAt"`, type: "timestamp" },
};

/**
 * One reviewer's current rating (their latest verdict) as the reader may see it: null where blind
 * review hides it, exactly as where they have not rated, so neither the cell nor the order of the
 * rows tells a blind reviewer anything (verdictVisibleSql is generated from canSeeVerdict).
 */
function reviewerRatingKey(reader: BlindScope, reviewerId: string): SortKey {
  const reviewer = Prisma.sql`${reviewerId}::uuid`;
  const latest = Prisma.sql`(select r.position from verdicts v join rating_levels r on r.id = v."ratingId"
    where v."claimId" = c.id and v."reviewerId" = ${reviewer} order by v."createdAt" desc, v.id desc limit 1)`;
  return { expr: Prisma.sql`(case when ${verdictVisibleSql(reader, Prisma.sql`c.id`, reviewer)} then ${latest} end)`, type: "int" };
}

export function sortKeyOf(sort: ClaimSort, reader: BlindScope): SortKey {
  return sort.startsWith("rating:") ? reviewerRatingKey(reader, sort.slice("rating:".length)) : COLUMN_KEYS[sort as ClaimSortColumn];
}

/** Where the table's key of the last row seen was: its value as Postgres printed it (null: none), and its id. */
export interface TableSeek {
  key: string | null;
  id: string;
}

function castKey(text: string, type: SortType): Prisma.Sql {
  return Prisma.sql`${text}::${Prisma.raw(type)}`;
}

/** `order by` for the key: the direction asked, claims without a value last, then id. */
export function orderBy(key: SortKey, dir: "asc" | "desc"): Prisma.Sql {
  return Prisma.sql`${key.expr} ${Prisma.raw(dir)} nulls last, c.id asc`;
}

/** The rows after `after` in that order. */
export function seekAfter(key: SortKey, dir: "asc" | "desc", after: TableSeek | null): Prisma.Sql {
  if (!after) return Prisma.sql`true`;
  const id = Prisma.sql`${after.id}::uuid`;
  if (after.key === null) return Prisma.sql`(${key.expr} is null and c.id > ${id})`;
  const value = castKey(after.key, key.type);
  const beyond = dir === "asc" ? Prisma.sql`${key.expr} > ${value}` : Prisma.sql`${key.expr} < ${value}`;
  return Prisma.sql`(${beyond} or (${key.expr} = ${value} and c.id > ${id}) or ${key.expr} is null)`;
}
