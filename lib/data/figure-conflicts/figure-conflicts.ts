import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { intervalInCommonUnit, normaliseFigure } from "@/lib/domain/figure-conflicts";
import { QuantityGroup, type QuantityMember } from "@/lib/domain/quantity-group";
import { Prisma } from "@/lib/generated/prisma/client";
import { fromDbFigure } from "../claims/figure-codes";
import { memberOf, type Actor } from "../scope";

// Figure conflicts are not stored as pairs: n claims stating one quantity would make n²/2 of them.
// Each figure claim stores the interval its figure allows (claims.conflictLow/High) under its quantity
// key (claims.figureKey), and its own severity (claims.figureConflict, kept by
// figure-conflict-writes.ts). A claim's conflicts are found when they are read: the claims of its key
// whose interval lies wholly below or above its own, two range scans on
// claims_workspaceId_figureKey_conflictHigh_idx / _conflictLow_idx, farthest first, checked by the same
// rules as ever (lib/domain/quantity-group.ts). Orphaned claims take no part: their article no longer
// says what they quote (their interval is null). Claims from before the interval column have it
// null until their quantity is next written; they are read and compared too.

export const memberSelect = {
  id: true, statement: true, claimDate: true, conflictLow: true, conflictHigh: true, figureConflict: true,
  figureValue: true, figureUnit: true, figureQualifier: true, figureLow: true, figureHigh: true, figureCounted: true,
} as const;

type MemberRow = Prisma.ClaimGetPayload<{ select: typeof memberSelect }>;

export function toMember(row: MemberRow): QuantityMember | null {
  const figure = fromDbFigure(row);
  if (!figure) return null;
  const interval = row.conflictLow === null || row.conflictHigh === null ? null : { low: row.conflictLow, high: row.conflictHigh };
  return { id: row.id, statement: row.statement, claimDate: row.claimDate, figure, interval };
}

/** Every claim of a quantity key that takes part (not orphaned), for writes that must see them all. */
export async function loadQuantity(tx: Tx, workspaceId: string, figureKey: string): Promise<MemberRow[]> {
  return tx.claim.findMany({ where: { workspaceId, figureKey, anchorStatus: { not: "ORPHANED" } }, select: memberSelect });
}

const CANDIDATES_PER_SIDE = 50;

/**
 * The claims a claim may conflict with, farthest first: those of its key whose interval lies wholly
 * below or above its own (at most `perSide` each), and any whose interval is not computed yet.
 * `complete` is false when a side was cut off at `perSide`.
 */
async function candidatesOf(workspaceId: string, self: MemberRow & { figureKey: string }, perSide?: number) {
  const db = getDb();
  const base = { workspaceId, figureKey: self.figureKey, anchorStatus: { not: "ORPHANED" as const }, id: { not: self.id } };
  const uncomputed = self.conflictLow === null || self.conflictHigh === null;
  // An open end ("at least 100") has nothing beyond it; and an infinite bound cannot be sent as a parameter.
  const low = uncomputed || !Number.isFinite(self.conflictLow) ? null : self.conflictLow;
  const high = uncomputed || !Number.isFinite(self.conflictHigh) ? null : self.conflictHigh;
  const [below, above, pending] = await Promise.all([
    low === null ? [] : db.claim.findMany({ where: { ...base, conflictHigh: { lt: low } }, orderBy: [{ conflictHigh: "asc" }, { id: "asc" }], take: perSide, select: memberSelect }),
    high === null ? [] : db.claim.findMany({ where: { ...base, conflictLow: { gt: high } }, orderBy: [{ conflictLow: "desc" }, { id: "asc" }], take: perSide, select: memberSelect }),
    // An interval not computed yet could be anywhere: such claims (and, for one, all) are compared as they are.
    db.claim.findMany({ where: uncomputed ? base : { ...base, conflictLow: null }, select: memberSelect }),
  ]);
  const complete = perSide === undefined || (below.length < perSide && above.length < perSide);
  return { rows: [...below, ...above, ...pending], complete };
}

