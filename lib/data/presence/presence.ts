import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { heartbeatChangesPage, presenceCutoff, type PresenceActivity, type PresencePageKind } from "@/lib/domain/presence";
import type { PresenceHeartbeat, PresenceList, PresencePage } from "@/lib/schemas/presence";
import { recordEvent } from "@/lib/data/events/events";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

// Presence rows (the presence table): state in Postgres so that every app server sees the same people, and a
// `presence` event (ids only: the page) through the live events whenever the set of people on a page changes,
// so that each page re-reads who is there. Heartbeats that change nothing record nothing.

type Page = { workspaceId: string; kind: PresencePageKind; id: string };

/** The page must be one of the workspace's: presence on another desk's article is "not found". */
async function requirePage(tx: Tx, { workspaceId, kind, id }: Page): Promise<void> {
  const where = { id, workspaceId };
  const found = kind === "article" ? await tx.article.findFirst({ where, select: { id: true } }) : await tx.claim.findFirst({ where, select: { id: true } });
  if (!found) throw notFound(kind === "article" ? "That article" : "That claim");
}

const pageWhere = ({ workspaceId, kind, id }: Page) => ({ workspaceId, pageKind: kind, pageId: id });

/** The event every page of this kind and id listens for. */
function recordPresenceEvent(tx: Tx, page: Page, actorId: string | null) {
  return recordEvent(tx, {
    workspaceId: page.workspaceId, name: "presence", actorId,
    ...(page.kind === "article" ? { articleId: page.id } : { claimId: page.id }),
  });
}

/** Stale rows of one page go; whether any did (the people others see changed). */
async function dropStale(tx: Tx, page: Page, now: Date): Promise<boolean> {
  const { count } = await tx.presence.deleteMany({ where: { ...pageWhere(page), lastSeenAt: { lt: presenceCutoff(now) } } });
  return count > 0;
}

/**
 * The page's heartbeat: this person is on this page, doing this. Upserts their row; records a `presence`
 * event when they arrived, came back after going stale or changed activity, or when stale rows of others on
 * the page were dropped on the way (so a person who vanished without a goodbye leaves within a heartbeat).
 */
export async function heartbeatPresence({ actor, slug, input, now = new Date() }: { actor: Actor; slug: string; input: PresenceHeartbeat; now?: Date }): Promise<{ changed: boolean }> {
  const access = await requireWorkspaceRole({ actor, slug, role: "VIEWER", tried: "show that you are on this page" });
  const page: Page = { workspaceId: access.workspace.id, kind: input.kind, id: input.id };
  return getDb().$transaction(async (tx) => {
    await requirePage(tx, page);
    const key = { userId: actor.id, pageKind: input.kind, pageId: input.id };
    const previous = await tx.presence.findUnique({ where: { userId_pageKind_pageId: key }, select: { activity: true, lastSeenAt: true } });
    const mine = heartbeatChangesPage(previous, input.activity, now);
    const droppedOthers = await dropStale(tx, page, now);
    const values = { workspaceId: page.workspaceId, activity: input.activity, lastSeenAt: now, ...(mine ? { since: now } : {}) };
    await tx.presence.upsert({ where: { userId_pageKind_pageId: key }, create: { ...key, ...values, since: now }, update: values });
    const changed = mine || droppedOthers;
    if (changed) await recordPresenceEvent(tx, page, actor.id);
    return { changed };
  });
}

/** The page was closed (sendBeacon on pagehide): the row goes, and others are told if it was shown. */
export async function leavePresence({ actor, slug, input, now = new Date() }: { actor: Actor; slug: string; input: PresencePage; now?: Date }): Promise<{ changed: boolean }> {
  const access = await requireWorkspaceRole({ actor, slug, role: "VIEWER", tried: "leave this page" });
  const page: Page = { workspaceId: access.workspace.id, kind: input.kind, id: input.id };
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.presence.deleteMany({ where: { ...pageWhere(page), userId: actor.id, lastSeenAt: { gte: presenceCutoff(now) } } });
    // A stale row of theirs was not shown: it goes too, without telling anyone.
    await tx.presence.deleteMany({ where: { ...pageWhere(page), userId: actor.id } });
    if (count > 0) await recordPresenceEvent(tx, page, actor.id);
    return { changed: count > 0 };
  });
}

/**
 * Who is on the page now, longest there first: fresh rows of people who are still members of the workspace
 * (a removed member's row is not shown, whatever it says), with their names.
 */
export async function listPresence({ actor, slug, page: input, now = new Date() }: { actor: Actor; slug: string; page: PresencePage; now?: Date }): Promise<PresenceList> {
  const access = await requireWorkspaceRole({ actor, slug, role: "VIEWER", tried: "see who is on this page" });
  const page: Page = { workspaceId: access.workspace.id, kind: input.kind, id: input.id };
  // One snapshot: the page, its fresh rows and who of them is still a member.
  const { rows, members } = await getDb().$transaction(async (tx) => {
    await requirePage(tx, page);
    const rows = await tx.presence.findMany({
      where: { ...pageWhere(page), lastSeenAt: { gte: presenceCutoff(now) } },
      orderBy: [{ since: "asc" }, { userId: "asc" }],
      select: { userId: true, activity: true, since: true },
    });
    const members = await tx.membership.findMany({
      where: { workspaceId: page.workspaceId, userId: { in: rows.map((row) => row.userId) } },
      select: { userId: true, user: { select: { name: true } } },
    });
    return { rows, members };
  });
  const names = new Map(members.map((member) => [member.userId, member.user.name]));
  return {
    people: rows.flatMap((row) => {
      const name = names.get(row.userId);
      return name === undefined ? [] : [{ userId: row.userId, name, activity: row.activity as PresenceActivity, since: row.since.toISOString() }];
    }),
  };
}

/**
 * The jobs sweep: every stale row goes, with one `presence` event per page that lost someone, so that pages
 * nobody heartbeats on any more are cleaned too. Returns how many rows went.
 */
export async function prunePresence(now = new Date()): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const gone = await tx.$queryRaw<{ workspaceId: string; pageKind: PresencePageKind; pageId: string }[]>`
      delete from presence where "lastSeenAt" < ${presenceCutoff(now)} returning "workspaceId"::text, "pageKind", "pageId"::text`;
    const pages = new Map(gone.map((row) => [`${row.pageKind}:${row.pageId}`, row]));
    for (const row of pages.values()) await recordPresenceEvent(tx, { workspaceId: row.workspaceId, kind: row.pageKind, id: row.pageId }, null);
    return gone.length;
  });
}
