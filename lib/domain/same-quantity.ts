// Whether two figure claims are about the same quantity, so that their values can be compared
// (figure-conflicts.ts decides whether the values disagree). Same quantity means:
// 1. the same quantity key (quantityKey): the same dimension of unit (fractions and percentages are one) and
//    the same counted noun. A noun of the core vocabulary of conflict reporting counts as its concept,
//    whatever its language (figures/concepts.ts: "people", "أشخاص", "personnes" are all [people]), and an
//    amount of money as its currency ("dollars", "دولار", "dólares"); any other noun as written, normalised
//    ("Fighters" = "fighters" = "fighter", "المدارس" = "مدارس"). A figure without a counted noun is about
//    nothing identifiable and is never compared;
// 2. the same subject and time.
//    a. Statements in one language (or whose language cannot be told): by text similarity. The Jaccard
//       similarity of their content words (numbers, qualifiers, the counted noun and common words left out)
//       is at least 0.5, or at least 0.25 when both name a year and share one. Statements that both name
//       years, none in common, are about different times ("12 million in 2014" and "8 million in 2017" are
//       two quantities, not a conflict).
//    b. Statements in different languages (statement-language.ts: other scripts, or English, French and
//       Spanish told apart by their function words) share no words to compare, so words cannot say the
//       subject is the same. They are the same quantity only when the key is a concept of the shared
//       vocabulary (not a noun that happens to be spelt alike in two languages) AND both claims name a time
//       and share a year (a year in the statement, in any digits, or the claim date's). Two claims that name
//       no year are NOT paired across languages, although the same-language rule may pair them: every
//       workspace is one story, so "civilians killed" in an Arabic brief and in an English report would
//       otherwise conflict whenever their numbers differ, whatever town or week each is about. The shared
//       year is the one subject test both sides can pass without translation; giving a claim its claim
//       date is how a reviewer brings an undated one into the comparison. A shared year can still pair two
//       places (Mosul and Raqqa, both 2017): the queue shows such a pair side by side, with both quotes, for
//       a reviewer to dismiss, which costs less than a conflict nobody sees.
// Only statements are compared, not quotes: the statement is the reviewer's wording of what the claim is
// about, while a quote carries the article's turns of phrase. The subject test has no SQL twin: the database
// only narrows candidates by key and interval (lib/data/figure-conflicts/figure-candidates.ts), and every candidate is then
// checked here.
import { conceptOf, currencyOf, vocabularyText } from "./figures/concepts";
import { normalizeArabic } from "./figures/lexicon/arabic-letters";
import { COMMON_WORDS, isOtherLanguage, statementLanguage } from "./statement-language";
import type { FigureUnit } from "./figures/types";

export interface QuantityClaim {
  unit: FigureUnit;
  counted: string | null;
  statement: string;
  claimDate?: Date | null;
}

/**
 * What stored keys were computed with: the rules of quantityKey (bump the number when they change) and a
 * fingerprint of the concept vocabulary, so that a new word changes it too. lib/workflows/upgrades/figure-key-upgrade.ts
 * recomputes every stored key when the stored version differs.
 */
export const FIGURE_KEY_VERSION = `2.${fingerprint(vocabularyText())}`;

export const SUBJECT_SIMILAR = 0.5;
export const SUBJECT_SIMILAR_SAME_TIME = 0.25;

/**
 * The key under which figures about one quantity are stored and looked up (claims.figureKey, one column, made
 * only here): dimension and concept ("count:[people]", "currency:[money:dollar]"), or dimension and the counted
 * noun normalised ("count:yazidi women and children"). Null without a counted noun.
 */
export function quantityKey(unit: FigureUnit, counted: string | null | undefined): string | null {
  const noun = plainNoun(counted ?? "");
  if (!noun) return null;
  const concept = quantityConcept(unit, counted);
  return `${unit === "fraction" ? "percent" : unit}:${concept ? `[${concept}]` : noun}`;
}

/** The concept a figure's counted noun names, in any language: a currency for money, else a vocabulary concept. */
export function quantityConcept(unit: FigureUnit, counted: string | null | undefined): string | null {
  if (unit === "currency") {
    const currency = currencyOf(counted);
    return currency && `money:${currency}`;
  }
  const concept = conceptOf(counted);
  // "10 000 livres" counted is books as often as pounds: money is a concept only with the currency unit.
  return concept === "money" ? null : concept;
}

