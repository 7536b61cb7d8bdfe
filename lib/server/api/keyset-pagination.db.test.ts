import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimChangeTimes, claimsRankedFor, createQueuedClaim, evidenceCreationTimes, recordVerdictsAt, retitleArticle, setSortInstant, sourceCreationTimes, verdictCreationTimes } from "@test-support/keyset-data";
import { createTestApiToken, createTestArticle, createTestClaim, createTestEvidence, createTestSource, createTestWorkspace } from "@test-support/data";
import { addReviewerToken, createApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";

// Every list of the API walked page by page with a small limit: each row comes exactly once and in
// the list's order, also when rows are added or changed between two pages (the cursor holds the last
// row's sort key, not an offset, so nothing shifts under it).

type Row = { id: string };
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ids = (rows: Row[]) => rows.map((row) => row.id);
const sameTime = new Date("2026-01-02T03:04:05.678Z");

async function setup() {
  const { workspace, users } = await createTestWorkspace(["OWNER"]);
  const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.OWNER.id });
  return { workspace, token, base: `/workspaces/${workspace.slug}` };
}

/** Follows `next` to the end; `between(page)` runs after each page but the last. */
async function walk(url: string, token: string, between?: (page: number) => Promise<void>) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 1; page < 100; page++) {
    const separator = url.includes("?") ? "&" : "?";
    const response = await callApi({ method: "GET", url: `${url}${separator}limit=2${cursor ? `&cursor=${cursor}` : ""}`, token });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const body = response.body as { items: Row[]; next: string | null };
    expect(body.items.length).toBeLessThanOrEqual(2);
    seen.push(...ids(body.items));
    if (body.next === null) return seen;
    cursor = body.next;
    await between?.(page);
  }
  throw new Error("The walk did not end");
}

/** The rows that existed before the walk, each exactly once and in `expected` order; no row twice. */
function expectEachOnceInOrder(seen: string[], expected: string[]) {
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.filter((id) => expected.includes(id))).toEqual(expected);
}

