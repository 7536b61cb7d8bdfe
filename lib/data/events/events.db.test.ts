import { beforeAll, describe, expect, it } from "vitest";
import { createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi, type ApiCall } from "@test-support/call-api";
import { ageTestLiveEvents, createTestArticle } from "@test-support/data";
import { getDb } from "@/lib/db/client";
import { deleteClaim } from "@/lib/data/claims/claims";
import { listMissedEvents, pruneLiveEvents, recordEvent } from "./events";

// Every write people would see changed records its live event in its own transaction, ids only; a write
// that is refused (rolled back) records none.

let w: ApiWorkspace;
beforeAll(async () => {
  w = await createApiWorkspace();
});

const eventsOf = (workspaceId: string) =>
  getDb().liveEvent.findMany({ where: { workspaceId }, orderBy: { id: "asc" }, select: { id: true, name: true, claimId: true, articleId: true, entityId: true, actorId: true, reviewerId: true } });

async function call(request: Omit<ApiCall, "token"> & { as?: keyof ApiWorkspace["tokens"] }, status: number) {
  const response = await callApi({ ...request, token: w.tokens[request.as ?? "owner"] });
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body as { id: string; version: number };
}

describe("live events recorded by writes", () => {
  it("records one event per change, in order, and none for a refused write", async () => {
    const body = `About 12 million people lived under the group, officials said. ${crypto.randomUUID()}`;
    const article = await createTestArticle(w.id, body);
    const claims = `/workspaces/${w.slug}/claims`;
    const claim = await call({ method: "POST", url: claims, as: "reviewer", body: { articleId: article.id, exact: "12 million people", statement: "12 million" } }, 201);
    await call({ method: "PATCH", url: `${claims}/${claim.id}`, headers: { "if-match": '"99"' }, body: { claimant: "Officials" } }, 409);
    const updated = await call({ method: "PATCH", url: `${claims}/${claim.id}`, headers: { "if-match": `"${claim.version}"` }, body: { claimant: "Officials" } }, 200);
    const evidence = await call({ method: "POST", url: `${claims}/${claim.id}/evidence`, body: { sourceMode: "new", stance: "SUPPORTS", excerpt: "12 million", kind: "DATASET", title: "Census", url: "https://example.org/census" } }, 201);
    await call({ method: "DELETE", url: `${claims}/${claim.id}/evidence/${evidence.id}` }, 204);
    await call({ method: "POST", url: `${claims}/${claim.id}/verdicts`, as: "reviewer", body: { ratingId: w.ratings["Mostly true"], rationale: "Census." } }, 201);
    const version = (await call({ method: "GET", url: `${claims}/${claim.id}` }, 200)).version;
    await call({ method: "POST", url: `${claims}/${claim.id}/status`, body: { status: "RESOLVED", version, finalRatingId: w.ratings["Mostly true"], resolutionNote: "Agreed." } }, 200);
    await call({ method: "POST", url: `${claims}/${claim.id}/status`, body: { status: "OPEN", version: version + 1, reason: "New census." } }, 200);
    await call({ method: "POST", url: `${claims}/${claim.id}/assignments`, body: { userId: w.users.REVIEWER.id } }, 200);
    await call({ method: "PATCH", url: `/workspaces/${w.slug}/articles/${article.id}`, body: { version: 1, body: `Preface. ${body}` } }, 200);
    await call({ method: "PATCH", url: `/workspaces/${w.slug}/articles/${article.id}`, body: { version: 2, language: "en-GB" } }, 200);
    const now = (await call({ method: "GET", url: `${claims}/${claim.id}` }, 200)).version;
    await deleteClaim({ actor: w.users.OWNER, slug: w.slug, input: { claimId: claim.id, version: now } });

    const events = await eventsOf(w.id);
    expect(events.map((event) => event.name)).toEqual([
      "claim.created", "claim.updated", "evidence.added", "evidence.removed", "verdict.recorded",
      // The reviewer marked the claim: its reopening and their assignment notify them, each with its event.
      "claim.resolved", "claim.reopened", "notification", "claim.updated", "notification", "article.updated", "article.updated", "claim.deleted",
    ]);
    expect(updated.version).toBe(claim.version + 1);
    expect(events[0]).toMatchObject({ claimId: claim.id, articleId: article.id, actorId: w.users.REVIEWER.id });
    expect(events[2]).toMatchObject({ claimId: claim.id, entityId: evidence.id, actorId: w.users.OWNER.id });
    expect(events[4]).toMatchObject({ claimId: claim.id, reviewerId: w.users.REVIEWER.id });
    expect(events[10]).toMatchObject({ articleId: article.id, claimId: null });
  });

  it("records disagreements.changed when a split appears in the queue", async () => {
    const claim = await call({ method: "POST", url: `/workspaces/${w.slug}/claims`, as: "reviewer", body: { articleId: (await createTestArticle(w.id, `Some 40 percent had left. ${crypto.randomUUID()}`)).id, exact: "40 percent", statement: "40 percent left" } }, 201);
    for (const [as, rating] of [["reviewer", "True"], ["editor", "False"]] as const) {
      await call({ method: "POST", url: `/workspaces/${w.slug}/claims/${claim.id}/verdicts`, as, body: { ratingId: w.ratings[rating], rationale: "Checked." } }, 201);
    }
    const names = (await eventsOf(w.id)).filter((event) => event.claimId === claim.id).map((event) => event.name);
    // The split disputes the reviewer's claim, and they have rated it: they are notified.
    expect(names).toEqual(["claim.created", "verdict.recorded", "verdict.recorded", "disagreements.changed", "notification"]);
  });

  it("numbers events in commit order, so reading after an id never passes over one committed later", async () => {
    const [early, late] = [crypto.randomUUID(), crypto.randomUUID()];
    let inserted!: () => void;
    let release!: () => void;
    const insertedFirst = new Promise<void>((resolve) => (inserted = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first transaction records its event, then waits; the second records and commits meanwhile.
    const first = getDb().$transaction(async (tx) => {
      await recordEvent(tx, { workspaceId: w.id, name: "claim.updated", claimId: early });
      inserted();
      await gate;
    });
    await insertedFirst;
    await getDb().$transaction((tx) => recordEvent(tx, { workspaceId: w.id, name: "claim.updated", claimId: late }));
    const seen = (await eventsOf(w.id)).filter((event) => event.claimId === early || event.claimId === late);
    expect(seen.map((event) => event.claimId)).toEqual([late]);
    release();
    await first;
    const after = (await eventsOf(w.id)).filter((event) => event.id > seen[0]!.id);
    expect(after.map((event) => event.claimId)).toEqual([early]);
  });

  it("replays a workspace's events after an id it still keeps, and none after one it pruned", async () => {
    const events = await eventsOf(w.id);
    expect((await listMissedEvents({ workspaceId: w.id, afterId: events[0]!.id }))!.map((event) => event.id)).toEqual(events.slice(1).map((event) => event.id));
    await ageTestLiveEvents(w.id, 16);
    expect(await pruneLiveEvents(15)).toBeGreaterThanOrEqual(events.length);
    expect(await listMissedEvents({ workspaceId: w.id, afterId: events[0]!.id })).toBeNull();
  });
});
