import path from "node:path";
import type { NextConfig } from "next";
import { PassThrough } from "node:stream";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";
import { createTestArticle } from "@test-support/data";
import { openEvents, startEventsServer, type EventsServer } from "@test-support/live-servers";
import { resolveApiContext } from "@/lib/server/api/handler";
import { proxy } from "@/proxy";
import { eventsRoute, eventsRouteHandler, openEventsFor } from "./events-route";
import { nodeEventsHandler, nodeSink } from "./node-events";

// The events stream served beside Next by the plain Node handler (what scripts/serve.mjs now does) answers
// as the route did behind Next: the same security headers as proxy.ts and next.config.js give every /api
// answer, and the same JSON errors. What a user (or a browser's security checks) would notice otherwise.

let w: ApiWorkspace;
let server: EventsServer;

beforeAll(async () => {
  w = await createApiWorkspace();
  server = await startEventsServer(process.env.DATABASE_URL!, { entry: "node" });
});
afterAll(async () => {
  await server.close();
});

const eventsPath = () => `/api/v1/workspaces/${w.slug}/events`;
// Loaded by path: next build's type check has no declaration for the plain JavaScript config.
const configFile = path.resolve(import.meta.dirname, "../../../next.config.js");

/** What Next would put on an answer of that path: the proxy's headers and next.config.js's. */
async function nextHeaders(headers: Record<string, string> = {}): Promise<Record<string, string>> {
  const expected: Record<string, string> = {};
  const proxied = await proxy(new NextRequest(`http://localhost${eventsPath()}`, { headers }));
  for (const name of ["content-security-policy", "permissions-policy", "strict-transport-security"]) {
    const value = proxied.headers.get(name);
    if (value !== null) expected[name] = value;
  }
  // Both of next.config.js's entries match an /api path (only the public embed escapes X-Frame-Options).
  const { default: nextConfig } = (await import(/* @vite-ignore */ configFile)) as { default: NextConfig };
  for (const entry of await nextConfig.headers!()) for (const { key, value } of entry.headers) expected[key.toLowerCase()] = value;
  return expected;
}

/** The Node handler's answer (headers, status, and the first bytes of a stream) then the connection closed. */
async function get(headers: Record<string, string>) {
  const abort = new AbortController();
  const response = await fetch(`${server.origin}${eventsPath()}`, { headers, signal: abort.signal });
  const seen = Object.fromEntries(response.headers);
  const reader = response.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  abort.abort();
  return { status: response.status, headers: seen, first };
}

describe("the events stream's plain Node handler", () => {
  it("sets on the stream the security headers Next sets on an API answer, and keeps proxies from buffering it", async () => {
    const answer = await get({ authorization: `Bearer ${w.tokens.viewer}` });
    expect(answer.status).toBe(200);
    expect(answer.first).toContain(`: connected to ${w.slug}`);
    const expected = await nextHeaders();
    expect(expected["content-security-policy"]).toContain("default-src 'none'");
    expect(expected["strict-transport-security"]).toBeUndefined();
    expect(answer.headers).toMatchObject(expected);
    expect(answer.headers["strict-transport-security"]).toBeUndefined();
    expect(answer.headers).toMatchObject({ "content-type": "text/event-stream; charset=utf-8", "x-accel-buffering": "no", "x-content-type-options": "nosniff" });
    expect(answer.headers["cache-control"]).toContain("no-store");
  });

  it("adds HSTS when the request came over https through a proxy, as proxy.ts does", async () => {
    const answer = await get({ authorization: `Bearer ${w.tokens.viewer}`, "x-forwarded-proto": "https" });
    const expected = await nextHeaders({ "x-forwarded-proto": "https" });
    expect(expected["strict-transport-security"]).toContain("max-age=");
    expect(answer.headers).toMatchObject(expected);
  });

  it("refuses a request without credentials with the route's JSON error, and the same headers", async () => {
    const response = await fetch(`${server.origin}${eventsPath()}`);
    const route = await eventsRouteHandler(() => server.hub)(new Request(`http://localhost${eventsPath()}`), { params: Promise.resolve({ slug: w.slug }) });
    expect(response.status).toBe(401);
    expect(route.status).toBe(401);
    const body = await response.json();
    expect(body).toEqual(await route.json());
    expect(body).toMatchObject({ error: { code: "UNAUTHENTICATED", message: expect.stringContaining("Authorization: Bearer") } });
    expect(Object.fromEntries(response.headers)).toMatchObject({ ...(await nextHeaders()), "content-type": "application/json", "cache-control": "private, no-store" });
  });

  it("answers 404 for a workspace the token does not belong to, and leaves other paths to Next", async () => {
    const other = await fetch(`${server.origin}/api/v1/workspaces/${w.slug}-elsewhere/events`, { headers: { authorization: `Bearer ${w.tokens.viewer}` } });
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    // A POST, or another path, is not the handler's: serve.mjs hands it to Next (here, the route's handler).
    const handler = nodeEventsHandler(() => server.hub);
    const request = (method: string, url: string) => ({ method, url }) as Parameters<typeof handler.matches>[0];
    expect(handler.matches(request("GET", `${eventsPath()}?lastEventId=12`))).toBe(true);
    expect(handler.matches(request("POST", eventsPath()))).toBe(false);
    expect(handler.matches(request("GET", `${eventsPath()}/`))).toBe(false);
    expect(handler.matches(request("GET", `/api/v1/workspaces/${w.slug}/claims`))).toBe(false);
  });

  it("sends a client that stops reading `resync` once its buffer is full, and drops it", async () => {
    vi.stubEnv("CLAIMBENCH_EVENT_BUFFER", "3");
    try {
      const request = new Request(`http://localhost${eventsPath()}`, { headers: { authorization: `Bearer ${w.tokens.viewer}` } });
      const stream = await openEventsFor(server.hub, await resolveApiContext(eventsRoute, request, { slug: w.slug }));
      // A response whose client reads nothing: past its first chunk, everything written waits in it.
      const response = new PassThrough({ highWaterMark: 1 });
      stream.attach(nodeSink(response, 3));
      const watcher = await openEvents(server, w.slug, { token: w.tokens.viewer });
      const claims: string[] = [];
      for (const tag of ["one", "two", "three", "four"]) {
        const article = await createTestArticle(w.id, `Officials said about 12 million people lived under the group in ${tag}.`);
        const created = await callApi({ method: "POST", url: `/workspaces/${w.slug}/claims`, token: w.tokens.reviewer, body: { articleId: article.id, exact: "12 million people", statement: `12 million (${tag})` } });
        claims.push((created.body as { id: string }).id);
        await watcher.waitFor((events) => events.some((e) => e.data.claimId === claims.at(-1)), `claim ${tag} elsewhere`);
      }
      watcher.close();
      // Only now is the slow client's response read: what it had room for, then resync, then the end.
      let text = "";
      for await (const chunk of response) text += String(chunk);
      expect([...text.matchAll(/^event: (.+)$/gm)].map((match) => match[1])).toEqual(["claim.created", "claim.created", "resync"]);
      expect(text).toContain('data: {"reason":"overflow"}');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
