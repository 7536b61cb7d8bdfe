import "server-only";
import type { Tx } from "@/lib/db/client";
import { severityOfSpread } from "@/lib/domain/figure-conflicts";
import { QuantityGroup, type QuantityMember } from "@/lib/domain/quantity-group";
import { Prisma } from "@/lib/generated/prisma/client";
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

type Keyed = { id: string; figureKey: string | null; anchorStatus: string };
function takesPart<T extends Keyed>(row: T): row is T & { figureKey: string } {
  return row.figureKey !== null && row.anchorStatus !== "ORPHANED";
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
  const rows = (await tx.claim.findMany({ where: { id: { in: [...ids] }, workspaceId }, select: { id: true, figureKey: true, anchorStatus: true } })).filter(takesPart);
  for (const [figureKey, written] of byKey(rows)) {
    const { group, stored } = await quantityOf(tx, workspaceId, figureKey);
    for (const { id } of written) {
      for (const partner of group.partnersOf(id).partners) {
        const severity = stored.get(partner.id)?.severity ?? null;
        const weight = severityOfSpread(partner.spread);
        if (ids.has(partner.id) || (severity !== null && severity > weight)) continue;
        // A severity below this conflict's is a stored state that missed it: recounted in full.
        const stale = severity === null || severity < weight || dependents.get(partner.id)?.enough === Infinity;
        dependents.set(partner.id, { figureKey, enough: stale ? Infinity : severity });
      }
    }
  }
  return { workspaceId, claimIds: [...ids], dependents };
}

/** Call after the write: stores the new intervals and severities. Returns the claims whose queue rows must be refreshed. */
export async function finishFigureWrite(tx: Tx, write: FigureWrite): Promise<string[]> {
  const { workspaceId } = write;
  const written = new Set(write.claimIds);
  const rows = await tx.claim.findMany({ where: { id: { in: write.claimIds }, workspaceId }, select: { id: true, figureKey: true, anchorStatus: true } });
  const intervals = new Map<string, { low: number; high: number } | null>();
  const severities = new Map<string, number | null>();
  for (const row of rows) {
    if (takesPart(row)) continue;
    intervals.set(row.id, null);
    severities.set(row.id, null);
  }
  const keys = new Set<string>([...rows.filter(takesPart).map((row) => row.figureKey), ...[...write.dependents.values()].map((d) => d.figureKey)]);
  for (const figureKey of keys) {
    const { group, stored } = await quantityOf(tx, workspaceId, figureKey, written);
    for (const id of group.ids()) if (written.has(id) || !stored.get(id)!.computed) intervals.set(id, group.intervalOf(id));
    for (const id of group.ids().filter((id) => written.has(id))) {
      severities.set(id, group.severityOf(id));
      for (const partner of group.partnersOf(id).partners) {
        if (written.has(partner.id) || write.dependents.has(partner.id)) continue;
        const current = severities.has(partner.id) ? severities.get(partner.id)! : stored.get(partner.id)!.severity;
        const gained = severityOfSpread(partner.spread);
        if (current === null || current < gained) severities.set(partner.id, gained);
      }
    }
    for (const [id, dependent] of write.dependents) {
      if (dependent.figureKey !== figureKey || !group.has(id)) continue;
      severities.set(id, group.severityOf(id, dependent.enough));
    }
  }
  await storeIntervals(tx, intervals);
  return storeSeverities(tx, severities, written);
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
  const keys = await tx.claim.findMany({ where: { workspaceId, figureKey: { not: null }, anchorStatus: { not: "ORPHANED" } }, distinct: ["figureKey"], select: { figureKey: true } });
  let conflicting = 0;
  for (const { figureKey } of keys) {
    const { group } = await quantityOf(tx, workspaceId, figureKey!);
    const intervals = new Map(group.ids().map((id) => [id, group.intervalOf(id)]));
    const severities = new Map(group.ids().map((id) => [id, group.severityOf(id)]));
    conflicting += [...severities.values()].filter((s) => s !== null).length;
    await storeIntervals(tx, intervals);
    await storeSeverities(tx, severities, new Set());
  }
  return conflicting;
}

/** The claims of a quantity as stored; the intervals of `written` claims are computed afresh (the stored ones predate the write). */
async function quantityOf(tx: Tx, workspaceId: string, figureKey: string, written: ReadonlySet<string> = new Set()) {
  const rows = await loadQuantity(tx, workspaceId, figureKey);
  const stored = new Map(rows.map((row) => [row.id, { severity: row.figureConflict, computed: row.conflictLow !== null && row.conflictHigh !== null }]));
  const members = rows.map((row) => toMember(written.has(row.id) ? { ...row, conflictLow: null, conflictHigh: null } : row));
  return { group: new QuantityGroup(members.filter((m): m is QuantityMember => m !== null)), stored };
}

function byKey<T extends { figureKey: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.figureKey, [...(map.get(row.figureKey) ?? []), row]);
  return map;
}

const BATCH = 5000;
// Sent as text: a JSON parameter cannot carry an open end (Infinity), Postgres' float8 input can.
const float = (x: number | undefined) => (x === undefined ? "" : String(x));

async function storeIntervals(tx: Tx, intervals: Map<string, { low: number; high: number } | null>) {
  const entries = [...intervals];
  for (let i = 0; i < entries.length; i += BATCH) {
    const batch = entries.slice(i, i + BATCH);
    await tx.$executeRaw`
      update claims c set "conflictLow" = nullif(u.low, '')::float8, "conflictHigh" = nullif(u.high, '')::float8
      from unnest(${batch.map(([id]) => id)}::uuid[], ${batch.map(([, v]) => float(v?.low))}::text[], ${batch.map(([, v]) => float(v?.high))}::text[]) as u(id, low, high)
      where c.id = u.id and (c."conflictLow", c."conflictHigh") is distinct from (nullif(u.low, '')::float8, nullif(u.high, '')::float8)`;
  }
}

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
