import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addReviewerToken, createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";
import { addTestMember, ageTestLiveEvents, createTestApiToken, createTestArticle, revokeTestApiTokens } from "@test-support/data";
import { openEvents, startEventsServer, type EventsClient, type EventsServer, type ReceivedEvent } from "@test-support/live-servers";
import { pruneLiveEvents } from "@/lib/data/events/events";
import { eventsRouteHandler } from "./events-route";
import { endUserSessions } from "@/lib/data/accounts/session-versions";
import { encode } from "next-auth/jwt";

// Two app servers against one database (issue 18): server A is the API in-process (callApi), whose writes
// record events; server B and server C each hold their own listening connection and serve the events
// stream: B as the App Router route (what `next dev` serves), C by the plain Node handler (what serve.mjs serves). What a user notices: the change reaches a client of another server, blind review holds there,
// a removed member's stream ends, and a reconnecting client gets exactly what it missed.

let w: ApiWorkspace;
let b: EventsServer;
let c: EventsServer;
const clients: EventsClient[] = [];

beforeAll(async () => {
  vi.stubEnv("CLAIMBENCH_EVENT_RECHECK_SECONDS", "0.5");
  w = await createApiWorkspace();
  b = await startEventsServer(process.env.DATABASE_URL!);
  // C serves the stream as scripts/serve.mjs does, with the plain Node handler beside Next; B through the route.
  c = await startEventsServer(process.env.DATABASE_URL!, { entry: "node" });
});
afterAll(async () => {
  for (const client of clients) client.close();
  await b.close();
  await c.close();
  vi.unstubAllEnvs();
});

const open = async (server: EventsServer, options: Parameters<typeof openEvents>[2]) => {
  const client = await openEvents(server, w.slug, options);
  clients.push(client);
  return client;
};
const named = (name: string, claimId?: string) => (events: ReceivedEvent[]) => events.some((e) => e.event === name && (!claimId || e.data.claimId === claimId));

async function markClaim(tag: string) {
  const body = `Officials said about 12 million people lived under the group in ${tag}.`;
  const article = await createTestArticle(w.id, body);
  const response = await callApi({ method: "POST", url: `/workspaces/${w.slug}/claims`, token: w.tokens.reviewer, body: { articleId: article.id, exact: "12 million people", statement: `12 million (${tag})` } });
  expect(response.status).toBe(201);
  return { claimId: (response.body as { id: string }).id, articleId: article.id };
}

const recordVerdict = async (token: string | undefined, claimId: string, rating = "Mostly true") =>
  expect((await callApi({ method: "POST", url: `/workspaces/${w.slug}/claims/${claimId}/verdicts`, token, body: { ratingId: w.ratings[rating], rationale: "Checked." } })).status).toBe(201);

