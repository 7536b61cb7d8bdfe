import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/errors";
import { toCommonUnit } from "@/lib/domain/figure-conflicts";
import { figureOfText } from "@/lib/domain/claim-matching/figure-of-text";
import { rankMatches, scoreMatch, FORM_MATCHES, MAX_MATCHES, type MatchSubject } from "@/lib/domain/claim-matching/match-score";
import { distinctiveWords } from "@/lib/domain/claim-matching/query-words";
import { quantityKey } from "@/lib/domain/same-quantity";
import { resolveClaimNumbers } from "@/lib/schemas/claim";
import type { ClaimMatchDraft, MatchItem } from "@/lib/schemas/claim-matches";
import { groupMemberIds } from "../claims/claim-groups";
import { listDismissedMatches } from "../claims/claim-links";
import { fromDbFigure } from "../claims/figure-codes";
import type { Actor } from "../scope";
import { getWorkspaceAccess } from "../workspaces/workspaces";
import { matchCandidatesSql, type CandidateRow } from "./match-candidates";

// "Has this been checked before?": the claims of the workspace and the outside fact-checks it imported that
// say the same thing as a claim, or as a statement still being written. The candidates come from one SQL
// statement (match-candidates.ts); the score and its reasons are lib/domain/claim-matching's.
//
// Blind review: a match shows a claim's status and its final rating, never a reviewer's verdict, so nobody
// learns through a match what blind review hides from them on the claim's own page (the final rating is shown
// to every member once resolved, and the status is on the claims list). Scores use no verdict either.

/** The matches of a claim of the workspace, best first. Members only: another workspace's claim is not found. */
export async function listClaimMatches({ actor, slug, claimId, limit = FORM_MATCHES }: { actor: Actor; slug: string; claimId: string; limit?: number }): Promise<MatchItem[]> {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) throw notFound("That claim");
  const claim = await getDb().claim.findFirst({ where: { id: claimId, workspaceId: access.workspace.id }, select: matchedClaimSelect });
  if (!claim) throw notFound("That claim");
  return matchesOfClaim(access.workspace.id, claim, limit);
}

const matchedClaimSelect = {
  id: true, statement: true, claimant: true, claimDate: true, version: true,
  figureValue: true, figureUnit: true, figureQualifier: true, figureLow: true, figureHigh: true, figureCounted: true,
} as const;
type MatchedClaim = Prisma.ClaimGetPayload<{ select: typeof matchedClaimSelect }>;

async function matchesOfClaim(workspaceId: string, claim: MatchedClaim, limit: number): Promise<MatchItem[]> {
  const subject = { statement: claim.statement, claimant: claim.claimant, claimDate: claim.claimDate, figure: fromDbFigure(claim) };
  // Claims already linked as the same claim are the group (shown apart on the claim page), and a pair a
  // reviewer said is not the same stays dismissed: neither is offered as a match again.
  const [group, dismissed] = await Promise.all([groupMemberIds(getDb(), claim.id), listDismissedMatches(claim.id)]);
  return findMatches(workspaceId, subject, claim.id, limit, new Set([...group, ...dismissed]));
}

/**
 * System (the worker's, no actor): runs the matcher for one claim still to be checked and stores whether it
 * has a match (`hasMatch`, the triage filter's), on it and on the claims it matched (a match is symmetric
 * enough for triage). Written only if the claim is unchanged since it was read (same version), so a
 * statement edited meanwhile stays to be checked. Answers whether the claim was checked.
 */
export async function checkClaimMatches(claimId: string): Promise<boolean> {
  const claim = await getDb().claim.findUnique({ where: { id: claimId }, select: { ...matchedClaimSelect, workspaceId: true } });
  if (!claim) return false;
  const items = await matchesOfClaim(claim.workspaceId, claim, FORM_MATCHES);
  const matched = items.flatMap((item) => (item.kind === "claim" ? [item.claim.id] : []));
  return getDb().$transaction(async (tx) => {
    // updatedAt is left as it was: a check is no change a person made.
    const checked = await tx.$executeRaw`update claims set "hasMatch" = ${items.length > 0}, "matchCheckedAt" = now()
      where id = ${claim.id}::uuid and version = ${claim.version} and "matchCheckedAt" is null`;
    if (checked === 0) return false;
    if (matched.length) await tx.$executeRaw`update claims set "hasMatch" = true where id = any(${matched}::uuid[]) and not "hasMatch"`;
    return true;
  });
}

/** System (the worker's): the claims still to be checked by the matcher, the most recently changed first. */
export async function listClaimsToCheckForMatches(limit: number): Promise<string[]> {
  // The most recently changed first: a claim a reviewer just marked or edited is checked within seconds even
  // while a backfill (every claim, after the migration that added the flag) or a large import is under way.
  const rows = await getDb().claim.findMany({ where: { matchCheckedAt: null }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: limit, select: { id: true } });
  return rows.map((row) => row.id);
}

