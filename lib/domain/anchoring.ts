// Robust anchoring of claims to article text, after the W3C Web Annotation model: a span is stored as a
// TextQuoteSelector (exact quote plus prefix and suffix context) and a TextPositionSelector (start, end), and
// re-found in a possibly edited text by position, then by exact quote, then by approximate match. All offsets
// are UTF-16 code units, as JavaScript strings index them; nothing depends on writing direction.
import { contextScores, fuzzyMatch } from "./anchoring-match";

/** Characters of context stored on each side of a span. */
export const CONTEXT_LENGTH = 32;
/** A fuzzy match must share at least this share of the quote (1 − errors / length). */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** ...and its surroundings must look at least this much like the stored context (mean of prefix and suffix). */
export const MIN_CONTEXT_SIMILARITY = 0.5;

export interface SpanDescription {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface Selector {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export type AnchorMethod = "position" | "quote" | "fuzzy";

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
// Scoring every exact occurrence of a very common quote would be slow; the nearest ones are the likely ones.
const MAX_QUOTE_CANDIDATES = 1000;

/**
 * The selectors for text[start, end): the quote with up to 32 UTF-16 units of context on each side, one fewer
 * where the cut would split a surrogate pair (a lone surrogate cannot be stored as UTF-8).
 */
export function describeSpan(text: string, start: number, end: number): SpanDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid span [${start}, ${end}) for a text of length ${text.length}`);
  }
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from += 1;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))) to -= 1;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to), start, end };
}

const validOffset = (n: number | undefined, length: number): n is number =>
  typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= length;

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** Among exact occurrences, the one whose surroundings best match the stored context; ties go to the nearest. */
function bestOccurrence(text: string, selector: Selector, hint: number | undefined): number | null {
  const { exact } = selector;
  let starts = occurrences(text, exact);
  if (starts.length === 0) return null;
  if (starts.length > MAX_QUOTE_CANDIDATES) {
    if (hint !== undefined) starts.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
    starts = starts.slice(0, MAX_QUOTE_CANDIDATES);
  }
  const context = { prefix: selector.prefix ?? "", suffix: selector.suffix ?? "" };
  let best: { start: number; matched: number; distance: number } | null = null;
  for (const start of starts) {
    const [before, after] = contextScores(text, start, start + exact.length, context);
    // Characters of context matched; integral, so equally good contexts tie and the old position decides.
    const matched = Math.round(before * context.prefix.length + after * context.suffix.length);
    const distance = hint === undefined ? start : Math.abs(start - hint);
    if (!best || matched > best.matched || (matched === best.matched && distance < best.distance)) {
      best = { start, matched, distance };
    }
  }
  return best?.start ?? null;
}

/**
 * Re-finds a stored span in `text`: at its old position if the quote is still there, else at the exact quote
 * elsewhere, else at a close approximate match in similar surroundings; null when the passage is gone.
 */
export function anchor(text: string, selector: Selector): Anchor | null {
  const { exact } = selector;
  if (!exact) return null;
  if (validOffset(selector.start, text.length)) {
    const end = selector.start + exact.length;
    const endMatches = selector.end === undefined || selector.end === end;
    if (endMatches && end <= text.length && text.startsWith(exact, selector.start)) {
      return { start: selector.start, end, method: "position" };
    }
  }
  const hint = validOffset(selector.start, Number.MAX_SAFE_INTEGER) ? selector.start : undefined;
  const quoted = bestOccurrence(text, selector, hint);
  if (quoted !== null) return { start: quoted, end: quoted + exact.length, method: "quote" };
  const prefix = selector.prefix ?? "";
  const suffix = selector.suffix ?? "";
  const limits = { quote: MIN_QUOTE_SIMILARITY, context: MIN_CONTEXT_SIMILARITY };
  const match = fuzzyMatch(text, exact, { prefix, suffix, hint }, limits);
  return match ? { start: match.start, end: match.end, method: "fuzzy" } : null;
}
