// Whether two figure claims are about the same quantity, so that their values can be compared
// (figure-conflicts.ts decides whether the values disagree). Same quantity means:
// 1. the same dimension of unit (fractions and percentages are one) and the same counted noun, compared as
//    quantityKey normalises them ("Fighters" = "fighters" = "fighter"); a figure without a counted noun is
//    about nothing identifiable and is never compared;
// 2. an overlapping subject or time, by text similarity of the normalised statements: the Jaccard
//    similarity of their content words (numbers, qualifiers, the counted noun and common words left out)
//    is at least 0.5, or at least 0.25 when both name a year and share one. Statements that both name
//    years, none in common, are about different times ("12 million in 2014" and "8 million in 2017" are
//    two quantities, not a conflict).
// Only statements are compared, not quotes: the statement is the reviewer's wording of what the claim is
// about, while a quote carries the article's turns of phrase.
import type { FigureUnit } from "./figures/types";

export interface QuantityClaim {
  unit: FigureUnit;
  counted: string | null;
  statement: string;
  claimDate?: Date | null;
}

export const SUBJECT_SIMILAR = 0.5;
export const SUBJECT_SIMILAR_SAME_TIME = 0.25;

/**
 * The key under which figures about one quantity are stored and looked up: dimension and counted noun,
 * lower-cased, spaces collapsed, a final plural "s" dropped. Null without a counted noun. The init of
 * claims.figureKey in the i5 migration computes the same in SQL. This is the one place the key is
 * made (claims.figureKey, one column): a language-independent concept key replaces it here.
 */
export function quantityKey(unit: FigureUnit, counted: string | null | undefined): string | null {
  const noun = (counted ?? "").trim().toLowerCase().replace(/\s+/g, " ").replace(/([a-z]{2}[^s\s])s$/, "$1");
  if (!noun) return null;
  return `${unit === "fraction" ? "percent" : unit}:${noun}`;
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

/** A statement's content words (crudely singular) and the years it names. */
export function describeSubject(claim: Pick<QuantityClaim, "statement" | "counted" | "claimDate">): { words: Set<string>; years: Set<number> } {
  const counted = new Set(tokens(claim.counted ?? "").map(singular));
  const words = new Set<string>();
  const years = new Set<number>();
  for (const token of tokens(claim.statement)) {
    if (YEAR.test(token)) years.add(Number(token));
    else if (/\d/.test(token) || STOPWORDS.has(token) || NUMBER_WORDS.has(token)) continue;
    else if (!counted.has(singular(token))) words.add(singular(token));
  }
  if (claim.claimDate) years.add(claim.claimDate.getUTCFullYear());
  return { words, years };
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
  const similarity = jaccard(sa.words, sb.words);
  return similarity >= SUBJECT_SIMILAR || (sameTime && similarity >= SUBJECT_SIMILAR_SAME_TIME);
}

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}
