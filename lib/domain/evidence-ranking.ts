// Ranking of suggested evidence: which passages of the workspace's articles speak of the same thing
// as a claim. The database measures text signals (full-text rank, trigram similarity); this file
// turns them, and the figures found in each passage, into one score and an ordered shortlist.
import { detectFigures, type DetectedFigure } from "./figures";
import { splitParagraphs } from "./paragraphs";
import type { ClaimFigure as StoredFigure } from "./vocabulary";

export interface Span {
  start: number;
  end: number;
}

export interface Passage extends Span {
  text: string;
}

/** What the database measured of one passage against the claim. */
export interface PassageSignals {
  /** ts_rank of the passage against the claim's terms ('english' configuration); 0 when none occurs. */
  fullText: number;
  /** pg_trgm word_similarity(statement, passage): how much of the statement's wording the passage holds, 0–1. */
  wordSimilarity: number;
  /** pg_trgm word_similarity(counted noun, passage), 0–1; 0 when the claim counts nothing. */
  countedSimilarity: number;
}

/** What ranking reads of a claim's figure. */
export type ClaimFigure = Pick<StoredFigure, "unit" | "value" | "counted">;

export interface FigureMatch {
  score: number;
  figure: DetectedFigure | null;
}

// How much each signal counts. Wording and shared terms find passages on the same subject; a
// figure of the same kind and counted noun is what a fact-checker compares a figure claim against.
const WEIGHTS = { fullText: 0.4, wordSimilarity: 0.3, countedSimilarity: 0.1, figure: 0.2 };
/** Below this, a passage shares too little with the claim to be worth a reviewer's time. */
export const MIN_SCORE = 0.2;
/** Evidence quotes at most this many characters, as a claim does; longer paragraphs are cut at sentence ends. */
export const MAX_PASSAGE_LENGTH = 2000;

/** "Women and children", "people" → comparable words: lower case, naive singular, no short words. */
function nounWords(noun: string): Set<string> {
  return new Set(
    noun
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && !["and", "the", "their", "its", "of"].includes(word))
      .map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word)),
  );
}

export function sameCountedNoun(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const words = nounWords(b);
  return [...nounWords(a)].some((word) => words.has(word));
}

/**
 * How well the figures of a passage answer a figure claim. A figure of the same unit that counts the
 * same thing, on the same scale, is what a fact-checker compares the claim against, whatever its
 * value: a different number is what a contradiction looks like. "Tens of people" is no answer to
 * "12 million people", so a figure off by more than a factor of ten counts for half; one of the same
 * unit alone for a quarter.
 */
export function figureAffinity(claim: ClaimFigure | null, figures: readonly DetectedFigure[]): FigureMatch {
  let best: FigureMatch = { score: 0, figure: null };
  if (!claim) return best;
  for (const figure of figures) {
    if (figure.unit !== claim.unit) continue;
    const counted = Boolean(claim.counted) && sameCountedNoun(claim.counted, figure.counted);
    const score = (counted ? 0.5 : 0.25) * (sameScale(claim, figure) ? 2 : 1);
    if (score > best.score) best = { score, figure };
  }
  return best;
}

/** Within a factor of ten. Percentages and fractions share one scale by nature; so do years and dates. */
export function sameScale(claim: ClaimFigure, figure: DetectedFigure): boolean {
  if (claim.unit !== "count" && claim.unit !== "currency") return true;
  const [a, b] = [Math.abs(claim.value), Math.abs(figure.value)];
  if (a === 0 || b === 0) return a === b;
  return Math.max(a, b) / Math.min(a, b) <= 10;
}

const LINK_WORDS = new Set(["a", "an", "the", "of", "over", "some", "by", "to", "its", "their", "his", "her", "with", "for", "in", "on", "at"]);

/**
 * What a figure claim measures, in the statement's own words: the words just before its figure ("a
 * population of around 12 million people" → "population"). Statistics cannot tell "population"
 * from "ruled" in the same sentence; a reader can, and this is how.
 */
