import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { conflictSpread, figuresConflict, intervalInCommonUnit, normaliseFigure } from "@/lib/domain/figure-conflicts";
import { isSameQuantity } from "@/lib/domain/same-quantity";
import { fromDbFigure, type FigureView } from "./figure-codes";
import { memberOf, type Actor } from "./scope";

// Figure conflicts, stored as ordered pairs (figure_conflicts: firstId < secondId). Detection is
// incremental: a write that changes a claim's figure, statement or span calls
// detectFigureConflicts for it inside its transaction, which compares it with the claims stored
// under the same quantity key (an index lookup, claims_workspaceId_figureKey_idx), never with the
// whole workspace. Orphaned claims take no part: their article no longer says what they quote.

const candidateSelect = {
  id: true, statement: true, claimDate: true, figureKey: true, anchorStatus: true,
  figureValue: true, figureUnit: true, figureQualifier: true, figureLow: true, figureHigh: true, figureCounted: true,
} as const;

type Candidate = { id: string; statement: string; claimDate: Date | null; figureKey: string | null; figure: FigureView | null };

/** An orphaned claim's quote is no longer in its article's text, so its figure is compared with nothing. */
function toCandidate(row: { id: string; statement: string; claimDate: Date | null; figureKey: string | null; anchorStatus: string } & Parameters<typeof fromDbFigure>[0]): Candidate {
  const figure = row.anchorStatus === "ORPHANED" ? null : fromDbFigure(row);
  return { id: row.id, statement: row.statement, claimDate: row.claimDate, figureKey: row.figureKey, figure };
}

/** When two stored claims conflict, the pair's spread; null when they do not. */
export function comparePair(a: Candidate, b: Candidate): number | null {
  if (!a.figure || !b.figure || a.id === b.id) return null;
  const same = isSameQuantity(
    { unit: a.figure.unit, counted: a.figure.counted, statement: a.statement, claimDate: a.claimDate },
    { unit: b.figure.unit, counted: b.figure.counted, statement: b.statement, claimDate: b.claimDate },
  );
  return same && figuresConflict(a.figure, b.figure) ? conflictSpread(a.figure, b.figure) : null;
}

/**
 * Recomputes the stored pairs of each claim against its candidates, keeping the detection time of
 * pairs that still conflict. Returns every claim whose pairs changed (old and new partners), for
 * refreshClaimDisagreements.
 */
export async function detectFigureConflicts(tx: Tx, workspaceId: string, claimIds: readonly string[]): Promise<string[]> {
  const touched = new Set<string>(claimIds);
  for (const claimId of claimIds) {
    const row = await tx.claim.findFirst({ where: { id: claimId, workspaceId }, select: candidateSelect });
    const old = await tx.figureConflict.findMany({ where: { OR: [{ firstId: claimId }, { secondId: claimId }] }, select: { id: true, firstId: true, secondId: true, spread: true } });
    const conflicts = new Map<string, number>();
    if (row?.figureKey) {
      const claim = toCandidate(row);
      const candidates = await tx.claim.findMany({ where: { workspaceId, figureKey: row.figureKey, id: { not: claimId } }, select: candidateSelect });
      for (const candidate of candidates) {
        const spread = comparePair(claim, toCandidate(candidate));
        if (spread !== null) conflicts.set(candidate.id, spread);
      }
    }
    const partnerOf = (pair: { firstId: string; secondId: string }) => (pair.firstId === claimId ? pair.secondId : pair.firstId);
    const stored = new Map(old.map((pair) => [partnerOf(pair), pair]));
    const gone = old.filter((pair) => !conflicts.has(partnerOf(pair)));
    if (gone.length) await tx.figureConflict.deleteMany({ where: { id: { in: gone.map((pair) => pair.id) } } });
    const added: { workspaceId: string; firstId: string; secondId: string; spread: number }[] = [];
    const changed = gone.map(partnerOf);
    for (const [partner, spread] of conflicts) {
      const pair = stored.get(partner);
      if (pair && pair.spread === spread) continue;
      changed.push(partner);
      if (pair) await tx.figureConflict.update({ where: { id: pair.id }, data: { spread }, select: { id: true } });
      else added.push({ workspaceId, ...(claimId < partner ? { firstId: claimId, secondId: partner } : { firstId: partner, secondId: claimId }), spread });
    }
    // A pair written meanwhile by the partner's own edit is already there: kept, with its detection time.
    if (added.length) await tx.figureConflict.createMany({ data: added, skipDuplicates: true });
    for (const id of changed) touched.add(id);
  }
  return [...touched];
}

