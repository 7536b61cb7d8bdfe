// Which language a claim's statement is written in, as far as figure conflicts need it: whether two statements can
// be compared word by word (same-quantity.ts). The script decides Arabic; English, French and Spanish are told apart
// by their function words, which even a one-line statement has ("IS ruled 10 million people in 2014" has "in",
// "L'EI contrôlait 12 % du territoire" has "du"). Words the three share ("de", "la", "en", "un") are left out.
// "latin" when a statement in Latin script gives no sign of which (a bare "12 million people"); null without letters.
import { normalizeArabic } from "./figures/lexicon/arabic-letters";
import type { FigureLanguage } from "./figures/types";

const words = (list: string) => new Set(list.split(" "));
const FUNCTION_WORDS: Record<"en" | "fr" | "es", ReadonlySet<string>> = {
  en: words("the of and to in is was were are by with that for from its has have had at this which who on their after"),
  fr: words("le les des du et est sont dans pour par une au aux avec qui sur ont été selon ses son leur à l d qu il elle"),
  es: words("el los las del y es son por para una al con según sus su fue han sido entre lo se"),
};
/** Common words of each language (Arabic normalised), left out of a statement's content words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS.en, ...FUNCTION_WORDS.fr, ...FUNCTION_WORDS.es,
  ..."de la en un que ne pas plus".split(" "),
  ..."في من على إلى عن أن إن التي الذي الذين كان كانت ما مع بعد قبل خلال حتى منذ وفق حسب نحو حوالي قرابة أكثر أقل"
    .split(" ").map(normalizeArabic),
]);

const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3]/g;
const LATIN_LETTER = /[a-z\u00c0-\u024f]/gi;

export type StatementLanguage = FigureLanguage | "latin";

export function statementLanguage(text: string): StatementLanguage | null {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (arabic > latin) return "ar";
  if (latin === 0) return null;
  const scores = { en: 0, fr: 0, es: 0 };
  for (const token of text.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const language of ["en", "fr", "es"] as const) if (FUNCTION_WORDS[language].has(token)) scores[language] += 1;
  }
  const ranked = (Object.entries(scores) as Array<[FigureLanguage, number]>).sort((a, b) => b[1] - a[1]);
  // No function word, or a tie: Latin script, no sign of which language.
  return ranked[0]![1] > 0 && ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : "latin";
}

/**
 * True when two statements are known to be in different languages, so that their words cannot be compared: other
 * scripts, or two Latin-script languages each told by its function words.
 */
export function isOtherLanguage(a: StatementLanguage | null, b: StatementLanguage | null): boolean {
  if (a === null || b === null || a === b) return false;
  if (a === "ar" || b === "ar") return true;
  return a !== "latin" && b !== "latin";
}
