// The noun a French or Spanish figure counts: "300 combattants étrangers" → "combattants" (a post-nominal adjective
// stays out), "12 millions de Syriens" → "syriens" (through "de"), "40 % du territoire" → "territoire",
// "3 000 femmes et enfants" → "femmes et enfants". Kept as written, lower-cased.
import type { RomanceLexicon } from "./lexicon/romance-types";
import { nextToken, type Token } from "./romance-tokens";

export interface Counted {
  head: string;
  end: number;
}

/** "direct": the word right after the number; "link": through "de"/"du"/"des"/"del" and a determiner. */
export type CountedMode = "direct" | "link" | "either";

const isUpperCode = (text: string, i: number) => {
  const ch = text[i] ?? "";
  return ch !== ch.toLowerCase();
};
const pluralLike = (w: string) => w.length > 2 && (w.endsWith("s") || w.endsWith("x"));

/** Number words of every kind: "cientos" in "200 muertos y cientos de heridos" starts the next figure. */
const isNumberWord = (lex: RomanceLexicon, w: string) =>
  lex.numberWords.has(w) || lex.scales.has(w) || lex.hundreds.has(w) || lex.approxPlurals.has(w) || lex.roundNouns.has(w) ||
  lex.fractions.has(w);

/**
 * Whether the word may be a counted noun; `linked` words after "de" may be capitalised ("de Syriens"). An acronym is
 * counted only through "de", as English counts one only after "of" ("a quarter of Lebanon's GDP" → "gdp"): "5,5 %
 * du PIB" → "pib", lower-cased like every counted noun. Right after the number it stays out, as in English.
 */
export function isNoun(text: string, t: Token | null, lex: RomanceLexicon, linked: boolean): t is Token {
  if (!t || t.kind !== "word" || t.end - t.start < 2 || t.norm.endsWith("'")) return false;
  const w = t.norm;
  if (lex.stopWords.has(w) || isNumberWord(lex, w) || lex.months.has(w)) return false;
  if (lex.verbSuffix.test(w) || lex.changeVerbs.has(w)) return false;
  if (!isUpperCode(text, t.start)) return true;
  const allCaps = text.slice(t.start, t.end) === text.slice(t.start, t.end).toUpperCase();
  return allCaps ? linked : linked || pluralLike(w);
}

/**
 * The noun at `t`, a pre-nominal adjective skipped ("300 autres détenus"), joined with a coordinated one. The listed
 * adjectives are plural, so the noun after one agrees: "de los jóvenes trabaja" counts "jóvenes", never the verb.
 */
function nounFrom(text: string, t: Token | null, lex: RomanceLexicon, linked: boolean): Counted | null {
  let noun = t;
  if (noun && lex.preNominal.has(noun.norm)) {
    const after = nextToken(text, noun.end);
    if (isNoun(text, after, lex, linked) && pluralLike(after.norm)) noun = after;
  }
  if (!isNoun(text, noun, lex, linked)) return null;
  const head = noun.norm;
  const joiner = nextToken(text, noun.end);
  const second = joiner && lex.coordinators.has(joiner.norm) ? nextToken(text, joiner.end) : null;
  if (joiner && second && pluralLike(head) && pluralLike(second.norm) && !isUpperCode(text, second.start) && isNoun(text, second, lex, false)) {
    return { head: `${head} ${joiner.norm} ${second.norm}`, end: second.end };
  }
  return { head, end: noun.end };
}

/** The counted noun after `pos` (the end of the number and its units), or null. */
export function countedAfter(text: string, pos: number, lex: RomanceLexicon, mode: CountedMode): Counted | null {
  const first = nextToken(text, pos);
  if (!first || first.kind !== "word") return null;
  if (mode !== "direct" && lex.links.has(first.norm)) {
    let t = nextToken(text, first.end);
    if (t && lex.linkDeterminers.has(t.norm)) t = nextToken(text, t.end);
    const linked = nounFrom(text, t, lex, true);
    if (linked || mode === "link") return linked;
  }
  return mode === "link" ? null : nounFrom(text, first, lex, false);
}

const CODES = new Set(["usd", "eur", "gbp"]);

/** The currency named after `pos`, directly ("80 dollars", "20 €") or, after a scale, through "de" ("millions d'euros"). */
export function currencyAfter(text: string, pos: number, lex: RomanceLexicon, linked: boolean): Counted | null {
  const first = nextToken(text, pos);
  if (!first) return null;
  let t: Token | null = first;
  if (linked && lex.links.has(first.norm)) t = nextToken(text, first.end);
  const name = t ? lex.currencies.get(t.norm) : undefined;
  if (!t || name === undefined) return null;
  // A sign or code glued to a following number is that number's ("20 $10"), and a code is written in capitals.
  if (t.kind === "sym" && t === first && nextToken(text, t.end)?.kind === "num") return null;
  if (CODES.has(t.norm) && text.slice(t.start, t.end) !== t.norm.toUpperCase()) return null;
  const tail = nextToken(text, t.end);
  return { head: name, end: tail && lex.currencyTails.has(tail.norm) ? tail.end : t.end };
}
