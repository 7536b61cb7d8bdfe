import { beforeAll, describe, expect, it } from "vitest";
import { createTestArticle, createTestClaim, createTestWorkspace } from "@test-support/data";
import { getDb } from "@/lib/db/client";
import { PRESENCE_STALE_SECONDS } from "@/lib/domain/presence";
import { heartbeatPresence, leavePresence, listPresence, prunePresence } from "./presence";

// Presence as people on one page would notice it: who is listed, with what activity, and when the page is
// told (a `presence` event) to re-read the list: on arrivals, changes and departures, not on every heartbeat.

type Workspace = Awaited<ReturnType<typeof createTestWorkspace>>;
let w: Workspace;
let slug: string;
beforeAll(async () => {
  w = await createTestWorkspace();
  slug = w.workspace.slug;
});

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 4, 12, 0, seconds));
const presenceEvents = (pageId: string) =>
  getDb().liveEvent.findMany({ where: { name: "presence", OR: [{ articleId: pageId }, { claimId: pageId }] }, orderBy: { id: "asc" }, select: { workspaceId: true, articleId: true, claimId: true, actorId: true } });
const names = async (page: { kind: "article" | "claim"; id: string }, now: Date, as = w.users.VIEWER) =>
  (await listPresence({ actor: as, slug, page, now })).people.map((person) => [person.name, person.activity]);

describe("presence", () => {
  it("upserts one row per person and page, and records an event only when who is there changes", async () => {
    const article = await createTestArticle(w.workspace.id);
    const page = { kind: "article" as const, id: article.id };
    const rania = w.users.REVIEWER;
    expect(await heartbeatPresence({ actor: rania, slug, input: { ...page, activity: "reading" }, now: at(0) })).toEqual({ changed: true });
    expect(await heartbeatPresence({ actor: rania, slug, input: { ...page, activity: "reading" }, now: at(10) })).toEqual({ changed: false });
    expect(await heartbeatPresence({ actor: rania, slug, input: { ...page, activity: "reading" }, now: at(20) })).toEqual({ changed: false });
    expect(await getDb().presence.count({ where: { pageId: article.id } })).toBe(1);
    expect(await presenceEvents(article.id)).toEqual([{ workspaceId: w.workspace.id, articleId: article.id, claimId: null, actorId: rania.id }]);

    await heartbeatPresence({ actor: w.users.EDITOR, slug, input: { ...page, activity: "reading" }, now: at(21) });
    expect(await names(page, at(22))).toEqual([[`REVIEWER ${slug.slice(2)}`, "reading"], [`EDITOR ${slug.slice(2)}`, "reading"]]);
    expect(await presenceEvents(article.id)).toHaveLength(2);
  });

  it("reports a change of activity with a new `since`, and a departure at once", async () => {
    const claim = await createTestClaim(w.workspace.id);
    const page = { kind: "claim" as const, id: claim.id };
    await heartbeatPresence({ actor: w.users.EDITOR, slug, input: { ...page, activity: "reading" }, now: at(0) });
    expect(await heartbeatPresence({ actor: w.users.EDITOR, slug, input: { ...page, activity: "editing" }, now: at(5) })).toEqual({ changed: true });
    const [person] = (await listPresence({ actor: w.users.VIEWER, slug, page, now: at(6) })).people;
    expect(person).toMatchObject({ userId: w.users.EDITOR.id, activity: "editing", since: at(5).toISOString() });
    expect((await presenceEvents(claim.id)).map((event) => event.claimId)).toEqual([claim.id, claim.id]);

    expect(await leavePresence({ actor: w.users.EDITOR, slug, input: page, now: at(7) })).toEqual({ changed: true });
    expect(await names(page, at(8))).toEqual([]);
    expect(await presenceEvents(claim.id)).toHaveLength(3);
    // Leaving twice (a beacon after the row went) tells nobody anything.
    expect(await leavePresence({ actor: w.users.EDITOR, slug, input: page, now: at(9) })).toEqual({ changed: false });
    expect(await presenceEvents(claim.id)).toHaveLength(3);
  });

  it("hides stale rows, drops them on the next heartbeat on the page, and the sweep prunes the rest", async () => {
    const article = await createTestArticle(w.workspace.id);
    const lonely = await createTestArticle(w.workspace.id);
    const page = { kind: "article" as const, id: article.id };
    await heartbeatPresence({ actor: w.users.REVIEWER, slug, input: { ...page, activity: "reading" }, now: at(0) });
    await heartbeatPresence({ actor: w.users.REVIEWER, slug, input: { kind: "article", id: lonely.id, activity: "reading" }, now: at(0) });
    const stale = at(PRESENCE_STALE_SECONDS + 1);
    expect(await names(page, stale)).toEqual([]);

    // Someone else's heartbeat on the page drops the stale row, and the page is told.
    expect(await heartbeatPresence({ actor: w.users.EDITOR, slug, input: { ...page, activity: "reading" }, now: stale })).toEqual({ changed: true });
    expect(await getDb().presence.findMany({ where: { pageId: article.id }, select: { userId: true } })).toEqual([{ userId: w.users.EDITOR.id }]);

    // Nobody is left on the lonely page to drop the row: the sweep does, with an event for that page.
    const before = (await presenceEvents(lonely.id)).length;
    expect(await prunePresence(stale)).toBeGreaterThanOrEqual(1);
    expect(await getDb().presence.count({ where: { pageId: lonely.id } })).toBe(0);
    expect(await presenceEvents(lonely.id)).toHaveLength(before + 1);
  });

  it("does not leak across workspaces, and a removed member is not shown", async () => {
    const other = await createTestWorkspace();
    const theirArticle = await createTestArticle(other.workspace.id);
    // A page of another workspace is not found through this one, and this workspace's people are not listed there.
    await expect(heartbeatPresence({ actor: w.users.REVIEWER, slug, input: { kind: "article", id: theirArticle.id, activity: "reading" }, now: at(0) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listPresence({ actor: w.users.VIEWER, slug, page: { kind: "article", id: theirArticle.id }, now: at(0) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const article = await createTestArticle(w.workspace.id);
    const page = { kind: "article" as const, id: article.id };
    await expect(listPresence({ actor: other.users.OWNER, slug, page, now: at(0) })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const leaver = await createTestWorkspace(["REVIEWER"]);
    await getDb().membership.create({ data: { workspaceId: w.workspace.id, userId: leaver.users.REVIEWER.id, role: "REVIEWER" } });
    await heartbeatPresence({ actor: leaver.users.REVIEWER, slug, input: { ...page, activity: "reading" }, now: at(0) });
    expect(await names(page, at(1))).toHaveLength(1);
    await getDb().membership.deleteMany({ where: { workspaceId: w.workspace.id, userId: leaver.users.REVIEWER.id } });
    expect(await names(page, at(2))).toEqual([]);
    await expect(heartbeatPresence({ actor: leaver.users.REVIEWER, slug, input: { ...page, activity: "reading" }, now: at(3) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
