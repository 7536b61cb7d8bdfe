import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { inputFieldErrors } from "@/lib/schemas/common";
import { CURSOR_MESSAGE, encodeCursor, type CursorKey, type Pagination } from "@/lib/schemas/api";

/**
 * How one list is paged by keyset: `key` turns the values a cursor carries into the list's sort key
 * (rejecting a cursor of another list or a tampered one), `keyOf` gives the values for a row.
 */
export type Keyset<T, K> = { key: z.ZodType<K, CursorKey>; keyOf: (row: T) => CursorKey };

function parseKey<K>(keyset: { key: z.ZodType<K, CursorKey> }, cursor: CursorKey | null): K | null {
  if (cursor === null) return null;
  // A cursor is decoded text: a forged one may carry what no stored key holds (NUL, broken characters).
  const parsed = inputFieldErrors(cursor) ? null : keyset.key.safeParse(cursor);
  if (!parsed?.success) throw new AppError("VALIDATION", CURSOR_MESSAGE, { fieldErrors: { cursor: [CURSOR_MESSAGE] } });
  return parsed.data;
}

/**
 * One page of a list: asks lib/data for the rows after the cursor's key, one more than the limit, so
 * that `next` is null exactly on the last page without counting the whole list.
 */
export async function fetchPage<T, K>(page: Pagination, keyset: Keyset<T, K>, fetch: (window: { limit: number; after: K | null }) => Promise<T[]>) {
  const rows = await fetch({ limit: page.limit + 1, after: parseKey(keyset, page.cursor) });
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return { items, next: rows.length > page.limit && last ? encodeCursor(keyset.keyOf(last)) : null };
}

/**
 * The same over a list already in memory (a claim's verdicts: a handful, read whole for blind
 * review), in the order given: the page starts after the row the cursor names.
 */
export function slicePage<T, K>(page: Pagination, keyset: Keyset<T, K> & { isAfter: (row: T, key: K) => boolean }, rows: T[]) {
  const key = parseKey(keyset, page.cursor);
  const rest = key === null ? rows : rows.filter((row) => keyset.isAfter(row, key));
  const items = rest.slice(0, page.limit);
  const last = items.at(-1);
  return { items, next: rest.length > page.limit && last ? encodeCursor(keyset.keyOf(last)) : null };
}
