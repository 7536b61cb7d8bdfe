import "server-only";
import type { Tx } from "@/lib/db/client";
import { comparableFigure, FIGURE_SEVERITY_MIN, FIGURE_SEVERITY_STEPS, severityOfSpread, toCommonUnit } from "@/lib/domain/figure-conflicts";
import { QuantityGroup, type QuantityMember } from "@/lib/domain/quantity-group";
import { Prisma } from "@/lib/generated/prisma/client";
import { memberSelect, toMember } from "./figure-conflicts";

// The candidates of one claim's figure conflicts as the database finds them, so that a write reads a
// few rows however many claims share the quantity: the claims of its key whose stored interval lies
// wholly below or above its own (two index range scans), each with the spread their intervals alone
// give (the gap over the larger value, as lib/domain/figure-conflicts.ts spreadBetween computes it).
// That spread is exact for the values; whether the two claims are about the same subject is then
// checked here, on the few rows that could matter, by the domain's rules.

export type Self = QuantityMember & { figureKey: string };

type CandidateRow = Prisma.ClaimGetPayload<{ select: typeof memberSelect }> & { spread: number };

// Rounding slack, so that a spread computed in SQL never bounds the domain's from below.
const SLACK = 1e-9;

/** Stores the intervals of the key's claims that have none yet (claims from before the column). */
export async function healIntervals(tx: Tx, workspaceId: string, figureKey: string): Promise<void> {
  const rows = await tx.claim.findMany({ where: { workspaceId, figureKey, conflictLow: null, anchorStatus: { not: "ORPHANED" } }, select: memberSelect });
  const members = rows.map(toMember).filter((m): m is QuantityMember => m !== null);
  if (members.length) await storeIntervals(tx, new Map(members.map((m) => [m.id, intervalOf(m)])));
}

export function intervalOf(member: QuantityMember): { low: number; high: number } {
  const { low, high } = comparableFigure(member.figure);
  return { low, high };
}

/**
 * The claims of the key whose interval is disjoint from `self`'s, widest spread first, from `offset`.
 * `weighing`: only those whose stored severity is below (`gain`) or at most (`depend`) what a
 * conflict with `self` could weigh.
 */
async function disjoint(tx: Tx, workspaceId: string, self: Self, { weighing, limit, offset = 0 }: { weighing?: "gain" | "depend"; limit?: number; offset?: number }) {
  const { low, high } = intervalOf(self);
  const value = Math.abs(toCommonUnit(self.figure).value);
  const f8 = (x: number) => Prisma.sql`${String(x)}::float8`;
  // severityOfSpread in SQL, with the domain's constants.
  const weight = Prisma.sql`greatest(${FIGURE_SEVERITY_MIN}, ceil(${FIGURE_SEVERITY_STEPS} * (s.spread + ${SLACK})))`;
  const filter = weighing === "gain" ? Prisma.sql`and (s."figureConflict" is null or s."figureConflict" < ${weight})`
    : weighing === "depend" ? Prisma.sql`and (s."figureConflict" is null or s."figureConflict" <= ${weight})` : Prisma.empty;
  return tx.$queryRaw<CandidateRow[]>`
    select * from (
      select c.id, c.statement, c."claimDate", c."conflictLow", c."conflictHigh", c."figureConflict", c."figureValue", c."figureUnit",
        c."figureQualifier", c."figureLow", c."figureHigh", c."figureCounted",
        (greatest(${f8(low)}, c."conflictLow") - least(${f8(high)}, c."conflictHigh"))
          / greatest(${f8(value)}, abs(c."figureValue" * case when c."figureUnit" = 'FRACTION'::"FigureUnit" then 100 else 1 end)) as spread
      from claims c
      where c."workspaceId" = ${workspaceId}::uuid and c."figureKey" = ${self.figureKey} and c.id <> ${self.id}::uuid
        and c."anchorStatus" <> 'ORPHANED'::"AnchorStatus" and (c."conflictHigh" < ${f8(low)} or c."conflictLow" > ${f8(high)})
    ) s
    where true ${filter}
    order by s.spread desc, s.id
    ${limit === undefined ? Prisma.empty : Prisma.sql`limit ${limit} offset ${offset}`}`;
}

/** The candidates (with their stored severity) that `self` truly conflicts with, and the spread of each. */
function conflictsAmong(self: Self, rows: CandidateRow[]) {
  const members = rows.map((row) => ({ row, member: toMember(row) })).filter((m): m is { row: CandidateRow; member: QuantityMember } => m.member !== null);
  const group = new QuantityGroup([{ ...self, interval: null }, ...members.map((m) => m.member)]);
  return members.flatMap(({ row }) => {
    const spread = group.spread(self.id, row.id);
    return spread === null ? [] : [{ id: row.id, severity: row.figureConflict, spread }];
  });
}

const CHUNK = 32;

/**
 * `self`'s severity, reading candidates widest first a chunk at a time: stops when a conflict weighs
 * as much as the next candidate could (or `enough`), so usually after one chunk.
 */
export async function severityFromDb(tx: Tx, workspaceId: string, self: Self, enough = Infinity): Promise<number | null> {
  let best = 0;
  for (let offset = 0; ; offset += CHUNK) {
    const rows = await disjoint(tx, workspaceId, self, { limit: CHUNK, offset });
    for (let i = 0; i < rows.length; i++) {
      if (best > 0 && severityOfSpread(rows[i]!.spread + SLACK) <= best) return best;
      const [found] = conflictsAmong(self, [rows[i]!]);
      if (found) best = Math.max(best, severityOfSpread(found.spread));
      if (best >= enough) return best;
    }
    if (rows.length < CHUNK) return best > 0 ? best : null;
  }
}

/** The claims whose severity a conflict with `self` raises (gain) or may have set (depend). */
export async function weighedConflicts(tx: Tx, workspaceId: string, self: Self, weighing: "gain" | "depend") {
  return conflictsAmong(self, await disjoint(tx, workspaceId, self, { weighing }));
}

const BATCH = 5000;
// Sent as text: a JSON parameter cannot carry an open end (Infinity), Postgres' float8 input can.
const float = (x: number | undefined) => (x === undefined ? "" : String(x));

export async function storeIntervals(tx: Tx, intervals: Map<string, { low: number; high: number } | null>) {
  const entries = [...intervals];
  for (let i = 0; i < entries.length; i += BATCH) {
    const batch = entries.slice(i, i + BATCH);
    await tx.$executeRaw`
      update claims c set "conflictLow" = nullif(u.low, '')::float8, "conflictHigh" = nullif(u.high, '')::float8
      from unnest(${batch.map(([id]) => id)}::uuid[], ${batch.map(([, v]) => float(v?.low))}::text[], ${batch.map(([, v]) => float(v?.high))}::text[]) as u(id, low, high)
      where c.id = u.id and (c."conflictLow", c."conflictHigh") is distinct from (nullif(u.low, '')::float8, nullif(u.high, '')::float8)`;
  }
}
