import "server-only";
import type { Tx } from "@/lib/db/client";
import { severityOfSpread } from "@/lib/domain/figure-conflicts";
import { QuantityGroup, type QuantityMember } from "@/lib/domain/quantity-group";
import { Prisma } from "@/lib/generated/prisma/client";
import { healIntervals, intervalOf, severityFromDb, storeIntervals, weighedConflicts, type Self } from "./figure-candidates";
import { loadQuantity, memberSelect, toMember } from "./figure-conflicts";

// Keeps each figure claim's stored interval and figure-conflict severity (claims.conflictLow/High,
// figureConflict, figureConflictSince) current, in the transaction of every write that changes a
// claim's figure, statement, span or anchoring, or deletes it. Only rows whose visible state changes
// are written, so one more claim on a quantity of n claims writes a few rows, not n:
// - the claim itself: its interval, and its severity from a sweep of its quantity;
// - a claim it now conflicts with gets the new conflict's severity if that is greater than its own;
// - a claim whose severity came from a conflict the write removed (found before the write) has its
//   severity recomputed, a sweep that stops as soon as the old severity still holds.
// Since is when the claim began to conflict with any other: kept while it does, so a new partner does
// not rewrite every claim of the quantity. Writes to figures of one workspace take a lock first, so two
// of them cannot each miss the other's claim.

/** What a write must know from before it: the claims whose severity may have come from the written ones. */
export interface FigureWrite {
  workspaceId: string;
  claimIds: string[];
  /** Claim → its quantity key, and the severity at which a recount may stop (its old one, unless that was stale). */
  dependents: Map<string, { figureKey: string; enough: number }>;
}

const keyedSelect = { ...memberSelect, figureKey: true, anchorStatus: true } as const;
type Keyed = Prisma.ClaimGetPayload<{ select: typeof keyedSelect }>;

/** The claim as a member of its quantity, or null when it takes no part (no figure or key, or orphaned). */
function selfOf(row: Keyed): Self | null {
  const member = row.figureKey !== null && row.anchorStatus !== "ORPHANED" ? toMember(row) : null;
  return member && { ...member, figureKey: row.figureKey! };
}

/**
 * Serialises the figure writes of a workspace until the transaction ends (taken again, it is already
 * held). Take it before writing any claim row, or two writes could each wait for the other.
 */
