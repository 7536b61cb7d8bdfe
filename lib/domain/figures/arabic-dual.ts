// Arabic duals count two: "قتل جنديان" (two soldiers were killed), "خلال يومين" (within two days), and a noun with
// "اثنان"/"اثنين" after it ("مقتل مدنيين اثنين", two civilians). Only the nouns listed in lexicon/ar.ts are read as
// duals, and only without "ال": "الطرفان" names two known parties rather than counting them, and many words end
// in -ان without being duals ("لبنان", "سكان").
import { nextToken, withoutClitics, offsetAfterLetters, type Token } from "./arabic-tokens";
import { countedAt } from "./arabic-quantity";
import { AR } from "./lexicon/ar";
import type { DetectedFigure } from "./types";

const TIME_NOUNS = new Set(["عام", "سنه"]);

const spelt = (letter: string) => (letter === "ا" ? "[اأإآ]" : letter === "ي" ? "[يى]" : letter);

/**
 * The scan's trigger for duals: the first three letters of the listed nouns, grouped by their first letter (a long
 * flat alternation halved the scan's speed on dense text); dualAt checks the whole word.
 */
export const DUAL_TRIGGER = (() => {
  const byFirst = new Map<string, Set<string>>();
  for (const noun of new Set(AR.duals.values())) {
    const rest = byFirst.get(noun[0]!) ?? new Set<string>();
    rest.add([...noun.slice(1, 3)].map(spelt).join(""));
    byFirst.set(noun[0]!, rest);
  }
  return [...byFirst].map(([first, rests]) => `${spelt(first)}(?:${[...rests].join("|")})`).join("|");
})();

function figureOf(text: string, start: number, end: number, counted: Token, concept: string | undefined): DetectedFigure {
  const figure: DetectedFigure = { start, end, text: text.slice(start, end), value: 2, unit: "count", qualifier: null };
  figure.counted = text.slice(counted.start, counted.end);
  if (concept) figure.concept = concept;
  return figure;
}

/** "اثنان" after the dual or noun joins the figure: "جنديان اثنان". */
function withTwoAfter(text: string, end: number): number {
  const next = nextToken(text, end);
  return next?.kind === "word" && AR.twoAfterNoun.has(next.norm) ? next.end : end;
}

/** The dual noun at token `t` as a figure of two, or null. `before` gives the words before it, nearest first. */
export function dualAt(text: string, t: Token, before: () => readonly Token[]): DetectedFigure | null {
  if (t.kind !== "word" || !t.norm.endsWith("ن")) return null;
  for (const [w, dropped] of withoutClitics(t.norm)) {
    const singular = AR.duals.get(w);
    if (singular === undefined) continue;
    const start = offsetAfterLetters(text, t.start, dropped);
    // "يبلغ من العمر عامين": two years of age.
    if (TIME_NOUNS.has(singular) && before().some((b) => withoutClitics(b.norm).some(([x]) => AR.ageCues.has(x)))) {
      return { start, end: t.end, text: text.slice(start, t.end), value: 2, unit: "age", qualifier: null };
    }
    const counted = { ...t, start };
    return figureOf(text, start, withTwoAfter(text, t.end), counted, AR.concepts.get(singular));
  }
  return null;
}

/** "مدنيين اثنين": the noun before the word for two, when `two` is one; the figure spans both. */
export function nounBeforeTwo(text: string, two: Token, before: readonly Token[], conceptOf: (norm: string) => string | undefined): DetectedFigure | null {
  if (two.kind !== "word" || !AR.twoAfterNoun.has(two.norm)) return null;
  const noun = countedAt(before[0] ?? null);
  if (!noun || AR.twoAfterNoun.has(noun.norm)) return null;
  return figureOf(text, noun.start, two.end, noun, conceptOf(noun.norm));
}
