import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LiveEvent, LiveEventName } from "@/lib/domain/live-events";

// The live events table (live_events) and its NOTIFY (issue 18). recordEvent runs inside the write's own
// transaction; when that transaction commits, a deferred trigger (see the live_events migration) gives the
// event its final id, in commit order, and NOTIFYs it. Postgres delivers a NOTIFY only when its transaction
// commits, so an event is sent only for a write that happened, and its row is there to read when the
// listener is told of it; ids in commit order let readers ask for "everything after id N" without gaps.

export const LIVE_EVENTS_CHANNEL = "claimbench_events";

export interface LiveEventInput {
  workspaceId: string;
  name: LiveEventName;
  claimId?: string | null;
  articleId?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  reviewerId?: string | null;
  /** For an event meant for one person only (a `notification`, lib/domain/live-events.ts). */
  recipientId?: string | null;
}

/** One insert in the caller's transaction; the commit numbers and notifies it. */
export async function recordEvent(tx: Tx, input: LiveEventInput): Promise<void> {
  await tx.$executeRaw`
    insert into live_events ("workspaceId", name, "claimId", "articleId", "entityId", "actorId", "reviewerId", "recipientId")
    values (${input.workspaceId}::uuid, ${input.name}, ${input.claimId ?? null}::uuid, ${input.articleId ?? null}::uuid,
      ${input.entityId ?? null}::uuid, ${input.actorId ?? null}::uuid, ${input.reviewerId ?? null}::uuid, ${input.recipientId ?? null}::uuid)`;
}

const COLUMNS = Prisma.sql`id, "workspaceId"::text, name, "claimId"::text, "articleId"::text, "entityId"::text, "actorId"::text, "reviewerId"::text, "recipientId"::text`;

/** What a listening connection can run a query on: its own pg Client, so each server reads over its own session. */
export interface Queryable {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

type EventRow = Omit<LiveEvent, "id"> & { id: string | bigint };
const toEvent = (row: EventRow): LiveEvent => ({ ...row, id: BigInt(row.id) });

/** Every workspace's events after `afterId`, oldest first: what a listener forwards on a notification. */
export async function readEventsAfter(client: Queryable, afterId: bigint, limit = 1000): Promise<LiveEvent[]> {
  const statement = Prisma.sql`select ${COLUMNS} from live_events where id > ${afterId} order by id limit ${limit}`;
  const { rows } = await client.query(statement.text, statement.values);
  return (rows as EventRow[]).map(toEvent);
}

/** The newest event's id (0 without any): where a listener starts. */
export async function readLastEventId(client: Queryable): Promise<bigint> {
  const { rows } = await client.query("select coalesce(max(id), 0)::text as id from live_events", []);
  return BigInt((rows[0] as { id: string }).id);
}

/**
 * What a client that last saw `afterId` missed in its workspace, oldest first; null when that event is no
 * longer kept (pruned, or never one of this workspace's), so the client must reload instead.
 */
export async function listMissedEvents({ workspaceId, afterId }: { workspaceId: string; afterId: bigint }): Promise<LiveEvent[] | null> {
  const db = getDb();
  const seen = await db.$queryRaw<{ id: bigint }[]>`select id from live_events where id = ${afterId} and "workspaceId" = ${workspaceId}::uuid`;
  if (seen.length === 0) return null;
  const rows = await db.$queryRaw<EventRow[]>`
    select ${COLUMNS} from live_events where "workspaceId" = ${workspaceId}::uuid and id > ${afterId} order by id`;
  return rows.map(toEvent);
}

/** Events older than the retention go (the jobs sweep calls this); a client that missed them gets `resync`. */
export async function pruneLiveEvents(retentionMinutes: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionMinutes * 60_000);
  return getDb().$executeRaw`delete from live_events where "createdAt" < ${cutoff}`;
}