/** Lower-cased, spaces collapsed, a final plural "s" dropped; Arabic normalised and without "ال" and clitics. */
function plainNoun(counted: string): string {
  const noun = counted.trim().toLowerCase().replace(/\s+/g, " ");
  if (!/[\u0600-\u06ff]/.test(noun)) return noun.replace(/([a-z]{2}[^s\s])s$/, "$1");
  return normalizeArabic(noun).split(" ").map(withoutArticle).join(" ");
}

function withoutArticle(word: string): string {
  if (word.startsWith("لل") && word.length > 4) return word.slice(2);
  const m = /^(?:[وف]?[بك]?)ال(.{2,})$/.exec(word);
  return m ? m[1]! : word;
}

const STOPWORDS = new Set(
  ("a an the of in on at to for by with from and or its it is was were are be been being that this these those as had has have " +
    "their his her they them he she we our into during after before than still also which who whom there then when where while")
    .split(" "),
);
const NUMBER_WORDS = new Set(
  ("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands " +
    "million millions billion billions tens dozen dozens percent per cent half third quarter fifth fifths " +
    "about around roughly approximately some nearly almost over more under fewer less least most exactly only just estimated up")
    .split(" "),
);

const YEAR = /^(1[5-9]\d\d|20\d\d)$/;

/**
 * A statement's content words (crudely singular), the years it names (in any digits, and the claim date's),
 * its language, and whether its counted noun is a concept of the shared vocabulary.
 */
export function describeSubject(claim: Pick<QuantityClaim, "statement" | "counted" | "claimDate"> & { unit?: FigureUnit }) {
  const counted = new Set(tokens(claim.counted ?? "").map(contentWord));
  const words = new Set<string>();
  const years = new Set<number>();
  for (const token of tokens(claim.statement)) {
    if (YEAR.test(token)) years.add(Number(token));
    else if (/\d/.test(token) || STOPWORDS.has(token) || COMMON_WORDS.has(token) || NUMBER_WORDS.has(token)) continue;
    else if (!counted.has(contentWord(token))) words.add(contentWord(token));
  }
  if (claim.claimDate) years.add(claim.claimDate.getUTCFullYear());
  const concept = quantityConcept(claim.unit ?? "count", claim.counted) !== null;
  return { words, years, language: statementLanguage(claim.statement), concept };
}

/** Jaccard similarity of two sets: shared over all; 0 when both are empty. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}

/** True when the two figure claims are about the same quantity (see the rules above). */
export function isSameQuantity(a: QuantityClaim, b: QuantityClaim): boolean {
  const key = quantityKey(a.unit, a.counted);
  if (key === null || key !== quantityKey(b.unit, b.counted)) return false;
  return isSameSubject(describeSubject(a), describeSubject(b));
}

export type Subject = ReturnType<typeof describeSubject>;

/**
 * Rule 2 above, for two claims already known to share a quantity key, on subjects described once
 * (comparing one claim with thousands of others must not re-read every statement each time).
 */
export function isSameSubject(sa: Subject, sb: Subject): boolean {
  const timed = sa.years.size > 0 && sb.years.size > 0;
  const sameTime = timed && [...sa.years].some((year) => sb.years.has(year));
  if (timed && !sameTime) return false;
  if (isOtherLanguage(sa.language, sb.language)) return sa.concept && sb.concept && sameTime;
  const similarity = jaccard(sa.words, sb.words);
  return similarity >= SUBJECT_SIMILAR || (sameTime && similarity >= SUBJECT_SIMILAR_SAME_TIME);
}

/** Words and numbers, lower-cased, digits made Latin ("٢٠١٤" is 2014), Arabic normalised. */
function tokens(text: string): string[] {
  return normalizeArabic(text.toLowerCase().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90)))
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A word as compared: crudely singular, Arabic without "ال" ("الموصل" is "موصل"). */
function contentWord(token: string): string {
  return /[\u0600-\u06ff]/.test(token) ? withoutArticle(token) : singular(token);
}

/** FNV-1a, 32 bits, in hex: enough to tell one vocabulary from another. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}
