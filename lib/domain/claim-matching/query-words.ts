// The full-text side of finding candidates: a statement's distinctive words. lib/data/claim-matches/text-query.ts
// combines them so that a candidate must share two of them, one rare ("isis" & "raqqa" | "isis" & "350" | …). One
// shared word is chance in a workspace that is one story (every claim says "ISIS"); all of them is too strict for
// a paraphrase. Postgres then stems each word in the candidate's language, so the words are only folded and
// filtered here; being letters and digits only, they are quoted into a tsquery as they are.
import { normalizeArabic } from "../figures/lexicon/arabic-letters";
import { STOP_WORDS } from "../language-stopwords";
import { COMMON_WORDS } from "../statement-language";

const STOP = new Set([...Object.values(STOP_WORDS).flatMap((list) => list.split(/\s+/)), ...COMMON_WORDS].map((w) => normalizeArabic(w)));
/** Pairs of more words than this grow as n²; the longest words are the most distinctive. */
const MAX_WORDS = 8;

/** Distinct words of at least two letters or digits, stop words of any of our languages left out, longest first. */
export function distinctiveWords(statement: string): string[] {
  const words = normalizeArabic(statement.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !STOP.has(word));
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, MAX_WORDS);
}
