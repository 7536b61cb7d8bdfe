// What two claims' figures say about whether they are one claim. The quantity test is the figure conflicts'
// (same-quantity.ts): the same quantity key (across languages through the concept table) and the same subject
// (similar words and no disjoint years in one language; a shared year between languages). Then the values:
// - the same value, within what each figure's rounding and qualifier allow (figure-conflicts.ts figureInterval):
//   each stated value lies in the other's interval ("12 million" and "around 12 million"). An open end ("at
//   least 9,000") is read as "over": "at least 9,000 civilians" and "93,000 civilians" can both be true, but
//   they are not one claim. Strong evidence of one claim, and what links claims across languages;
// - a vague figure ("thousands", 2,000–10,000) holds many values: its containing another is only a hint, unless
//   the two say much the same range;
// - any other value on the same quantity is the same topic with a different figure: a claim the desk checked on
//   that quantity, not this claim, so the match is weak and ranks below (match-score.ts).
// A compatible value that the words do not place on the same subject (no year in common, other words) is a
// hint: 12 million people can be two populations. Years that do not meet make two quantities, whatever the values.
import { comparableFigure } from "../figure-conflicts";
import { conceptMap, foldNoun } from "../figures/concepts";
import type { FigureLanguage } from "../figures/types";
import { describeSubject, isSameSubject, quantityKey } from "../same-quantity";
import type { ClaimFigure } from "../vocabulary";
import { figureWords } from "./figure-words";

/** A claim, or a draft being marked, or an outside fact-check, as the matcher compares it. */
export interface MatchSubject {
  statement: string;
  claimant: string | null;
  claimDate: Date | null;
  figure: ClaimFigure | null;
}

export type FigureRelation =
  | { kind: "compatible"; text: string }
  | { kind: "compatible-hint"; text: string }
  | { kind: "different"; text: string };

/** `wordsAlike`: the statements' wording is similar (match-score.ts), which places two figures of one year on one subject. */
export function figureRelation(probe: MatchSubject, other: MatchSubject, { wordsAlike = false } = {}): FigureRelation | null {
  const a = probe.figure;
  const b = other.figure;
  if (!a || !b) return null;
  const key = quantityKey(a.unit, a.counted);
  if (key === null || key !== quantityKey(b.unit, b.counted)) return null;
  const sa = describeSubject({ statement: probe.statement, counted: a.counted, unit: a.unit, claimDate: probe.claimDate });
  const sb = describeSubject({ statement: other.statement, counted: b.counted, unit: b.unit, claimDate: other.claimDate });
  const timed = sa.years.size > 0 && sb.years.size > 0;
  if (timed && ![...sa.years].some((year) => sb.years.has(year))) return null;
  // Across languages the statements share no words, and telling Spanish from English by function words fails
  // on a short statement ("Turquía acogía a unos 2,7 millones de refugiados sirios en 2016" has none): a concept
  // of the table counted with nouns of two languages ("refugees", "refugiados") in one year is the same quantity.
  const sameSubject = isSameSubject(sa, sb) || (timed && (wordsAlike || nounsOfOtherLanguages(a.counted, b.counted)));
  const value = sameValue(a, b);
  const pair = `${figureWords(a)} ${value === "different" ? "vs" : "≈"} ${figureWords(b)}`;
  if (value === "same" && sameSubject) return { kind: "compatible", text: `same quantity with a compatible value: ${pair}` };
  if (value !== "different") return { kind: "compatible-hint", text: `a compatible figure: ${pair}` };
  return sameSubject ? { kind: "different", text: `same topic, different figure: ${pair}` } : null;
}

/** Relative width above which a figure is vague ("thousands"): more than ±25% of its value. */
const VAGUE = 0.5;
/** Two vague figures say the same when their intervals overlap this much (of their union). */
const SAME_RANGE = 0.5;

function sameValue(a: ClaimFigure, b: ClaimFigure): "same" | "vague" | "different" {
  const fa = comparableFigure(bounded(a));
  const fb = comparableFigure(bounded(b));
  const contains = (f: typeof fa, x: number) => f.low - noise(x) <= x && x <= f.high + noise(x);
  if (!contains(fa, fb.value) || !contains(fb, fa.value)) return "different";
  const width = (f: typeof fa) => (f.high - f.low) / Math.max(Math.abs(f.value), Number.MIN_VALUE);
  if (width(fa) <= VAGUE && width(fb) <= VAGUE) return "same";
  const overlap = Math.min(fa.high, fb.high) - Math.max(fa.low, fb.low);
  const union = Math.max(fa.high, fb.high) - Math.min(fa.low, fb.low);
  return union > 0 && overlap / union >= SAME_RANGE ? "same" : "vague";
}

/** "at least" and "at most" read as "over" and "under": an open end allows every value, not the same value. */
function bounded(f: ClaimFigure): ClaimFigure {
  if (f.qualifier === "at least") return { ...f, qualifier: "over" };
  if (f.qualifier === "at most") return { ...f, qualifier: "under" };
  return f;
}

const noise = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

const LANGUAGES: readonly FigureLanguage[] = ["en", "ar", "fr", "es"];

/**
 * True when both counted nouns are in the concept table and no language has them both ("refugees" and
 * "refugiados"; not "refugees" and "displaced", two English words of one concept, which the subject test weighs).
 */
function nounsOfOtherLanguages(a: string | null, b: string | null): boolean {
  const languagesOf = (noun: string | null) => {
    const folded = foldNoun(noun ?? "");
    return LANGUAGES.filter((language) => conceptMap(language).has(folded) || conceptMap(language).has(folded.replace(/s$/, "")));
  };
  const la = languagesOf(a);
  const lb = languagesOf(b);
  return la.length > 0 && lb.length > 0 && !la.some((language) => lb.includes(language));
}
