import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addReviewerToken, createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";
import { addTestMember, createTestApiToken, createTestArticle } from "@test-support/data";
import { openEvents, startEventsServer, type EventsClient, type EventsServer } from "@test-support/live-servers";

// The access checks of many streams on one server are made together (issue 18, "Speed and scale"): what a
// user notices is unchanged (a removed member among many loses the stream within seconds, the others keep
// theirs; blind review holds for every reviewer), while the server asks the database once per interval and
// once per verdict event, not once per stream.

let w: ApiWorkspace;
let server: EventsServer;
const clients: EventsClient[] = [];

beforeAll(async () => {
  vi.stubEnv("CLAIMBENCH_EVENT_RECHECK_SECONDS", "0.5");
  w = await createApiWorkspace();
  server = await startEventsServer(process.env.DATABASE_URL!, { entry: "node" }); // as serve.mjs serves it
});
afterAll(async () => {
  for (const client of clients) client.close();
  await server.close();
  vi.unstubAllEnvs();
});

async function openMany(tokens: string[]) {
  const opened = await Promise.all(tokens.map((token) => openEvents(server, w.slug, { token })));
  clients.push(...opened);
  for (const client of opened) expect(client.status).toBe(200);
  return opened;
}

describe("the shared access checks of a server's streams", () => {
  it("ends only the removed member's stream among many, with one statement per check for all of them", async () => {
    const stayers = await openMany(Array.from({ length: 12 }, (_, i) => [w.tokens.viewer, w.tokens.editor, w.tokens.reviewer][i % 3]!));
    const member = await addTestMember(w.id, "REVIEWER", "Leaving reviewer among many");
    const [leaving] = await openMany([await createTestApiToken({ workspaceId: w.id, userId: member.id })]);

    const before = server.hub.checks.queries;
    const started = Date.now();
    expect((await callApi({ method: "DELETE", url: `/workspaces/${w.slug}/members/${member.id}`, token: w.tokens.owner })).status).toBe(200);
    await leaving!.waitFor(() => leaving!.ended(), "the removed member's stream to end", 5000);
    const intervals = Math.ceil((Date.now() - started) / 500);

    expect(stayers.every((client) => !client.ended())).toBe(true);
    // 13 streams checked one by one would take 13 statements per interval; together they take one.
    expect(server.hub.checks.queries - before).toBeLessThanOrEqual(intervals + 1);
  });

  it("asks once, for every reviewer's stream together, whether they rated the claim of a verdict event", async () => {
    const tokens = await Promise.all(Array.from({ length: 6 }, (_, i) => addReviewerToken(w, `Blind reviewer ${i}`)));
    const reviewers = await openMany(tokens);
    const article = await createTestArticle(w.id, "Officials said about 12 million people lived under the group in the batched check.");
    const created = await callApi({ method: "POST", url: `/workspaces/${w.slug}/claims`, token: w.tokens.reviewer, body: { articleId: article.id, exact: "12 million people", statement: "12 million (batched)" } });
    const claimId = (created.body as { id: string }).id;
    // The first reviewer rates; everyone else learns only that a reviewer recorded a verdict.
    expect((await callApi({ method: "POST", url: `/workspaces/${w.slug}/claims/${claimId}/verdicts`, token: tokens[0], body: { ratingId: w.ratings["Mostly true"], rationale: "Checked." } })).status).toBe(201);
    for (const client of reviewers) await client.waitFor((events) => events.some((e) => e.event === "verdict.recorded" && e.data.claimId === claimId), "the verdict event");
    const seen = reviewers.map((client) => client.events.find((e) => e.event === "verdict.recorded" && e.data.claimId === claimId)!.data);
    expect(seen[0]).toMatchObject({ claimId, reviewerId: expect.any(String) });
    for (const data of seen.slice(1)) expect(data).toEqual({ claimId, rated: true });

    // A second reviewer rates: the stream of the first (who has rated) now sees who, the others still do not.
    const before = server.hub.checks.queries;
    expect((await callApi({ method: "POST", url: `/workspaces/${w.slug}/claims/${claimId}/verdicts`, token: tokens[1], body: { ratingId: w.ratings["False"], rationale: "Checked too." } })).status).toBe(201);
    for (const client of reviewers) await client.waitFor((events) => events.filter((e) => e.event === "verdict.recorded" && e.data.claimId === claimId).length === 2, "the second verdict event");
    expect(reviewers[0]!.events.filter((e) => e.event === "verdict.recorded").at(-1)!.data).toMatchObject({ claimId, reviewerId: expect.any(String) });
    expect(reviewers[2]!.events.filter((e) => e.event === "verdict.recorded").at(-1)!.data).toEqual({ claimId, rated: true });
    // Six streams asked whether their reviewer rated; one statement answered them (plus at most a shared access check or two).
    expect(server.hub.checks.queries - before).toBeLessThanOrEqual(3);
  });
});