export async function lockFigures(tx: Tx, workspaceId: string) {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`figure-conflicts:${workspaceId}`}, 0))`;
}

/** Call before changing or deleting the claims (and before writing any claim row, for the lock). */
export async function beginFigureWrite(tx: Tx, workspaceId: string, claimIds: readonly string[]): Promise<FigureWrite> {
  await lockFigures(tx, workspaceId);
  const ids = new Set(claimIds);
  const dependents: FigureWrite["dependents"] = new Map();
  const rows = ids.size ? await tx.claim.findMany({ where: { id: { in: [...ids] }, workspaceId }, select: keyedSelect }) : [];
  const healed = new Set<string>();
  for (const self of rows.map(selfOf)) {
    if (!self) continue;
    if (!healed.has(self.figureKey)) await healIntervals(tx, workspaceId, self.figureKey);
    healed.add(self.figureKey);
    for (const partner of await weighedConflicts(tx, workspaceId, self, "depend")) {
      const weight = severityOfSpread(partner.spread);
      if (ids.has(partner.id) || (partner.severity !== null && partner.severity > weight)) continue;
      // A severity below this conflict's is a stored state that missed it: recounted in full.
      const stale = partner.severity === null || partner.severity < weight || dependents.get(partner.id)?.enough === Infinity;
      dependents.set(partner.id, { figureKey: self.figureKey, enough: stale ? Infinity : partner.severity! });
    }
  }
  return { workspaceId, claimIds: [...ids], dependents };
}

// Past this many claims to recount, one read of their quantities beats a query each.
const RECOUNT_IN_MEMORY = 20;

/** Call after the write: stores the new intervals and severities. Returns the claims whose queue rows must be refreshed. */
export async function finishFigureWrite(tx: Tx, write: FigureWrite): Promise<string[]> {
  const { workspaceId } = write;
  const written = new Set(write.claimIds);
  const rows = written.size ? await tx.claim.findMany({ where: { id: { in: write.claimIds }, workspaceId }, select: keyedSelect }) : [];
  const selves = rows.map(selfOf).filter((self): self is Self => self !== null);
  const severities = new Map<string, number | null>(rows.filter((row) => !selfOf(row)).map((row) => [row.id, null]));
  // Intervals first, so that each written claim is compared with the others' new figures.
  const byId = new Map(selves.map((self) => [self.id, self]));
  await storeIntervals(tx, new Map(rows.map((row) => [row.id, byId.has(row.id) ? intervalOf(byId.get(row.id)!) : null])));
  for (const key of new Set(selves.map((self) => self.figureKey))) await healIntervals(tx, workspaceId, key);
  for (const self of selves) {
    severities.set(self.id, await severityFromDb(tx, workspaceId, self));
    for (const partner of await weighedConflicts(tx, workspaceId, self, "gain")) {
      if (written.has(partner.id) || write.dependents.has(partner.id)) continue;
      const current = severities.has(partner.id) ? severities.get(partner.id)! : partner.severity;
      const gained = severityOfSpread(partner.spread);
      if (current === null || current < gained) severities.set(partner.id, gained);
    }
  }
  await recountDependents(tx, workspaceId, write.dependents, severities);
  return storeSeverities(tx, severities, written);
}

async function recountDependents(tx: Tx, workspaceId: string, dependents: FigureWrite["dependents"], severities: Map<string, number | null>) {
  if (dependents.size === 0) return;
  if (dependents.size <= RECOUNT_IN_MEMORY) {
    const rows = await tx.claim.findMany({ where: { id: { in: [...dependents.keys()] }, workspaceId }, select: keyedSelect });
    for (const self of rows.map(selfOf)) if (self) severities.set(self.id, await severityFromDb(tx, workspaceId, self, dependents.get(self.id)!.enough));
    return;
  }
  for (const figureKey of new Set([...dependents.values()].map((d) => d.figureKey))) {
    const { group } = await quantityOf(tx, workspaceId, figureKey);
    for (const [id, dependent] of dependents) {
      if (dependent.figureKey === figureKey && group.has(id)) severities.set(id, group.severityOf(id, dependent.enough));
    }
  }
}

/**
 * Recomputes the intervals and severities of every figure claim of a workspace, one quantity at a
 * time: for bulk loads (workspace import, benchmarks) and repairs. Returns how many claims conflict.
 */
export async function recountWorkspaceFigureConflicts(tx: Tx, workspaceId: string): Promise<number> {
  await lockFigures(tx, workspaceId);
  // Claims that take no part keep no interval or severity.
  await tx.$executeRaw`update claims set "conflictLow" = null, "conflictHigh" = null, "figureConflict" = null, "figureConflictSince" = null
    where "workspaceId" = ${workspaceId}::uuid and ("figureKey" is null or "anchorStatus" = 'ORPHANED'::"AnchorStatus")
      and ("conflictLow" is not null or "figureConflict" is not null)`;
  // One read, claims in key order; each quantity's stored interval is recomputed from its figure.
  const rows = await tx.claim.findMany({ where: { workspaceId, figureKey: { not: null }, anchorStatus: { not: "ORPHANED" } }, orderBy: [{ figureKey: "asc" }, { id: "asc" }], select: keyedSelect });
  const intervals = new Map<string, { low: number; high: number } | null>();
  const severities = new Map<string, number | null>();
  for (let start = 0; start < rows.length;) {
    let end = start;
    while (end < rows.length && rows[end]!.figureKey === rows[start]!.figureKey) end += 1;
    const members = rows.slice(start, end).map((row) => toMember({ ...row, conflictLow: null, conflictHigh: null }));
    const group = new QuantityGroup(members.filter((m): m is QuantityMember => m !== null));
    for (const id of group.ids()) {
      intervals.set(id, group.intervalOf(id));
      severities.set(id, group.severityOf(id));
    }
    start = end;
  }
  await storeIntervals(tx, intervals);
  await storeSeverities(tx, severities, new Set());
  return [...severities.values()].filter((severity) => severity !== null).length;
}

/** The claims of a quantity as stored, for sweeps in memory. */
async function quantityOf(tx: Tx, workspaceId: string, figureKey: string) {
  const rows = await loadQuantity(tx, workspaceId, figureKey);
  return { group: new QuantityGroup(rows.map(toMember).filter((m): m is QuantityMember => m !== null)) };
}

const BATCH = 5000;

/**
 * Writes the severities that changed (and since: when a claim starts to conflict). Returns those
 * claims and the written ones, whose queue rows the caller refreshes.
 */
async function storeSeverities(tx: Tx, severities: Map<string, number | null>, written: Set<string>): Promise<string[]> {
  const entries = [...severities];
  const changed = new Set(written);
  for (let i = 0; i < entries.length; i += BATCH) {
    const batch = entries.slice(i, i + BATCH);
    const rows = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
      update claims c set "figureConflict" = s.severity,
        "figureConflictSince" = case when s.severity is null then null else coalesce(c."figureConflictSince", now()) end
      from unnest(${batch.map(([id]) => id)}::uuid[], ${batch.map(([, s]) => (s === null ? "" : String(s)))}::text[]) as u(id, raw)
      cross join lateral (select nullif(u.raw, '')::int as severity) s(severity)
      where c.id = u.id and c."figureConflict" is distinct from s.severity
      returning c.id`);
    for (const row of rows) changed.add(row.id);
  }
  return [...changed];
}