describe("live events across app servers", () => {
  it("a claim created through server A reaches events clients of servers B and C, ids only", async () => {
    const onB = await open(b, { token: w.tokens.viewer });
    const onC = await open(c, { token: w.tokens.editor });
    expect(onB.status).toBe(200);
    const { claimId, articleId } = await markClaim("the first report");
    await onB.waitFor(named("claim.created", claimId), "claim.created on B");
    await onC.waitFor(named("claim.created", claimId), "claim.created on C");
    const event = onB.events.find((e) => e.data.claimId === claimId)!;
    expect(event.id).toMatch(/^\d+$/);
    expect(event.data).toEqual({ claimId, articleId, actorId: w.users.REVIEWER.id });
  });

  it("holds blind review on server B: a reviewer who has not rated learns only that a verdict was recorded", async () => {
    const secondToken = await addReviewerToken(w, "Second reviewer");
    const second = await open(b, { token: secondToken });
    const editor = await open(b, { token: w.tokens.editor });
    const { claimId } = await markClaim("the blind review check");
    await recordVerdict(w.tokens.reviewer, claimId);
    await editor.waitFor(named("verdict.recorded", claimId), "the editor's verdict event");
    await second.waitFor(named("verdict.recorded", claimId), "the second reviewer's verdict event");
    expect(editor.events.find((e) => e.event === "verdict.recorded")!.data).toMatchObject({ claimId, reviewerId: w.users.REVIEWER.id, actorId: w.users.REVIEWER.id });
    expect(second.events.find((e) => e.event === "verdict.recorded")!.data).toEqual({ claimId, rated: true });

    // Once they have rated, they see who rated too, as the claim page then shows them.
    await recordVerdict(secondToken, claimId, "False");
    await recordVerdict(w.tokens.reviewer, claimId, "True");
    await second.waitFor((events) => events.filter((e) => e.event === "verdict.recorded").length === 3, "three verdict events");
    expect(second.events.filter((e) => e.event === "verdict.recorded").at(-1)!.data).toMatchObject({ claimId, reviewerId: w.users.REVIEWER.id });
    // The split the verdicts made reaches the editor's queue.
    await editor.waitFor(named("disagreements.changed", claimId), "the queue change");
  });

  it("ends the stream of a member removed from the workspace within seconds", async () => {
    const member = await addTestMember(w.id, "REVIEWER", "Leaving reviewer");
    const leaving = await open(c, { token: await createTestApiToken({ workspaceId: w.id, userId: member.id }) });
    expect((await callApi({ method: "DELETE", url: `/workspaces/${w.slug}/members/${member.id}`, token: w.tokens.owner })).status).toBe(200);
    await leaving.waitFor(() => leaving.ended(), "the stream to end", 5000);
  });

  it("ends the stream of a token revoked while it is open", async () => {
    const member = await addTestMember(w.id, "VIEWER", "Token holder");
    const token = await createTestApiToken({ workspaceId: w.id, userId: member.id });
    const holder = await open(b, { token });
    await revokeTestApiTokens(member.id);
    await holder.waitFor(() => holder.ended(), "the stream to end", 5000);
  });

  it("streams to a signed-in session too, and ends when the user signs out everywhere", async () => {
    process.env.NEXTAUTH_SECRET ||= "a-test-secret-for-session-tokens-only";
    const member = await addTestMember(w.id, "EDITOR", "Signed-in editor");
    const cookie = `next-auth.session-token=${await encode({ token: { sub: member.id, sv: 0 }, secret: process.env.NEXTAUTH_SECRET })}`;
    const session = await open(c, { headers: { cookie } });
    expect(session.status).toBe(200);
    const { claimId } = await markClaim("the session check");
    await session.waitFor(named("claim.created", claimId), "claim.created by session");
    await endUserSessions({ userId: member.id });
    await session.waitFor(() => session.ended(), "the stream to end", 5000);
  });

  it("replays exactly the missed events in order after Last-Event-ID, and asks for a resync past retention", async () => {
    const live = await open(b, { token: w.tokens.viewer });
    const marked = [await markClaim("replay one"), await markClaim("replay two"), await markClaim("replay three")];
    await live.waitFor(named("claim.created", marked[2]!.claimId), "the third claim");
    const ids = marked.map(({ claimId }) => live.events.find((e) => e.event === "claim.created" && e.data.claimId === claimId)!.id!);

    const back = await open(c, { token: w.tokens.viewer, headers: { "Last-Event-ID": ids[0]! } });
    await back.waitFor((events) => events.length >= 2, "the replay");
    expect(back.events.map((e) => [e.id, e.event, e.data.claimId])).toEqual([
      [ids[1], "claim.created", marked[1]!.claimId],
      [ids[2], "claim.created", marked[2]!.claimId],
    ]);
    // The query parameter does the same, for clients that cannot send the header.
    const byQuery = await open(b, { token: w.tokens.viewer, query: `?lastEventId=${ids[1]}` });
    await byQuery.waitFor((events) => events.length >= 1, "the replay by query");
    expect(byQuery.events.map((e) => e.id)).toEqual([ids[2]]);

    // Past the retention, the sweep prunes them: that id is gone, so resync.
    await ageTestLiveEvents(w.id, 16);
    await pruneLiveEvents(15);
    const late = await open(c, { token: w.tokens.viewer, headers: { "Last-Event-ID": ids[2]! } });
    await late.waitFor(named("resync"), "resync");
    expect(late.events).toEqual([{ event: "resync", data: { reason: "expired" } }]);
  });

  it("sends a client that stops reading `resync` once its buffer is full, and drops it", async () => {
    vi.stubEnv("CLAIMBENCH_EVENT_BUFFER", "3");
    const handler = eventsRouteHandler(() => b.hub);
    const request = new Request(`http://localhost/api/v1/workspaces/${w.slug}/events`, { headers: { authorization: `Bearer ${w.tokens.viewer}` } });
    const response = await handler(request, { params: Promise.resolve({ slug: w.slug }) });
    vi.stubEnv("CLAIMBENCH_EVENT_BUFFER", "500");
    const watcher = await open(c, { token: w.tokens.viewer });
    const marked = [await markClaim("slow one"), await markClaim("slow two"), await markClaim("slow three")];
    await watcher.waitFor(named("claim.created", marked[2]!.claimId), "the third claim elsewhere");
    // Only now is the slow client's stream read: what it had room for, then resync, then the end.
    const text = await response.text();
    const names = [...text.matchAll(/^event: (.+)$/gm)].map((match) => match[1]);
    expect(names).toEqual(["claim.created", "claim.created", "resync"]);
    expect(text).toContain('data: {"reason":"overflow"}');
  });

  it.each([["the route", () => b], ["the Node handler", () => c]])("refuses callers who may not read the workspace, and bad Last-Event-IDs, before streaming (%s)", async (_, server) => {
    expect((await open(server(), {})).status).toBe(401);
    expect((await open(server(), { token: w.tokens.revoked })).status).toBe(401);
    expect((await open(server(), { token: w.tokens["other-workspace"] })).status).toBe(404);
    expect((await open(server(), { token: w.tokens.viewer, headers: { "Last-Event-ID": "12abc" } })).status).toBe(422);
  });
});
