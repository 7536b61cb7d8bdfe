// Which of the desk's languages a text is in, for articles whose page does not say and for figure reading.
//
// Why a function-word scorer and not a general identifier (franc-min was weighed): for four languages, two of
// them told apart by script, function words decide as well on articles and better on short texts. franc-min
// guessed French for "Raqqa population fell" and English for "Die Armee meldete 40 Tote", where this returns
// null (too few function words) and the caller falls back to the script; it would also add ~48 KB gzipped to
// the reader's client bundle (the claim form reads figures in the browser). Other Latin-script languages are
// recognised as such through their own function words (language-stopwords.ts) and answered with null.
import { STOP_WORDS, type StopWordLanguage } from "./language-stopwords";

export type IdentifiedLanguage = "en" | "ar" | "fr" | "es";

/** Enough of an article to judge it, without reading megabytes (detectFigures calls this on every text). */
export const IDENTIFY_SAMPLE = 4000;
/** Fewer letters than this say nothing reliable about a language. */
const MIN_LETTERS = 8;
/** The share of letters a script must have for the text to count as written in it. */
const SCRIPT_MAJORITY = 0.6;
/** At least this much weight of function words (one of its own and one shared, say) must speak for the winner... */
const MIN_SCORE = 1.25;
/** ...and the winner must outscore the runner-up by this factor, or the text is mixed. */
const MARGIN = 1.5;

const isArabicLetter = (c: number) =>
  (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x0750 && c <= 0x077f) ||
  (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
const isLatinLetter = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const LETTER = /\p{L}/u;

/** Letters of each script in the text's opening. Arabic and Latin are told apart; every other script is "other". */
export function countScripts(text: string, sample = IDENTIFY_SAMPLE): { arabic: number; latin: number; other: number } {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  const end = Math.min(text.length, sample);
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) latin += isLatinLetter(c) ? 1 : 0;
    else if (isArabicLetter(c)) arabic += 1;
    else if (isLatinLetter(c)) latin += 1;
    else if (c < 0xd800 || c > 0xdfff ? LETTER.test(text[i]!) : false) other += 1;
  }
  return { arabic, latin, other };
}

// Each function word weighs 1/k when k languages share it ("de" is French, Spanish, Portuguese, Dutch and Catalan).
const WEIGHTS: ReadonlyMap<string, ReadonlyMap<StopWordLanguage, number>> = (() => {
  const owners = new Map<string, StopWordLanguage[]>();
  for (const [language, words] of Object.entries(STOP_WORDS) as [StopWordLanguage, string][]) {
    for (const word of new Set(words.split(/\s+/).filter(Boolean))) owners.set(word, [...(owners.get(word) ?? []), language]);
  }
  return new Map([...owners].map(([word, languages]) => [word, new Map(languages.map((language) => [language, 1 / languages.length]))]));
})();

const WORD = /\p{L}+/gu;

function scoreWords(text: string): Map<StopWordLanguage, number> {
  const scores = new Map<StopWordLanguage, number>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    const weights = WEIGHTS.get(word);
    if (!weights) continue;
    for (const [language, weight] of weights) scores.set(language, (scores.get(language) ?? 0) + weight);
  }
  return scores;
}

/**
 * "ar" when Arabic script has the majority of the letters; else, for Latin script, the language whose function
 * words clearly dominate. null when the text is too short, in another script or language, or mixed with no
 * majority. Pure; reads only the first `sample` characters.
 */
export function identifyLanguage(text: string, sample = IDENTIFY_SAMPLE): IdentifiedLanguage | null {
  const { arabic, latin, other } = countScripts(text, sample);
  const letters = arabic + latin + other;
  if (letters < MIN_LETTERS) return null;
  if (arabic >= SCRIPT_MAJORITY * letters) return "ar";
  if (latin < SCRIPT_MAJORITY * letters) return null;
  const ranked = [...scoreWords(text.slice(0, sample))].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE || (second && best[1] < MARGIN * second[1])) return null;
  return best[0] === "en" || best[0] === "fr" || best[0] === "es" ? best[0] : null;
}
