import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { countWorkspaceRows } from "@test-support/data";
import { encodeCursor } from "@/lib/schemas/api";
import { API_ROUTES, type RouteId } from "./routes";
import { createApiWorkspace, ownerCredentials, SCENARIOS, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";

// Inputs that once reached Postgres (or a recursive walk) and came back as 500s. Each is the sender's
// to fix: a 4xx naming what is wrong, and nothing written.

let w: ApiWorkspace;
beforeAll(async () => {
  w = await createApiWorkspace();
});

const LISTS = API_ROUTES.filter((route) => route.method === "GET" && route.query).map((route) => route.id as RouteId);
const WRITES = API_ROUTES.filter((route) => route.body).map((route) => route.id as RouteId);

function withQuery(url: string, extra: Record<string, string>): string {
  const parsed = new URL(url, "http://x");
  for (const [key, value] of Object.entries(extra)) parsed.searchParams.set(key, value);
  return `${parsed.pathname}${parsed.search}`;
}

async function expectRefused(response: { status: number; body: unknown }) {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
}

describe("query strings and cursors", () => {
  for (const id of LISTS) {
    it(`${id}: NUL in any query parameter, and forged cursors, are 422s`, async () => {
      const request = await SCENARIOS[id](w);
      const names = [...new URL(request.url, "http://x").searchParams.keys(), "q", "cursor"];
      for (const name of names) {
        const response = await callApi({ method: "GET", url: withQuery(request.url, { [name]: "12\u0000million" }), token: w.tokens.owner });
        await expectRefused(response);
        expect(response.status).toBe(422);
      }
      if (!("cursor" in (API_ROUTES.find((route) => route.id === id)!.query as z.ZodObject).shape)) return; // not a list in pages (one file, one set of figures)
      const zero = "00000000-0000-4000-8000-000000000000";
      // A key of another list may decode for this one (a title can read like a date): never a 500.
      for (const cursor of [encodeCursor(["0000-01-01T00:00:00.000Z", zero]), encodeCursor([1, "0000-06-01T00:00:00.000Z", zero])]) {
        const response = await callApi({ method: "GET", url: withQuery(request.url, { cursor }), token: w.tokens.owner });
        expect([200, 422]).toContain(response.status);
      }
      for (const cursor of [encodeCursor(["a\u0000b", zero]), encodeCursor(["\ud800", zero])]) {
        const response = await callApi({ method: "GET", url: withQuery(request.url, { cursor }), token: w.tokens.owner });
        expect(response.status).toBe(422);
        expect(response.body).toMatchObject({ error: { fields: { cursor: [expect.any(String)] } } });
      }
    });
  }

  it("a cursor holding the year 0000 is refused on the lists kept in time order", async () => {
    const zero = "00000000-0000-4000-8000-000000000000";
    for (const url of [`/workspaces/${w.slug}/claims`, `/workspaces/${w.slug}/sources`]) {
      const response = await callApi({ method: "GET", url: withQuery(url, { cursor: encodeCursor(["0000-01-01T00:00:00.000Z", zero]) }), token: w.tokens.owner });
      expect(response.status).toBe(422);
    }
    const queue = await callApi({ method: "GET", url: withQuery(`/workspaces/${w.slug}/disagreements`, { cursor: encodeCursor([1, "0000-06-01T00:00:00.000Z", zero]) }), token: w.tokens.owner });
    expect(queue.status).toBe(422);
  });
});

describe("bodies", () => {
  for (const id of WRITES) {
    it(`${id}: deeply nested JSON and lone surrogates are 422s naming the field, and write nothing`, async () => {
      const request = await SCENARIOS[id](w);
      const valid = request.body as Record<string, unknown>;
      const field = Object.keys(valid).find((key) => typeof valid[key] === "string") ?? "note";
      const deep = `{"${field}":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
      const cases = [
        { rawBody: deep },
        { rawBody: JSON.stringify({ ...valid, [field]: "placeholder" }).replace('"placeholder"', '"half \\ud83d of an emoji"') },
        { rawBody: JSON.stringify({ ...valid, extra: { nested: ["\\udc00"] } }).replace('"\\\\udc00"', '"\\udc00"') },
      ];
      for (const call of cases) {
        const before = await countWorkspaceRows(w.id);
        const response = await callApi({ ...request, ...call, body: undefined, ...(await ownerCredentials(w, id)) });
        await expectRefused(response);
        expect(response.status).toBe(422);
        expect(await countWorkspaceRows(w.id)).toEqual(before);
      }
    });
  }
});