describe("keyset pagination of the API's lists", () => {
  it("walks the articles by title then id, ties included, while articles are added and edited", async () => {
    const { workspace, token, base } = await setup();
    const titles = ["Gamma", "Beta", "Alpha", "Beta", "Beta", "Delta"];
    const articles = [];
    for (const title of titles) {
      const { id } = await createTestArticle(workspace.id);
      await retitleArticle(id, title);
      articles.push({ id, title });
    }
    const expected = ids(articles.toSorted((a, b) => (a.title === b.title ? byId(a.id, b.id) : a.title < b.title ? -1 : 1)));
    expect(await walk(`${base}/articles`, token)).toEqual(expected);

    const seen = await walk(`${base}/articles`, token, async (page) => {
      if (page !== 1) return;
      // One before the cursor (an offset would then repeat a row), one after it, and an edit of a row not yet seen.
      for (const title of ["Aardvark", "Epsilon"]) {
        const { id } = await createTestArticle(workspace.id);
        await retitleArticle(id, title);
      }
      await retitleArticle(expected.at(-1)!, titles.toSorted().at(-1)!, "Changed meanwhile");
    });
    expectEachOnceInOrder(seen, expected);
    expect(seen).toHaveLength(expected.length + 1);
  });

  it("walks the claims by last change, ties on the same instant included, while claims are added and changed", async () => {
    const { workspace, token, base } = await setup();
    const claims = [];
    for (let n = 0; n < 7; n++) claims.push(await createTestClaim(workspace.id));
    // Three claims changed at the same instant: only the id tells them apart.
    await setSortInstant("claims", ids(claims.slice(0, 3)), sameTime);
    const order = await claimChangeTimes(workspace.id);
    const expected = ids(order.toSorted((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byId(a.id, b.id)));
    expect(await walk(`${base}/claims`, token)).toEqual(expected);

    const seen = await walk(`${base}/claims`, token, async (page) => {
      if (page !== 1) return;
      await createTestClaim(workspace.id);
      // A claim already seen changes: it moves to the front of the list and must not come again.
      const changed = await callApi({ method: "PATCH", url: `${base}/claims/${expected[0]}`, token, headers: { "if-match": '"1"' }, body: { claimant: "Someone" } });
      expect(changed.status).toBe(200);
    });
    expectEachOnceInOrder(seen, expected);
  });

  it("walks a search by relevance then id, and refuses a cursor of the list without the search", async () => {
    const { workspace, token, base } = await setup();
    const statements = ["Inflation rose", "Inflation rose and inflation fell", "Inflation rose", "Inflation inflation inflation", "Unemployment fell", "Inflation rose"];
    for (const statement of statements) await createTestClaim(workspace.id, statement);
    const ranked = await claimsRankedFor(workspace.id, "inflation");
    expect(ranked).toHaveLength(5);
    const seen = await walk(`${base}/claims?q=inflation`, token, async (page) => {
      if (page === 1) await createTestClaim(workspace.id, "Inflation rose");
    });
    expectEachOnceInOrder(seen, ids(ranked));

    const first = (await callApi({ method: "GET", url: `${base}/claims?q=inflation&limit=1`, token })).body as { next: string };
    const mixed = await callApi({ method: "GET", url: `${base}/claims?limit=1&cursor=${first.next}`, token });
    expect(mixed.status).toBe(422);
    expect(mixed.body).toMatchObject({ error: { code: "VALIDATION", fields: { cursor: [expect.stringContaining("Start again")] } } });
  });

  it("walks the sources newest first and a claim's evidence oldest first, ties included, while more are added", async () => {
    const { workspace, token, base } = await setup();
    const sources = [];
    for (let n = 0; n < 5; n++) sources.push(await createTestSource(workspace.id));
    await setSortInstant("sources", ids(sources.slice(1, 4)), sameTime);
    const sourceRows = await sourceCreationTimes(workspace.id);
    const newestFirst = ids(sourceRows.toSorted((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || byId(b.id, a.id)));
    const seenSources = await walk(`${base}/sources`, token, async (page) => {
      if (page === 1) await createTestSource(workspace.id);
    });
    expectEachOnceInOrder(seenSources, newestFirst);

    const claim = await createTestClaim(workspace.id);
    const evidence = [];
    for (let n = 0; n < 5; n++) evidence.push(await createTestEvidence({ workspaceId: workspace.id, claimId: claim.id }));
    await setSortInstant("evidence", ids(evidence.slice(0, 3)), sameTime);
    const evidenceRows = await evidenceCreationTimes(claim.id);
    const oldestFirst = ids(evidenceRows.toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || byId(a.id, b.id)));
    const seenEvidence = await walk(`${base}/claims/${claim.id}/evidence`, token, async (page) => {
      if (page === 1) await createTestEvidence({ workspaceId: workspace.id, claimId: claim.id });
    });
    expectEachOnceInOrder(seenEvidence, oldestFirst);
    expect(seenEvidence).toHaveLength(oldestFirst.length + 1);
  });

  it("walks the disagreement queue by severity, then longest waiting, then claim, while claims join the queue", async () => {
    const { workspace, token, base } = await setup();
    const since = (minutes: number) => new Date(sameTime.getTime() + minutes * 60_000);
    const queue = [[3, 5], [3, 1], [2, 1], [2, 1], [2, 1], [1, 0]] as const;
    const rows = [];
    for (const [severity, minutes] of queue) rows.push(await createQueuedClaim(workspace.id, severity, since(minutes)));
    const expected = ids(rows.toSorted((a, b) => b.severity - a.severity || a.since.getTime() - b.since.getTime() || byId(a.id, b.id)));
    const seen = await walk(`${base}/disagreements`, token, async (page) => {
      if (page === 1) for (const severity of [5, 2, 1]) await createQueuedClaim(workspace.id, severity, since(1));
    });
    expectEachOnceInOrder(seen, expected);
  });

  it("walks a claim's verdicts newest first, ties included, while more verdicts come in", async () => {
    const w = await createApiWorkspace();
    const claim = await createTestClaim(w.id);
    const url = `/workspaces/${w.slug}/claims/${claim.id}/verdicts`;
    const record = async (n: number) => {
      const response = await callApi({ method: "POST", url, token: await addReviewerToken(w, `Walked reviewer ${n}`), body: { ratingId: w.ratings.False, rationale: `Reading ${n} of the evidence.` } });
      expect(response.status).toBe(201);
    };
    for (let n = 0; n < 2; n++) await record(n);
    await recordVerdictsAt({ workspaceId: w.id, claimId: claim.id, reviewerIds: [w.users.REVIEWER.id, w.users.EDITOR.id, w.users.OWNER.id], ratingId: w.ratings.False!, at: sameTime });
    const rows = await verdictCreationTimes(claim.id);
    const newestFirst = ids(rows.toSorted((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || byId(b.id, a.id)));
    const seen = await walk(url, w.tokens.editor!, async (page) => {
      if (page === 1) await record(5);
    });
    expectEachOnceInOrder(seen, newestFirst);
  });
});

describe("cursors the API did not give out", () => {
  const claimsCursor = (key: unknown) => Buffer.from(JSON.stringify({ k: key })).toString("base64url");

  it("are refused with 422 and a field error on cursor: garbage, an offset cursor, another list's or a tampered key", async () => {
    const { workspace, token, base } = await setup();
    await createTestClaim(workspace.id);
    const cases = [
      `${base}/claims?cursor=not-a-cursor`,
      `${base}/claims?cursor=${Buffer.from('{"o":50}').toString("base64url")}`,
      `${base}/claims?cursor=${claimsCursor(["yesterday", "0"])}`,
      `${base}/claims?cursor=${claimsCursor([1, 2, 3, 4, 5])}`,
      `${base}/disagreements?cursor=${claimsCursor([new Date().toISOString(), crypto.randomUUID()])}`,
      `${base}/articles?cursor=${claimsCursor([42, crypto.randomUUID()])}`,
      `${base}/sources?cursor=${claimsCursor(["2026-02-30T00:00:00Z", crypto.randomUUID()])}`,
    ];
    for (const url of cases) {
      const response = await callApi({ method: "GET", url, token });
      expect(response.status, url).toBe(422);
      expect(response.body).toMatchObject({ error: { code: "VALIDATION", fields: { cursor: [expect.any(String)] } } });
    }
  });

  it("never give a 500, whatever the cursor holds (fast-check)", async () => {
    const { workspace, token, base } = await setup();
    await createTestClaim(workspace.id);
    const value = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.uuid(), fc.date({ noInvalidDate: true }).map((date) => date.toISOString()));
    const cursor = fc.oneof(
      fc.string({ maxLength: 60 }).map(encodeURIComponent),
      fc.array(value, { maxLength: 5 }).map((key) => claimsCursor(key)),
      fc.jsonValue().map((json) => Buffer.from(JSON.stringify(json)).toString("base64url")),
    );
    const list = fc.constantFrom("claims", "claims?q=people", "articles", "sources", "disagreements");
    await fc.assert(
      fc.asyncProperty(list, cursor, async (path, raw) => {
        const response = await callApi({ method: "GET", url: `${base}/${path}${path.includes("?") ? "&" : "?"}cursor=${raw}`, token });
        expect([200, 422]).toContain(response.status);
      }),
      { numRuns: 60 },
    );
  });
});
