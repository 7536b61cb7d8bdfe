// The reader's address for an article opened on a passage: what the clip window navigates to after
// an import, and what the reader reads back on load to select the passage and open the claim form.
// Offsets, not the quote, so the address stays short whatever was selected.

export const PASSAGE_MISSING = "missing";

export interface PassageQuery {
  start?: string | string[];
  end?: string | string[];
  passage?: string | string[];
}

/** /w/<slug>/articles/<id>, with ?start=&end= for a passage, or ?passage=missing when a selection was not found. */
export function articlePassageHref(slug: string, articleId: string, { passage, selected }: { passage: { start: number; end: number } | null; selected: boolean }): string {
  const base = `/w/${encodeURIComponent(slug)}/articles/${encodeURIComponent(articleId)}`;
  if (passage) return `${base}?start=${passage.start}&end=${passage.end}`;
  return selected ? `${base}?passage=${PASSAGE_MISSING}` : base;
}

const offset = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : null);

/**
 * The passage an address asks for, checked against the body: a span inside it, or "missing" when
 * the address says a selection was not found. Anything else (a hand-edited address, offsets past
 * the end) is no passage at all: the article opens as usual.
 */
export function readPassageQuery(query: PassageQuery, bodyLength: number): { start: number; end: number } | "missing" | null {
  if (query.passage === PASSAGE_MISSING) return "missing";
  const start = offset(query.start);
  const end = offset(query.end);
  if (start === null || end === null || start >= end || end > bodyLength) return null;
  return { start, end };
}
