import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countWorkspaceRows } from "@test-support/data";
import { stopJobQueue } from "@/lib/jobs/queue";
import { API_ROUTES, type RouteId } from "./routes";
import { createApiWorkspace, ownerCredentials, SCENARIOS, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";

// Random and malformed bodies on every create and update endpoint, sent by an owner (who may do
// everything, so only the input decides): never a 500, and a 4xx writes nothing at all.

const WRITES = API_ROUTES.filter((route) => route.body).map((route) => route.id as RouteId);

const nasty = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, "", " ", -1, -1_000_000, 0, 1.5, Number.MAX_SAFE_INTEGER, 1e300, true, [], {}, "2017-02-30", "javascript:alert(1)", "\u0000", "\u202Eevil", "مليون ١٢", "😀".repeat(500), "x".repeat(300_000)),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.integer({ min: -100, max: 100_000 }),
);

/** A body: wholly random, or a valid one with fields broken, removed or added. */
function bodies(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  const offsets = fc.record({ start: fc.integer({ min: -10, max: 500 }), end: fc.integer({ min: -10, max: 500 }) });
  return fc.oneof(
    fc.jsonValue(),
    fc.record({ key: fc.constantFrom(...keys), value: nasty }).map(({ key, value }) => ({ ...valid, [key]: value })),
    fc.subarray(keys).map((drop) => Object.fromEntries(Object.entries(valid).filter(([key]) => !drop.includes(key)))),
    fc.record({ key: fc.string({ maxLength: 12 }), value: nasty }).map(({ key, value }) => ({ ...valid, [key]: value })),
    offsets.map((span) => ({ ...valid, ...span, exact: undefined })),
    offsets.map((span) => ({ ...valid, ...span })),
  );
}

let w: ApiWorkspace;
beforeAll(async () => {
  w = await createApiWorkspace();
});
afterAll(() => stopJobQueue());

describe("create and update endpoints under random input", () => {
  for (const id of WRITES) {
    it(`${id}: never 500, and nothing written on 4xx`, async () => {
      const request = await SCENARIOS[id](w);
      const valid = request.body as Record<string, unknown>;
      await fc.assert(
        fc.asyncProperty(bodies(valid), async (body) => {
          const before = await countWorkspaceRows(w.id);
          const response = await callApi({ ...request, body, ...(await ownerCredentials(w, id)) });
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
            expect(JSON.stringify(response.body)).not.toMatch(/prisma|postgres|at .*\.ts:\d+|invalid input syntax/i);
            expect(await countWorkspaceRows(w.id)).toEqual(before);
          }
        }),
        { numRuns: 20 },
      );
    });
  }

  it("malformed JSON, wrong content types and oversized bodies are refused before anything is read", async () => {
    const request = await SCENARIOS.createSource(w);
    const before = await countWorkspaceRows(w.id);
    for (const rawBody of ["{", "nul", "", "[1,2", "\"unterminated"]) {
      const response = await callApi({ ...request, rawBody, token: w.tokens.owner });
      expect(response.status, rawBody).toBe(422);
    }
    const asForm = await callApi({ ...request, rawBody: "kind=WEB_PAGE", headers: { "content-type": "application/x-www-form-urlencoded" }, token: w.tokens.owner });
    expect(asForm.status).toBe(415);
    const huge = await callApi({ ...request, body: { ...(request.body as object), note: "x".repeat(300 * 1024) }, token: w.tokens.owner });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(await countWorkspaceRows(w.id)).toEqual(before);
  });

  it("text with a NUL character (which Postgres cannot store) is a 422, not a 500", async () => {
    for (const id of ["createSource", "createArticle", "createClaim", "recordVerdict"] as const) {
      const request = await SCENARIOS[id](w);
      const body = Object.fromEntries(Object.entries(request.body as object).map(([key, value]) => [key, typeof value === "string" && !/^[0-9a-f-]{36}$/.test(value) && !value.includes("://") ? `${value}\u0000` : value]));
      const before = await countWorkspaceRows(w.id);
      const response = await callApi({ ...request, body, ...(await ownerCredentials(w, id)) });
      expect(response.status, id).toBe(422);
      expect(await countWorkspaceRows(w.id)).toEqual(before);
    }
  });

  it("a version or offset too large for a Postgres integer is a 422 naming the field, not a 500", async () => {
    const cases = WRITES.flatMap((id) => ["version", "start", "end"].map((field) => ({ id, field })));
    let checked = 0;
    for (const { id, field } of cases) {
      const request = await SCENARIOS[id](w);
      if (!(field in (request.body as object))) continue;
      const before = await countWorkspaceRows(w.id);
      const response = await callApi({ ...request, body: { ...(request.body as object), [field]: Number.MAX_SAFE_INTEGER }, token: w.tokens.owner });
      expect(response.status, `${id}.${field}`).toBe(422);
      expect(response.body, `${id}.${field}`).toMatchObject({ error: { code: "VALIDATION", fields: { [field]: [expect.any(String)] } } });
      expect(await countWorkspaceRows(w.id)).toEqual(before);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});

// Uploads: random forms (file names, contents, counts, other parts) and random bodies under random
// media types, sent by an owner. Never a 500, and a 4xx writes nothing (no job, no source, no event).
const UPLOADS = API_ROUTES.filter((route) => route.upload).map((route) => route.id as RouteId);

const fileName = fc.oneof(fc.constantFrom("a.txt", "b.md", "c.html", "d.json", "e.jsonld", "", ".", "../../etc/passwd", "\u0000.txt", "名前.txt", "x".repeat(300)), fc.string({ maxLength: 40 }));
const content = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.constantFrom("%PDF-1.4", "<html><head><title>Half", "{\"@type\":\"ClaimReview\"}", "\u0000\u0001", "[]", "{}"),
  fc.uint8Array({ maxLength: 300 }),
);
const forms = fc.record({
  files: fc.array(fc.record({ field: fc.constantFrom("files", "files", "file", "other"), name: fileName, content }), { maxLength: 3 }),
  fields: fc.dictionary(fc.constantFrom("stripScripts", "title", "files", "x"), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("on", "true", "false", ""))),
});
const rawBodies = fc.record({
  type: fc.constantFrom("application/json", "application/ld+json", "multipart/form-data", "multipart/form-data; boundary=x", "text/plain", "application/x-www-form-urlencoded"),
  body: fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue().map((value) => JSON.stringify(value))),
});

describe("upload endpoints under random input", () => {
  for (const id of UPLOADS) {
    it(`${id}: never 500, and nothing written on 4xx`, async () => {
      const request = await SCENARIOS[id](w);
      const check = async (call: Parameters<typeof callApi>[0]) => {
        const before = await countWorkspaceRows(w.id);
        const response = await callApi(call);
        expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
          expect(await countWorkspaceRows(w.id)).toEqual(before);
        }
      };
      await fc.assert(fc.asyncProperty(forms, (multipart) => check({ method: request.method, url: request.url, multipart, token: w.tokens.owner })), { numRuns: 20 });
      await fc.assert(
        fc.asyncProperty(rawBodies, ({ type, body }) => check({ method: request.method, url: request.url, rawBody: body, headers: { "content-type": type }, token: w.tokens.owner })),
        { numRuns: 20 },
      );
    });
  }
});