/**
 * The matches of a statement being written on an article of the workspace (the claim forms ask while the
 * reviewer types), leaving out the claim being edited. A figure that cannot be read yet is left out.
 */
export async function listDraftMatches({ actor, slug, draft, limit = FORM_MATCHES }: { actor: Actor; slug: string; draft: ClaimMatchDraft; limit?: number }): Promise<MatchItem[]> {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) throw notFound("That workspace");
  const article = await getDb().article.findFirst({ where: { id: draft.articleId, workspaceId: access.workspace.id }, select: { language: true } });
  if (!article) throw notFound("That article");
  const numbers = resolveClaimNumbers(draft, article.language);
  const { figureValue: value, figureUnit: unit, figureLow: low, figureHigh: high } = numbers.ok ? numbers.fields : {};
  const figure = draft.isFigure && typeof value === "number" && unit
    ? { value, unit, qualifier: draft.figureQualifier ?? null, low: typeof low === "number" ? low : null, high: typeof high === "number" ? high : null, counted: draft.figureCounted ?? null }
    : null;
  const subject = { statement: draft.statement, claimant: draft.claimant ?? null, claimDate: draft.claimDate ?? null, figure };
  return findMatches(access.workspace.id, subject, draft.claimId ?? null, limit);
}

/**
 * The claims an outside fact-check most likely reviewed (the ClaimReview page's suggestions to link): the same
 * matcher with the reviewed claim as the statement (its figure read from its text), leaving out the claims it
 * is already linked to as evidence. Members only; [] otherwise.
 */
export async function listClaimsForFactCheck({ actor, slug, source, limit }: {
  actor: Actor;
  slug: string;
  source: { id: string; claimReviewed: string; claimant: string | null; language: string | null };
  limit: number;
}) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return [];
  const subject = { statement: source.claimReviewed, claimant: source.claimant, claimDate: null, figure: figureOfText(source.claimReviewed, source.language) };
  const [matches, linked] = await Promise.all([
    findMatches(access.workspace.id, subject, null, MAX_MATCHES),
    getDb().evidence.findMany({ where: { sourceId: source.id, workspaceId: access.workspace.id }, select: { claimId: true } }),
  ]);
  const isLinked = new Set(linked.map((row) => row.claimId));
  return matches
    .flatMap((match) => (match.kind === "claim" && !isLinked.has(match.claim.id) ? [{ ...match.claim, claimId: match.claim.id, score: match.score, reasons: match.reasons }] : []))
    .slice(0, limit);
}

async function findMatches(workspaceId: string, probe: MatchSubject, excludeClaimId: string | null, limit: number, passOver: ReadonlySet<string> = new Set()): Promise<MatchItem[]> {
  const figure = probe.figure;
  const sql = matchCandidatesSql({
    workspaceId,
    statement: probe.statement,
    textWords: distinctiveWords(probe.statement),
    figureKey: figure ? quantityKey(figure.unit, figure.counted) : null,
    figurePivot: figure ? toCommonUnit(figure).value : null,
    excludeClaimId,
  });
  const rows = await getDb().$queryRaw<CandidateRow[]>(sql);
  const scored = rows.filter((row) => row.kind !== "claim" || !passOver.has(row.id)).map((row) => ({ id: row.id, row, ...scoreMatch(probe, subjectOf(row), { trigram: Number(row.trigram), lexemes: Number(row.lexemes) }) }));
  return rankMatches(scored, limit).map(({ row, score, reasons }) => toItem(row, score, reasons.map((reason) => reason.text)));
}

function subjectOf(row: CandidateRow): MatchSubject {
  const figure = row.kind === "claim" ? fromDbFigure(row) : figureOfText(row.text, row.language);
  return { statement: row.text, claimant: row.claimant, claimDate: row.claimDate, figure };
}

function toItem(row: CandidateRow, score: number, reasons: string[]): MatchItem {
  const level = row.levelId && row.levelLabel && row.levelColour ? { id: row.levelId, label: row.levelLabel, colour: row.levelColour } : null;
  if (row.kind === "claim") {
    return {
      kind: "claim", score, reasons,
      claim: { id: row.id, statement: row.text, status: row.status!, finalRating: level, articleId: row.articleId!, articleTitle: row.articleTitle ?? "" },
    };
  }
  return {
    kind: "claimreview", score, reasons,
    source: { id: row.id, title: row.title ?? "", url: row.url, publisher: row.publisher, publishedAt: row.publishedAt?.toISOString().slice(0, 10) ?? null, claimReviewed: row.text },
    rating: { label: row.ratingLabel, level },
  };
}