export function figureSubject(statement: string): string {
  const figure = detectFigures(statement).find((f) => f.unit !== "year" && f.unit !== "date");
  if (!figure) return "";
  // The last three words of the figure's own clause, less the small words that link them to it.
  const clause = statement.slice(0, figure.start).split(/[,;:.()!?–—]/).at(-1) ?? "";
  const words = clause.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).slice(-3);
  return words.filter((word) => !LINK_WORDS.has(word.toLowerCase())).join(" ");
}

/** One score, 0–1. Full-text rank is relative to the best passage found, as its scale depends on the corpus. */
export function scorePassage(signals: PassageSignals, figure: FigureMatch, bestFullText: number): number {
  const fullText = bestFullText > 0 ? Math.min(signals.fullText / bestFullText, 1) : 0;
  return (
    WEIGHTS.fullText * fullText +
    WEIGHTS.wordSimilarity * clamp(signals.wordSimilarity) +
    WEIGHTS.countedSimilarity * clamp(signals.countedSimilarity) +
    WEIGHTS.figure * figure.score
  );
}

const clamp = (n: number) => Math.max(0, Math.min(1, Number.isFinite(n) ? n : 0));

export interface Candidate {
  articleId: string;
  passage: Passage;
  signals: PassageSignals;
  figure: FigureMatch;
}

export type RankedCandidate = Candidate & { score: number };

/**
 * The shortlist: scored, weak ones dropped, best first (ties by article and position, so the order
 * is stable), at most `perArticle` from one article so that one long article does not crowd out the rest.
 */
export function rankPassages(candidates: readonly Candidate[], { limit = 5, perArticle = 3 } = {}): RankedCandidate[] {
  const bestFullText = Math.max(0, ...candidates.map((c) => c.signals.fullText));
  const scored = candidates
    .map((candidate) => ({ ...candidate, score: scorePassage(candidate.signals, candidate.figure, bestFullText) }))
    .filter((candidate) => candidate.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId) || a.passage.start - b.passage.start);
  const taken = new Map<string, number>();
  const ranked: RankedCandidate[] = [];
  for (const candidate of scored) {
    const count = taken.get(candidate.articleId) ?? 0;
    if (count >= perArticle) continue;
    taken.set(candidate.articleId, count + 1);
    ranked.push(candidate);
    if (ranked.length >= limit) break;
  }
  return ranked;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*\s+/g;

/**
 * The passages of a text: its paragraphs, without surrounding white space; a paragraph too long to
 * quote is cut at sentence ends (or, lacking any, at the limit) into pieces that fit.
 */
export function splitPassages(body: string, maxLength = MAX_PASSAGE_LENGTH): Passage[] {
  const passages: Passage[] = [];
  for (const paragraph of splitParagraphs(body)) {
    let from = paragraph.start;
    const end = paragraph.start + paragraph.text.length;
    while (from < end) {
      const to = end - from <= maxLength ? end : cutAt(body, from, from + maxLength);
      pushTrimmed(passages, body, from, to);
      from = to;
    }
  }
  return passages;
}

/** The last sentence end within [from, limit), or the limit itself (never inside a surrogate pair). */
function cutAt(body: string, from: number, limit: number): number {
  const code = body.charCodeAt(limit);
  let cut = code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
  const window = body.slice(from, limit);
  for (const match of window.matchAll(SENTENCE_END)) {
    const at = from + match.index + match[0].length;
    if (at > from && at < limit) cut = at;
  }
  return cut;
}

function pushTrimmed(out: Passage[], body: string, start: number, end: number) {
  const raw = body.slice(start, end);
  const text = raw.trim();
  if (!text) return;
  const from = start + (raw.length - raw.trimStart().length);
  out.push({ start: from, end: from + text.length, text });
}

/** Whether a span shares any character with one of the spans. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((other) => other.start < span.end && span.start < other.end);
}
