import { encodeCursor, type Pagination } from "@/lib/schemas/api";

/**
 * One page of a list: asks lib/data for one row more than the limit, so that `next` is null exactly
 * on the last page without counting the whole list.
 */
export async function fetchPage<T>(page: Pagination, fetch: (window: { limit: number; offset: number }) => Promise<T[]>) {
  const rows = await fetch({ limit: page.limit + 1, offset: page.cursor });
  return { items: rows.slice(0, page.limit), next: rows.length > page.limit ? encodeCursor(page.cursor + page.limit) : null };
}

/** The same over a list already in memory (a claim's verdicts: a handful, read whole for blind review). */
export function slicePage<T>(page: Pagination, rows: T[]) {
  const items = rows.slice(page.cursor, page.cursor + page.limit);
  return { items, next: page.cursor + page.limit < rows.length ? encodeCursor(page.cursor + page.limit) : null };
}
