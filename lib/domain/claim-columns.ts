// The claims table's columns: which there are, what each is called, which the table shows when the
// person has not chosen, and the choice as it is remembered (a cookie per user, read by the server so
// the table renders with the chosen columns at once, with no flash of the others).

export const FIXED_COLUMNS = ["statement", "article", "figure", "status", "finalRating", "assignee", "supporting", "contradicting", "context", "groupSize", "updatedAt"] as const;
export type FixedColumn = (typeof FIXED_COLUMNS)[number];
/** A fixed column, or a reviewer's rating column (`rating:<reviewer id>`). */
export type ClaimColumn = FixedColumn | `rating:${string}`;

export const COLUMN_LABELS: Record<FixedColumn, string> = {
  statement: "Claim",
  article: "Article",
  figure: "Figure",
  status: "Status",
  finalRating: "Final rating",
  assignee: "Assignee",
  supporting: "Supporting",
  contradicting: "Contradicting",
  context: "Context",
  groupSize: "Same claim",
  updatedAt: "Last change",
};

/** Counts are right-aligned, as in a spreadsheet. */
export const NUMERIC_COLUMNS: ReadonlySet<ClaimColumn> = new Set<ClaimColumn>(["figure", "supporting", "contradicting", "context", "groupSize"]);

/** Shown until the person chooses: everything but the per-reviewer ratings (a desk may have many reviewers). */
export const DEFAULT_COLUMNS: readonly ClaimColumn[] = FIXED_COLUMNS;

/** The claim's statement is the row's link and name: always shown. */
export const REQUIRED_COLUMN: FixedColumn = "statement";

/** The cookie that remembers one user's choice; per user, since people share browsers at a desk. */
export const columnsCookieName = (userId: string) => `claimbench-columns-${userId}`;

const isColumn = (text: string): text is ClaimColumn =>
  (FIXED_COLUMNS as readonly string[]).includes(text) || /^rating:[0-9a-f-]{36}$/.test(text);

/** The remembered choice, keeping only columns that exist (a reviewer may have left); the default when none. */
export function parseColumns(cookie: string | undefined, reviewerIds: readonly string[]): ClaimColumn[] {
  if (!cookie) return [...DEFAULT_COLUMNS];
  const chosen = decodeURIComponent(cookie).split(",").filter(isColumn);
  const known = chosen.filter((column) => !column.startsWith("rating:") || reviewerIds.includes(column.slice(7)));
  return known.includes(REQUIRED_COLUMN) ? known : [REQUIRED_COLUMN, ...known];
}

/** All the columns there are, in the table's order: the fixed ones, with the reviewers' ratings after the status. */
export function allColumns(reviewerIds: readonly string[]): ClaimColumn[] {
  const at = FIXED_COLUMNS.indexOf("finalRating");
  return [...FIXED_COLUMNS.slice(0, at), ...reviewerIds.map((id) => `rating:${id}` as const), ...FIXED_COLUMNS.slice(at)];
}
