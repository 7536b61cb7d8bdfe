// Robust anchoring of claims to article text, after the W3C Web Annotation model: a span is stored as a
// TextQuoteSelector (exact quote plus prefix and suffix context) and a TextPositionSelector (start, end), and
// re-found in a possibly edited text by position, then by exact quote, then by approximate match. All offsets
// are UTF-16 code units, as JavaScript strings index them; nothing depends on writing direction.
import { contextScores, fuzzyMatch } from "./anchoring-match";
import { shiftedStart, type TextEdit } from "./text-edit";

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
 * Whether the text around an exact occurrence agrees with the stored context as much as the fuzzy step
 * demands (the mean similarity of the sides that have context). An identical phrase elsewhere (a repeated
 * heading, a figure stated twice) usually sits in other words, so it fails; the passage itself, even with
 * an edit right beside it on one side, passes on the other.
 */
function contextAgrees(text: string, start: number, selector: Selector): boolean {
  const prefix = selector.prefix ?? "";
  const suffix = selector.suffix ?? "";
  const [before, after] = contextScores(text, start, start + selector.exact.length, { prefix, suffix });
  const sides = [prefix ? before : null, suffix ? after : null].filter((score) => score !== null);
  return sides.length === 0 || sides.reduce((a, b) => a + b, 0) / sides.length >= MIN_CONTEXT_SIMILARITY;
}

export interface AnchorOptions {
  /** The edit that made `text` from the text the span was described in (findTextEdit), when known. */
  edit?: TextEdit;
}

/**
 * Re-finds a stored span in `text`: at its old position if the quote is still there, else at the exact quote
 * elsewhere, else at a close approximate match in similar surroundings; null when the passage is gone.
 *
 * The exact quote is taken without question only where the edit merely shifted it (its old place moved by the
 * change in length). Anywhere else it is "far", and its surroundings must agree with the stored context:
 * otherwise a deleted passage would silently move onto a look-alike elsewhere, and it is orphaned instead.
 * Without `edit`, every relocation is far.
 */
export function anchor(text: string, selector: Selector, options: AnchorOptions = {}): Anchor | null {
  const { exact } = selector;
  if (!exact) return null;
  if (validOffset(selector.start, text.length)) {
    const end = selector.start + exact.length;
    const endMatches = selector.end === undefined || selector.end === end;
    if (endMatches && end <= text.length && text.startsWith(exact, selector.start)) {
      return { start: selector.start, end, method: "position" };
    }
  }
  const old = validOffset(selector.start, Number.MAX_SAFE_INTEGER) ? selector.start : undefined;
  const shifted = old !== undefined && options.edit ? shiftedStart(options.edit, old, selector.end ?? old + exact.length) : undefined;
  if (shifted !== undefined && shifted >= 0 && text.startsWith(exact, shifted)) return { start: shifted, end: shifted + exact.length, method: "quote" };
  const hint = shifted !== undefined && shifted >= 0 ? shifted : old;
  const quoted = bestOccurrence(text, selector, hint);
  // The occurrence checked is the one whose context agrees best; when even it disagrees, the fuzzy step (which demands context too) decides.
  if (quoted !== null && contextAgrees(text, quoted, selector)) return { start: quoted, end: quoted + exact.length, method: "quote" };
  const prefix = selector.prefix ?? "";
  const suffix = selector.suffix ?? "";
  const limits = { quote: MIN_QUOTE_SIMILARITY, context: MIN_CONTEXT_SIMILARITY };
  const match = fuzzyMatch(text, exact, { prefix, suffix, hint }, limits);
  return match ? { start: match.start, end: match.end, method: "fuzzy" } : null;
}
