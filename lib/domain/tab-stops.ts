// Every claim in the reader needs a place to receive keyboard focus, nested ones included. A highlight
// is cut into flat segments; a segment is one element and one Tab stop, so two claims that begin at
// the same place (an outer claim and the inner one that starts with it) cannot share the first
// segment. Each claim takes the first segment it covers that no other claim has taken, innermost
// claims first (a click there means the innermost one too); a claim left without a free segment (two
// claims on exactly the same words) gets a stop of its own before its first segment.
import type { HighlightRange, Segment } from "./highlights";

export interface TabStops {
  /** Segment start → the claim whose Tab stop that segment is. */
  bySegment: Map<number, string>;
  /** Segment start → claims that get an extra, text-less stop just before that segment. */
  extra: Map<number, string[]>;
}

export function assignTabStops(claims: readonly HighlightRange[], segments: readonly Segment[]): TabStops {
  const bySegment = new Map<number, string>();
  const extra = new Map<number, string[]>();
  const ordered = [...claims].filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const isClaim = new Set(ordered.map((claim) => claim.id));
  // Covering lists run from the widest range to the narrowest.
  const innermostClaim = (segment: Segment) => segment.covering.filter((id) => isClaim.has(id)).at(-1);
  for (const claim of ordered) {
    const covered = segments.filter((segment) => segment.covering.includes(claim.id));
    if (covered.length === 0) continue;
    const isFree = (segment: Segment) => !bySegment.has(segment.start);
    const free = covered.find((segment) => isFree(segment) && innermostClaim(segment) === claim.id) ?? covered.find(isFree);
    if (free) bySegment.set(free.start, claim.id);
    else extra.set(covered[0]!.start, [...(extra.get(covered[0]!.start) ?? []), claim.id]);
  }
  return { bySegment, extra };
}
