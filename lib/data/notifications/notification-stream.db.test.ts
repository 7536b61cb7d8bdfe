import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";
import { createTestClaim } from "@test-support/data";
import { openEvents, startEventsServer, type EventsClient, type EventsServer } from "@test-support/live-servers";

// A notification's live event through a real events stream on a server of its own: its recipient gets it,
// with the notification's id; nobody else's stream carries it, not the owner's, not the actor's.

let w: ApiWorkspace;
let server: EventsServer;
const clients: EventsClient[] = [];

beforeAll(async () => {
  w = await createApiWorkspace();
  server = await startEventsServer(process.env.DATABASE_URL!);
});
afterAll(async () => {
  for (const client of clients) client.close();
  await server.close();
});

const open = async (token: string | undefined) => {
  const client = await openEvents(server, w.slug, { token });
  clients.push(client);
  expect(client.status).toBe(200);
  return client;
};

describe("a notification on the events stream", () => {
  it("reaches its recipient only", async () => {
    const [viewer, owner, editor] = [await open(w.tokens.viewer), await open(w.tokens.owner), await open(w.tokens.editor)];
    const claim = await createTestClaim(w.id, "Officials counted 12 million");
    const members = (await callApi({ method: "GET", url: `/workspaces/${w.slug}/members`, token: w.tokens.viewer })).body as { items: { id: string; name: string }[] };
    const name = members.items.find((m) => m.id === w.users.VIEWER.id)!.name;
    const posted = await callApi({ method: "POST", url: `/workspaces/${w.slug}/claims/${claim.id}/comments`, token: w.tokens.editor, body: { body: `@${name} see the census` } });
    expect(posted.status).toBe(201);
    await viewer.waitFor((events) => events.some((e) => e.event === "notification"), "the viewer's notification");
    const bell = (await callApi({ method: "GET", url: `/workspaces/${w.slug}/notifications`, token: w.tokens.viewer })).body as { notifications: { id: string }[] };
    expect(viewer.events.find((e) => e.event === "notification")!.data).toEqual({ entityId: bell.notifications[0]!.id, claimId: claim.id, actorId: w.users.EDITOR.id });
    // A later change, after the notification in commit order: once the others have it, they had their chance.
    const marker = await createTestClaim(w.id, "A later claim");
    await callApi({ method: "PATCH", url: `/workspaces/${w.slug}/claims/${marker.id}`, token: w.tokens.owner, headers: { "if-match": '"1"' }, body: { claimant: "Officials" } });
    for (const [client, who] of [[owner, "owner"], [editor, "editor"]] as const) {
      await client.waitFor((events) => events.some((e) => e.event === "claim.updated" && e.data.claimId === marker.id), `the ${who}'s later event`);
      expect(client.events.some((e) => e.event === "comment.added" && e.data.claimId === claim.id)).toBe(true);
      expect(client.events.filter((e) => e.event === "notification")).toEqual([]);
    }
  });
});
