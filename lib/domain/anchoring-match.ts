// Approximate matching for anchoring, after Hypothesis' client/src/annotator/anchoring/match-quote.ts: candidates
// come from approx-string-match (Myers' bit-parallel edit distance), and are ranked by how well the quote, the
// text before it and the text after it match, with the distance from the old position as a small tie-breaker.
import search, { type Match } from "approx-string-match";

export interface Context {
  prefix: string;
  suffix: string;
  /** The old start offset, if known. */
  hint?: number;
}

export interface ScoredMatch {
  start: number;
  end: number;
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
  score: number;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_CANDIDATES = 64;

/** Similarity in [0, 1] of `str` to its best approximate occurrence in `text`. */
export function similarity(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const best = search(text, str, str.length)[0];
  return best ? 1 - best.errors / str.length : 0;
}

/** How well the text around [start, end) matches the stored context; 1 for a side with no stored context. */
export function contextScores(text: string, start: number, end: number, context: Context): [number, number] {
  const { prefix, suffix } = context;
  const before = prefix ? similarity(text.slice(Math.max(0, start - prefix.length), start), prefix) : 1;
  const after = suffix ? similarity(text.slice(end, end + suffix.length), suffix) : 1;
  return [before, after];
}

export function scoreMatch(text: string, quote: string, match: Match, context: Context): ScoredMatch {
  const quoteScore = Math.max(0, 1 - match.errors / quote.length);
  const [prefixScore, suffixScore] = contextScores(text, match.start, match.end, context);
  const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / Math.max(1, text.length);
  const raw =
    WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore;
  const max = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  return { start: match.start, end: match.end, quoteScore, prefixScore, suffixScore, score: raw / max };
}

const nearest = (matches: Match[], hint: number | undefined): Match[] =>
  hint === undefined ? matches : [...matches].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));

/**
 * Where the quote sits inside the best approximate occurrences of prefix + quote + suffix. This finds an edited
 * quote in its old surroundings even when a closer look-alike exists elsewhere, which a quote-only search (it
 * reports only the lowest-error matches) would miss.
 */
function inContext(text: string, quote: string, context: Context, maxErrors: number): Match[] {
  if (!context.prefix && !context.suffix) return [];
  const pattern = context.prefix + quote + context.suffix;
  const regions = nearest(search(text, pattern, Math.min(256, Math.floor(pattern.length / 2))), context.hint);
  const found: Match[] = [];
  for (const region of regions.slice(0, 8)) {
    const from = Math.max(0, region.start - 1);
    const inner = search(text.slice(from, region.end + 1), quote, maxErrors);
    for (const m of inner) found.push({ start: from + m.start, end: from + m.end, errors: m.errors });
  }
  return found;
}

function skipWhitespace(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && /\s/.test(text[p] ?? "")) p += 1;
  return p;
}

/** Occurrences of `quote` when any run of whitespace may stand for another ("12\n million" for "12 million"). */
function ignoringWhitespace(text: string, quote: string): Match[] {
  const [first, ...rest] = quote.split(/\s+/).filter(Boolean);
  if (!first || rest.length === 0) return [];
  const found: Match[] = [];
  for (let i = text.indexOf(first); i >= 0 && found.length < MAX_CANDIDATES; i = text.indexOf(first, i + 1)) {
    let p = i + first.length;
    for (const token of rest) {
      const next = skipWhitespace(text, p);
      p = next > p && text.startsWith(token, next) ? next + token.length : -1;
      if (p < 0) break;
    }
    if (p > 0) found.push({ start: i, end: p, errors: 0 });
  }
  return found;
}

export interface Thresholds {
  /** Minimum 1 − errors / quote length. */
  quote: number;
  /** Minimum mean similarity of the stored prefix and suffix (those that are not empty) to the text around. */
  context: number;
}

function contextScore(m: ScoredMatch, context: Context): number {
  const sides = [context.prefix ? m.prefixScore : null, context.suffix ? m.suffixScore : null].filter((s) => s !== null);
  return sides.length ? sides.reduce((a, b) => a + b, 0) / sides.length : 1;
}

const closestTo = (matches: Match[], offset: number, side: "start" | "end"): Match | undefined =>
  [...matches].sort((a, b) => Math.abs(a[side] - offset) - Math.abs(b[side] - offset))[0];

/**
 * Moves the boundaries of a fuzzy match to where the stored context begins and ends. The quote search alone
 * reports the cheapest alignment, which may stop short of an edited word ("million person|s - roughly").
 */
function refine(text: string, m: ScoredMatch, context: Context, slack: number): { start: number; end: number } {
  let { start, end } = m;
  if (context.suffix) {
    const from = Math.max(start + 1, end - slack);
    const found = search(text.slice(from, end + context.suffix.length + slack), context.suffix, Math.floor(context.suffix.length / 4));
    const best = closestTo(found, end - from, "start");
    if (best && Math.abs(from + best.start - end) <= slack) end = from + best.start;
  }
  if (context.prefix) {
    const from = Math.max(0, start - context.prefix.length - slack);
    const to = Math.min(end - 1, start + slack);
    const found = search(text.slice(from, to), context.prefix, Math.floor(context.prefix.length / 4));
    const best = closestTo(found, start - from, "end");
    if (best && Math.abs(from + best.end - start) <= slack) start = from + best.end;
  }
  return start < end ? { start, end } : { start: m.start, end: m.end };
}

/** The best approximate match of `quote`, or null when nothing is close enough to be the same passage. */
export function fuzzyMatch(text: string, quote: string, context: Context, min: Thresholds): ScoredMatch | null {
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const candidates = [
    ...(/\s/.test(quote) ? ignoringWhitespace(text, quote) : []),
    ...nearest(maxErrors > 0 ? search(text, quote, maxErrors) : [], context.hint).slice(0, MAX_CANDIDATES),
    ...(maxErrors > 0 ? inContext(text, quote, context, maxErrors) : []),
  ];
  let best: ScoredMatch | null = null;
  for (const candidate of candidates) {
    if (candidate.end <= candidate.start) continue;
    const scored = scoreMatch(text, quote, candidate, context);
    if (scored.quoteScore < min.quote || contextScore(scored, context) < min.context) continue;
    if (!best || scored.score > best.score) best = scored;
  }
  if (!best) return null;
  const slack = Math.min(16, Math.max(2, Math.floor(quote.length / 4)));
  return { ...best, ...refine(text, best, context, slack) };
}
