// Whether two claims name the same claimant: the names as reviewers type them differ in case, accents, a
// leading "the" and what they add in brackets or after a comma ("The New Arab" and "The New Arab, on the UN's
// anniversary of the genocide"), so each is reduced to its words and one must hold all of the other's.
import { normalizeArabic } from "../figures/lexicon/arabic-letters";

const DROPPED = new Set(["the", "a", "an", "le", "la", "les", "l", "el", "los", "las"]);

/** The words of a claimant's name that identify them: folded, without bracketed asides or what follows a comma. */
export function claimantWords(name: string | null | undefined): string[] {
  if (!name) return [];
  const head = name.replace(/\([^)]*\)/g, " ").split(/[,;:–—]/)[0] ?? "";
  const folded = normalizeArabic(head.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word && !DROPPED.has(word));
}

/** True when both name a claimant and the shorter name's words are all in the longer one's. */
export function isSameClaimant(a: string | null | undefined, b: string | null | undefined): boolean {
  const wa = claimantWords(a);
  const wb = claimantWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return short.every((word) => long.has(word));
}