/** The other claims of the figure conflicts listed under each claim (see claim-disagreements.ts). */
export async function listFigurePartners(workspaceId: string, claimIds: readonly string[]): Promise<Map<string, { id: string; statement: string }[]>> {
  const partners = new Map<string, { id: string; statement: string }[]>();
  if (claimIds.length === 0) return partners;
  const pairs = await getDb().figureConflict.findMany({
    where: { workspaceId, OR: [{ firstId: { in: [...claimIds] } }, { secondId: { in: [...claimIds] }, first: { status: "RESOLVED" } }] },
    orderBy: [{ spread: "desc" }, { id: "asc" }],
    select: { firstId: true, secondId: true, first: { select: { id: true, statement: true } }, second: { select: { id: true, statement: true } } },
  });
  const listed = new Set(claimIds);
  for (const pair of pairs) {
    const [owner, other] = listed.has(pair.firstId) && pair.first ? [pair.firstId, pair.second] : [pair.secondId, pair.first];
    partners.set(owner, [...(partners.get(owner) ?? []), other]);
  }
  return partners;
}

const sideSelect = {
  id: true, statement: true, exact: true, status: true, claimant: true,
  figureValue: true, figureUnit: true, figureQualifier: true, figureLow: true, figureHigh: true, figureCounted: true,
  article: { select: { id: true, title: true, publisher: true, publishedAt: true } },
} as const;

/**
 * Every figure conflict of a claim (whichever queue row lists it), for the side-by-side view: both
 * claims' quotes and figures, the values normalised to one unit.
 */
export async function listClaimFigureConflicts({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }) {
  const pairs = await getDb().figureConflict.findMany({
    where: { OR: [{ firstId: claimId }, { secondId: claimId }], first: memberOf(actor, slug) },
    orderBy: [{ spread: "desc" }, { id: "asc" }],
    select: { id: true, spread: true, createdAt: true, first: { select: sideSelect }, second: { select: sideSelect } },
  });
  return pairs.map((pair) => {
    const [self, other] = pair.first.id === claimId ? [pair.first, pair.second] : [pair.second, pair.first];
    return { id: pair.id, spread: pair.spread, since: pair.createdAt, self: describeSide(self), other: describeSide(other) };
  });
}

export type FigureConflictView = Awaited<ReturnType<typeof listClaimFigureConflicts>>[number];

function describeSide(claim: { id: string; statement: string; exact: string; status: "OPEN" | "IN_REVIEW" | "DISPUTED" | "RESOLVED"; claimant: string | null; article: { id: string; title: string; publisher: string | null; publishedAt: Date | null } } & Parameters<typeof fromDbFigure>[0]) {
  const figure = fromDbFigure(claim);
  return {
    id: claim.id,
    statement: claim.statement,
    exact: claim.exact,
    status: claim.status,
    claimant: claim.claimant,
    article: claim.article,
    figure,
    normalised: figure ? { ...normaliseFigure(figure), counted: figure.counted, allows: intervalInCommonUnit(figure) } : null,
  };
}

/**
 * Detects the figure conflicts of a whole workspace in one pass (claims grouped by quantity key,
 * compared within each group), replacing what is stored. For bulk loads (benchmarks, backfills), where
 * detecting claim by claim would cost a transaction each. No access check: system use.
 */
export async function detectWorkspaceFigureConflicts(tx: Tx, workspaceId: string): Promise<number> {
  const rows = await tx.claim.findMany({ where: { workspaceId, figureKey: { not: null } }, orderBy: [{ figureKey: "asc" }, { id: "asc" }], select: candidateSelect });
  const pairs: { workspaceId: string; firstId: string; secondId: string; spread: number }[] = [];
  let group: Candidate[] = [];
  const flush = () => {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const spread = comparePair(group[i]!, group[j]!);
        if (spread !== null) pairs.push({ workspaceId, firstId: group[i]!.id, secondId: group[j]!.id, spread });
      }
    }
    group = [];
  };
  for (const row of rows) {
    if (group.length && group[0]!.figureKey !== row.figureKey) flush();
    group.push(toCandidate(row));
  }
  flush();
  await tx.figureConflict.deleteMany({ where: { workspaceId } });
  for (let i = 0; i < pairs.length; i += 5000) await tx.figureConflict.createMany({ data: pairs.slice(i, i + 5000) });
  return pairs.length;
}
