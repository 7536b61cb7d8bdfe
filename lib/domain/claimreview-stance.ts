// The stance an outside fact-check takes towards a claim it reviewed, from its rating: a claim
// rated false is contradicted by the fact-check, one rated true is supported, and anything between
// (half true, misleading, missing context, unproven) is context. The reviewer can change it.
import type { Stance } from "./vocabulary";

// Checked in this order: "mostly false" is false-ish, "not true" is false-ish, "half true" is neither.
const CONTEXT_WORDS = /\b(half|mixed|mixture|partly|partially|part|misleading|missing context|lacks context|out of context|unproven|unverified|unverifiable|exaggerat\w*|disputed|satire|needs context|outdated|in between|inconclusive)\b/i;
const FALSE_WORDS = /\b(false|fake|incorrect|wrong|inaccurate|untrue|not true|pants on fire|fabricated|baseless|bogus|hoax|debunked|no evidence|scam|four pinocchios|misattributed)\b/i;
const TRUE_WORDS = /\b(true|correct|accurate|verified|confirmed|legit|right)\b/i;

export interface ReviewRating {
  label: string | null;
  value: number | null;
  best: number | null;
  worst: number | null;
}

export function stanceForRating(rating: ReviewRating): Stance {
  const label = rating.label?.trim() ?? "";
  if (label) {
    if (/\bmostly false\b/i.test(label) || (FALSE_WORDS.test(label) && !CONTEXT_WORDS.test(label))) return "CONTRADICTS";
    if (CONTEXT_WORDS.test(label)) return "CONTEXT";
    if (TRUE_WORDS.test(label)) return "SUPPORTS";
  }
  // No telling label: the value's place on the scale (worst 1, best 5 when unstated, as schema.org says).
  if (rating.value !== null) {
    const worst = rating.worst ?? 1;
    const best = rating.best ?? 5;
    if (best > worst) {
      const share = (rating.value - worst) / (best - worst);
      if (share <= 0.25) return "CONTRADICTS";
      if (share >= 0.75) return "SUPPORTS";
    }
  }
  return "CONTEXT";
}

/** The note the evidence carries: who rated the claim how, on which scale. */
export function ratingNote(publisher: string | null, rating: ReviewRating): string {
  const scale = rating.value !== null ? ` (${rating.value}${rating.best !== null ? ` on a scale of ${rating.worst ?? 1} to ${rating.best}` : ""})` : "";
  const label = rating.label ? `"${rating.label}"` : "a rating";
  return `Rated ${label}${scale}${publisher ? ` by ${publisher}` : ""}.`;
}