function groupOf(self: MemberRow, rows: MemberRow[]): QuantityGroup {
  return new QuantityGroup([self, ...rows].map(toMember).filter((m): m is QuantityMember => m !== null));
}

const FIGURE_PARTNERS_SHOWN = 3;

/**
 * For each claim of a page of the queue: the first claims it conflicts with (the widest of the
 * farthest), and whether there are more. No access check: the queue passes claims it has authorised.
 */
export async function listFigurePartners(workspaceId: string, claimIds: readonly string[]) {
  const partners = new Map<string, { partners: { id: string; statement: string }[]; more: boolean }>();
  if (claimIds.length === 0) return partners;
  const db = getDb();
  const selves = await db.claim.findMany({
    where: { workspaceId, id: { in: [...claimIds] }, figureKey: { not: null }, anchorStatus: { not: "ORPHANED" } },
    select: { ...memberSelect, figureKey: true },
  });
  const statements = new Map<string, string>();
  await Promise.all(selves.map(async (self) => {
    const key = self.figureKey!;
    const first = await candidatesOf(workspaceId, { ...self, figureKey: key }, CANDIDATES_PER_SIDE);
    let rows = first.rows;
    let found = groupOf(self, rows).partnersOf(self.id, FIGURE_PARTNERS_SHOWN);
    // The farthest candidates were all about other subjects: compare the rest too.
    if (!first.complete && found.partners.length < FIGURE_PARTNERS_SHOWN) {
      rows = (await candidatesOf(workspaceId, { ...self, figureKey: key })).rows;
      found = groupOf(self, rows).partnersOf(self.id, FIGURE_PARTNERS_SHOWN);
    }
    for (const row of rows) statements.set(row.id, row.statement);
    partners.set(self.id, { partners: found.partners.map((p) => ({ id: p.id, statement: statements.get(p.id)! })), more: found.more });
  }));
  return partners;
}

const sideSelect = {
  id: true, statement: true, exact: true, status: true, claimant: true,
  figureValue: true, figureUnit: true, figureQualifier: true, figureLow: true, figureHigh: true, figureCounted: true,
  article: { select: { id: true, title: true, publisher: true, publishedAt: true } },
} as const;

export const FIGURE_CONFLICTS_SHOWN = 20;

/**
 * A claim's figure conflicts for the side-by-side view, widest first: how many there are, and the
 * first `limit` with both claims' quotes and figures, the values normalised to one unit.
 */
export async function getClaimFigureConflicts({ actor, slug, claimId, limit = FIGURE_CONFLICTS_SHOWN }: { actor: Actor; slug: string; claimId: string; limit?: number }) {
  const db = getDb();
  const self = await db.claim.findFirst({
    where: { id: claimId, ...memberOf(actor, slug), figureKey: { not: null }, anchorStatus: { not: "ORPHANED" } },
    select: { ...memberSelect, workspaceId: true, figureKey: true },
  });
  if (!self) return { total: 0, conflicts: [] };
  const { rows } = await candidatesOf(self.workspaceId, { ...self, figureKey: self.figureKey! });
  const { partners } = groupOf(self, rows).partnersOf(self.id);
  const shown = partners.slice(0, limit);
  const sides = await db.claim.findMany({ where: { workspaceId: self.workspaceId, id: { in: [self.id, ...shown.map((p) => p.id)] } }, select: sideSelect });
  const byId = new Map(sides.map((side) => [side.id, describeSide(side)]));
  const own = byId.get(self.id)!;
  return {
    total: partners.length,
    conflicts: shown.flatMap((p) => {
      const other = byId.get(p.id);
      return other ? [{ id: `${self.id}:${p.id}`, spread: p.spread, self: own, other }] : [];
    }),
  };
}

/** The first page of a claim's figure conflicts (getClaimFigureConflicts without the count). */
export async function listClaimFigureConflicts(input: { actor: Actor; slug: string; claimId: string; limit?: number }) {
  return (await getClaimFigureConflicts(input)).conflicts;
}

export type FigureConflictView = Awaited<ReturnType<typeof listClaimFigureConflicts>>[number];

function describeSide(claim: Prisma.ClaimGetPayload<{ select: typeof sideSelect }>) {
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
