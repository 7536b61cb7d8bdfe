import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";

// Slots for expensive attempts (a bcrypt comparison per sign-in), taken BEFORE the work, so that a
// burst of parallel attempts cannot all pass a check made before any of them was counted. All the
// slots an attempt needs are taken in one transaction, all or nothing: an attempt refused by one
// limit does not use up the others (a stranger refused on an account must not eat its owner's
// slots, and the owner's refused retries must not either). Each key is one upsert
// (`insert … on conflict … do update … returning`), whose row lock makes concurrent attempts on one
// key queue up, each seeing the count the one before it left.

/** At most `max` attempts per window; the next one is refused until the window ends. */
export interface CapSlot {
  kind: "cap";
  key: string;
  max: number;
  windowSeconds: number;
}

/**
 * Never refused outright: after `free` attempts in the window, each further attempt must come at
 * least a growing delay after the one before (base·2^k seconds, at most maxSeconds).
 */
export interface DelaySlot {
  kind: "delay";
  key: string;
  free: number;
  baseSeconds: number;
  maxSeconds: number;
  windowSeconds: number;
}

export type Slot = CapSlot | DelaySlot;

export interface TakenSlot {
  key: string;
  resetAt: Date;
}

export type SlotResult =
  | { ok: true; taken: TakenSlot[] }
  | { ok: false; reason: "capped" | "delayed"; key: string; retryAfterSeconds: number };

class Refused extends Error {
  constructor(readonly reason: "capped" | "delayed", readonly key: string) {
    super(`slot refused: ${key}`);
  }
}

/** Takes one slot of every limit, or none. Caps first, in key order, then delays: one lock order for all. */
export async function takeSlots(slots: Slot[]): Promise<SlotResult> {
  const caps = slots.filter((slot): slot is CapSlot => slot.kind === "cap").sort((a, b) => a.key.localeCompare(b.key));
  const delays = slots.filter((slot): slot is DelaySlot => slot.kind === "delay").sort((a, b) => a.key.localeCompare(b.key));
  try {
    const taken = await getDb().$transaction(
      async (tx) => {
        const all: TakenSlot[] = [];
        for (const cap of caps) all.push(await takeCap(tx, cap));
        for (const delay of delays) all.push(await takeDelay(tx, delay));
        return all;
      },
      // Attempts on one key queue on its row lock; a burst must wait its turn, not time out.
      { maxWait: 15_000, timeout: 15_000 },
    );
    return { ok: true, taken };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { ok: false, reason: error.reason, key: error.key, retryAfterSeconds: await secondsUntilFree(error.key, error.reason) };
  }
}

async function takeCap(tx: Tx, slot: CapSlot): Promise<TakenSlot> {
  const [row] = await tx.$queryRaw<{ count: number; resetAt: Date }[]>`
    insert into rate_limits (key, count, "resetAt")
    values (${slot.key}, 1, now() + make_interval(secs => ${slot.windowSeconds}::double precision))
    on conflict (key) do update set
      count = case when rate_limits."resetAt" <= now() then 1 else rate_limits.count + 1 end,
      "resetAt" = case when rate_limits."resetAt" <= now() then excluded."resetAt" else rate_limits."resetAt" end
    returning count, "resetAt"`;
  if (!row || row.count > slot.max) throw new Refused("capped", slot.key);
  return { key: slot.key, resetAt: row.resetAt };
}

async function takeDelay(tx: Tx, slot: DelaySlot): Promise<TakenSlot> {
  // n = this attempt's number in the window; it may go at once while n ≤ free, and sets how long
  // the next one waits. The WHERE makes the upsert a no-op (no row returned) while the previous
  // attempt's delay is still running.
  const n = Prisma.sql`(case when rate_limits."resetAt" <= now() then 1 else rate_limits.count + 1 end)`;
  const wait = (count: Prisma.Sql) => Prisma.sql`case when ${count} <= ${slot.free} then null
    else now() + make_interval(secs => least(${slot.maxSeconds}::double precision,
      ${slot.baseSeconds}::double precision * power(2, ${count} - ${slot.free} - 1))) end`;
  const [row] = await tx.$queryRaw<{ resetAt: Date }[]>`
    insert into rate_limits (key, count, "resetAt", "notBefore")
    values (${slot.key}, 1, now() + make_interval(secs => ${slot.windowSeconds}::double precision), ${wait(Prisma.sql`1`)})
    on conflict (key) do update set
      count = ${n},
      "resetAt" = case when rate_limits."resetAt" <= now() then excluded."resetAt" else rate_limits."resetAt" end,
      "notBefore" = ${wait(n)}
    where rate_limits."resetAt" <= now() or rate_limits."notBefore" is null or rate_limits."notBefore" <= now()
    returning "resetAt"`;
  if (!row) throw new Refused("delayed", slot.key);
  return { key: slot.key, resetAt: row.resetAt };
}

async function secondsUntilFree(key: string, reason: "capped" | "delayed"): Promise<number> {
  const row = await getDb().rateLimit.findUnique({ where: { key }, select: { resetAt: true, notBefore: true } });
  const until = reason === "capped" ? row?.resetAt : row?.notBefore;
  return Math.max(1, Math.ceil(((until?.getTime() ?? Date.now()) - Date.now()) / 1000));
}

/**
 * Gives slots back (a sign-in that succeeded), in the window they were taken from. It never goes
 * below what the others left: only this attempt's own count is removed, never the window's failures.
 */
export async function releaseSlots(taken: TakenSlot[]): Promise<void> {
  if (taken.length === 0) return;
  const keys = taken.map((slot) => slot.key);
  const resets = taken.map((slot) => slot.resetAt);
  await getDb().$executeRaw`
    update rate_limits set count = greatest(rate_limits.count - 1, 0)
    from unnest(${keys}::text[], ${resets}::timestamp(3)[]) as t(k, r)
    where rate_limits.key = t.k and rate_limits."resetAt" = t.r`;
}
