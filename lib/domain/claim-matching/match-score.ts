// How strongly a claim (or an outside fact-check) matches another, 0–1, and why, in the reviewer's words.
// The evidence, each weighed on its own and combined as independent signs (1 − Π(1 − sᵢ)):
// - wording: how alike the statements read. Postgres measures it (lib/data/claim-matches): trigram similarity
//   (pg_trgm, spelling-level: "ruled" ≈ "rule", word order free) and the share of full-text lexemes the two have
//   in common in the claim's language (stemmed, stop words out: "governed 12 million people" and "12 million
//   people were governed"). Both are 0–1; the wording strength is their mean, so one alone does not carry it.
// - figures (figure-evidence.ts): a compatible value on the same quantity is strong evidence on its own (it is
//   what links claims across languages, where no word is shared); a compatible figure the words do not place
//   on the same subject is a hint.
// - the same claimant: a weak sign alone (a claimant says many things), a tie-breaker beside the others.
// A different figure on the same quantity is a claim the desk checked on that topic, not this claim: it is
// kept, at a fraction of its score, so it ranks below every match that says the same thing and is shown only
// when its wording is close. The weights were set from the labelled pairs' conventions (scripts/test-support/
// claim-match-set), then checked against them; see the quality test for the figures they reach.
import { isSameClaimant } from "./claimant";
import { figureRelation, type FigureRelation, type MatchSubject } from "./figure-evidence";

export type { MatchSubject };

/** Wording measures from Postgres, each 0–1. */
export interface WordingSignals {
  /** pg_trgm similarity of the two statements. */
  trigram: number;
  /** Lexemes in common over the lexemes of the shorter statement's side (Dice), in the candidate's search configuration. */
  lexemes: number;
}

/**
 * Why a match was made. Kinds are open: the links and dismissals a reviewer records (a later increment)
 * add their own ("linked as the same claim") without changing these.
 */
export type MatchReasonKind = "wording" | "figure" | "different-figure" | "claimant";
export interface MatchReason {
  kind: MatchReasonKind;
  text: string;
}

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

/** Below this a candidate is not shown: nothing but chance words in common. */
export const MATCH_THRESHOLD = 0.3;
/** The most matches one request returns (the API's limit), and how many the forms show. */
export const MAX_MATCHES = 20;
export const FORM_MATCHES = 5;

const WEIGHT = { compatible: 0.7, hint: 0.25, claimant: 0.15 };
/** A different figure on the same quantity keeps this share of its score. */
const DIFFERENT_FIGURE = 0.5;
const WORDING_REASON = 0.3;
const SAME_WORDING = 0.85;

export function wordingStrength({ trigram, lexemes }: WordingSignals): number {
  return clamp((clamp(trigram) + clamp(lexemes)) / 2);
}

export function scoreMatch(probe: MatchSubject, candidate: MatchSubject, wording: WordingSignals): MatchScore {
  const strength = wordingStrength(wording);
  const figure = figureRelation(probe, candidate, { wordsAlike: strength >= WORDING_REASON });
  const sameClaimant = isSameClaimant(probe.claimant, candidate.claimant);
  const signs = [strength, figureWeight(figure), sameClaimant ? WEIGHT.claimant : 0];
  let score = 1 - signs.reduce((rest, sign) => rest * (1 - sign), 1);
  if (figure?.kind === "different") score *= DIFFERENT_FIGURE;
  const reasons: MatchReason[] = [];
  if (strength >= SAME_WORDING) reasons.push({ kind: "wording", text: "almost the same wording" });
  else if (strength >= WORDING_REASON) reasons.push({ kind: "wording", text: "similar wording" });
  if (figure) reasons.push({ kind: figure.kind === "different" ? "different-figure" : "figure", text: figure.text });
  if (sameClaimant) reasons.push({ kind: "claimant", text: `same claimant: ${candidate.claimant}` });
  return { score: round(score), reasons };
}

function figureWeight(figure: FigureRelation | null): number {
  if (figure?.kind === "compatible") return WEIGHT.compatible;
  if (figure?.kind === "compatible-hint") return WEIGHT.hint;
  return 0;
}

/**
 * The matches worth showing, best first: at least MATCH_THRESHOLD and with a reason to give, ties broken by
 * `id` so that the order is the same on every request.
 */
export function rankMatches<T extends MatchScore & { id: string }>(scored: readonly T[], limit: number): T[] {
  return scored
    .filter((match) => match.score >= MATCH_THRESHOLD && match.reasons.length > 0)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

const clamp = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const round = (x: number) => Math.round(x * 1000) / 1000;
