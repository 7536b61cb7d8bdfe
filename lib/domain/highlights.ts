// Lays highlight ranges (claims, suggested figures) over a text as flat segments. Overlapping and
// nested ranges split the text at every boundary, so each segment knows every range covering it:
// the body text itself is never rewritten, only cut into pieces for rendering.

export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the ranges covering the segment, the widest first. */
  covering: string[];
  /** Ids of the ranges that begin at this segment (where keyboard focus and "jump to" land). */
  beginning: string[];
}

/**
 * Segments of [from, to) in text order. Ranges are clipped to the window; empty ones are ignored.
 * Runs in O((n + k) log n) for n ranges and k boundaries, so 500 claims on a page stay cheap.
 */
export function segmentRange(from: number, to: number, ranges: readonly HighlightRange[]): Segment[] {
  const inside = ranges.filter((r) => r.end > from && r.start < to && r.end > r.start);
  const cuts = new Set<number>([from, to]);
  for (const r of inside) {
    cuts.add(Math.max(r.start, from));
    cuts.add(Math.min(r.end, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...inside].sort((a, b) => a.start - b.start || b.end - a.end);
  const active: HighlightRange[] = [];
  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const beginning: string[] = [];
    while (next < byStart.length && Math.max(byStart[next]!.start, from) <= start) {
      const range = byStart[next]!;
      active.push(range);
      if (range.start >= from) beginning.push(range.id);
      next += 1;
    }
    for (let j = active.length - 1; j >= 0; j -= 1) if (active[j]!.end <= start) active.splice(j, 1);
    const covering = [...active].sort((a, b) => b.end - b.start - (a.end - a.start)).map((r) => r.id);
    segments.push({ start, end, covering, beginning });
  }
  return segments;
}

/** The innermost (shortest) of the ranges covering a point: what a click there means. */
export function innermost(covering: readonly string[]): string | undefined {
  return covering[covering.length - 1];
}
