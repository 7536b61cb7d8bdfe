import { z } from "zod";
import { PG_INT_MAX } from "@/lib/schemas/common";
import type { CursorKey } from "@/lib/schemas/api";
import type { Keyset } from "./pagination";

// The sort key of each API list, as a cursor carries it (strings and numbers) and as lib/data seeks
// with it. Every list ends its order with the id, so the key names exactly one row.

const id = z.uuid();
// Postgres has no year 0 (ISO 0000 is 1 BC to it): such a key names no row of ours, it is a forged cursor.
const instant = z.iso
  .datetime()
  .transform((text) => new Date(text))
  .refine((date) => date.getUTCFullYear() >= 1, "Not a point in time any record of this list has.");

type WithId = { id: string };
type Stamped = WithId & { updatedAt: Date };
type Created = WithId & { createdAt: Date };

/** Claims without a search: last changed first, then id. */
export const claimsByChange: Keyset<Stamped, { updatedAt: Date; id: string }> = {
  key: z.tuple([instant, id]).transform(([updatedAt, id]) => ({ updatedAt, id })),
  keyOf: (claim) => [claim.updatedAt.toISOString(), claim.id],
};

/** Claims found by a search: most relevant first (ts_rank, fixed for a fixed query), then id. */
export const claimsByRelevance: Keyset<WithId & { relevance?: number }, { relevance: number; id: string }> = {
  key: z.tuple([z.number().finite(), id]).transform(([relevance, id]) => ({ relevance, id })),
  keyOf: (claim) => [claim.relevance ?? 0, claim.id],
};

/** Articles: by title, then id. */
export const articlesByTitle: Keyset<WithId & { title: string }, { title: string; id: string }> = {
  key: z.tuple([z.string(), id]).transform(([title, id]) => ({ title, id })),
  keyOf: (article) => [article.title, article.id],
};

/** Sources newest first, a claim's evidence oldest first: by creation, then id. */
export const byCreation: Keyset<Created, { createdAt: Date; id: string }> = {
  key: z.tuple([instant, id]).transform(([createdAt, id]) => ({ createdAt, id })),
  keyOf: (row) => [row.createdAt.toISOString(), row.id],
};

/** The disagreement queue: most severe first, then longest waiting, then claim id. */
export const disagreementsBySeverity: Keyset<WithId & { severity: number; since: Date }, { severity: number; since: Date; id: string }> = {
  key: z.tuple([z.number().int().min(-PG_INT_MAX).max(PG_INT_MAX), instant, id]).transform(([severity, since, id]) => ({ severity, since, id })),
  keyOf: (row) => [row.severity, row.since.toISOString(), row.id],
};

/** A claim's verdicts, newest first (read whole, then sliced). */
export const verdictsNewestFirst = {
  ...byCreation,
  isAfter: (row: Created, key: { createdAt: Date; id: string }) =>
    row.createdAt < key.createdAt || (row.createdAt.getTime() === key.createdAt.getTime() && row.id < key.id),
};

/**
 * A list read whole and paged in memory, oldest first by a date, then id: a claim's history, the
 * caller's queue. Dates reach JavaScript in milliseconds (Postgres keeps microseconds), so the rows
 * are put in this order here (`sort`) before slicing, and the cursor's key always agrees with it.
 */
function oldestFirst<T extends WithId>(dateOf: (row: T) => Date) {
  const compare = (a: { at: number; id: string }, b: { at: number; id: string }) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const keyOfRow = (row: T) => ({ at: dateOf(row).getTime(), id: row.id });
  return {
    key: z.tuple([instant, id]).transform(([at, id]) => ({ at, id })),
    keyOf: (row: T): CursorKey => [dateOf(row).toISOString(), row.id],
    isAfter: (row: T, key: { at: Date; id: string }) => compare(keyOfRow(row), { at: key.at.getTime(), id: key.id }) > 0,
    sort: (rows: readonly T[]) => [...rows].sort((a, b) => compare(keyOfRow(a), keyOfRow(b))),
  };
}

/** A claim's history, oldest first. */
export const historyOldestFirst = oldestFirst<WithId & { at: Date }>((event) => event.at);

/** The caller's queue: longest assigned first (one assignment per claim, so the claim id breaks ties). */
export const queueByAssignment = oldestFirst<WithId & { assignedAt: Date }>((item) => item.assignedAt);
