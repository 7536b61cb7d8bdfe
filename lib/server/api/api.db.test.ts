import { describe, expect, it } from "vitest";
import { createTestApiToken, createTestArticle, createTestClaim, createTestWorkspace } from "@test-support/data";
import { callApi } from "@test-support/call-api";

describe("the API wrapper", () => {
  it("answers a token's caller with the workspace and role, and refuses a missing, revoked or foreign token", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "VIEWER"]);
    const other = await createTestWorkspace(["OWNER"]);
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.VIEWER.id });
    const ok = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}`, token });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ slug: workspace.slug, name: expect.any(String), role: "VIEWER" });

    const none = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}` });
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.stringContaining("Bearer") } });

    const revoked = await createTestApiToken({ workspaceId: workspace.id, userId: users.VIEWER.id, revoked: true });
    expect((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}`, token: revoked })).status).toBe(401);
    const expired = await createTestApiToken({ workspaceId: workspace.id, userId: users.VIEWER.id, expiresAt: new Date(Date.now() - 1000) });
    expect((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}`, token: expired })).body).toMatchObject({ error: { message: expect.stringContaining("expired") } });

    const foreign = await createTestApiToken({ workspaceId: other.workspace.id, userId: other.users.OWNER.id });
    expect((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}`, token: foreign })).status).toBe(404);
  });

  it("creates a claim by quote, lists it, and refuses a stale If-Match with 409", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "REVIEWER"]);
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.REVIEWER.id });
    const seed = await createTestClaim(workspace.id);
    const claim = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/claims/${seed.id}`, token });
    const articleId = (claim.body as { articleId: string }).articleId;
    const created = await callApi({ method: "POST", url: `/workspaces/${workspace.slug}/claims`, token, body: { articleId, exact: "A body with a population", statement: "A body has a population" } });
    expect(created.status).toBe(201);
    const { id, version } = created.body as { id: string; version: number };

    const page = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/claims?limit=1`, token });
    expect(page.body).toMatchObject({ items: [expect.any(Object)], next: expect.any(String) });

    const first = await callApi({ method: "PATCH", url: `/workspaces/${workspace.slug}/claims/${id}`, token, headers: { "if-match": `"${version}"` }, body: { claimant: "Someone" } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ claimant: "Someone", statement: "A body has a population", version: version + 1 });
    const stale = await callApi({ method: "PATCH", url: `/workspaces/${workspace.slug}/claims/${id}`, token, headers: { "if-match": `"${version}"` }, body: { claimant: "Another" } });
    expect(stale.status).toBe(409);
  });
});

describe("a figure's value sent as text", () => {
  it("is read with a decimal comma or Arabic digits", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "REVIEWER"]);
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.REVIEWER.id });
    const seed = await createTestClaim(workspace.id);
    const { articleId } = (await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/claims/${seed.id}`, token })).body as { articleId: string };
    const post = (figure: Record<string, unknown>) => callApi({
      method: "POST", url: `/workspaces/${workspace.slug}/claims`, token,
      body: { articleId, exact: "A body with a population", statement: "A body has a population", isFigure: true, figureUnit: "percent", ...figure },
    });

    const comma = await post({ figureValue: "12,5", figureLow: "١٠", figureHigh: "١٥٫٥" });
    expect(comma.status).toBe(201);
    expect((comma.body as { figure: unknown }).figure).toMatchObject({ value: 12.5, low: 10, high: 15.5, unit: "percent" });
    const { id } = comma.body as { id: string };
    expect((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/claims/${id}`, token })).body).toMatchObject({ figure: { value: 12.5 } });

  });

  it("reads '1,500' as the claim's article writes numbers: 1500 in English, 1.5 in French, refused with 422 in Arabic or an unknown language", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "REVIEWER"]);
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.REVIEWER.id });
    const post = async (language: string | null, figure: Record<string, unknown>) => {
      const article = await createTestArticle(workspace.id, undefined, language);
      return callApi({
        method: "POST", url: `/workspaces/${workspace.slug}/claims`, token,
        body: { articleId: article.id, exact: "a population of around", statement: "A population is stated", isFigure: true, figureUnit: "count", ...figure },
      });
    };

    const english = await post("en", { figureValue: "1,500", figureLow: "1,200", figureHigh: "1,800" });
    expect(english.status).toBe(201);
    expect((english.body as { figure: unknown }).figure).toMatchObject({ value: 1500, low: 1200, high: 1800 });
    const french = await post("fr", { figureValue: "1,5" });
    expect(french.status).toBe(201);
    expect((french.body as { figure: unknown }).figure).toMatchObject({ value: 1.5 });
    const spanish = await post("es", { figureValue: "1,500" });
    expect((spanish.body as { figure: unknown }).figure).toMatchObject({ value: 1.5 });
    for (const language of ["ar", null]) {
      const ambiguous = await post(language, { figureValue: "1,234" });
      expect(ambiguous.status).toBe(422);
      expect(ambiguous.body).toMatchObject({ error: { fields: { figureValue: ['"1,234" could be read two ways. Write 1234 for the whole number, or 1.234 for the decimal.'] } } });
    }

    // A PATCH is read in the language of the claim's article too.
    const { id, version } = french.body as { id: string; version: number };
    const patched = await callApi({ method: "PATCH", url: `/workspaces/${workspace.slug}/claims/${id}`, token, headers: { "if-match": `"${version}"` }, body: { figureValue: "2,250" } });
    expect(patched.status).toBe(200);
    expect((patched.body as { figure: unknown }).figure).toMatchObject({ value: 2.25 });
  });
});

describe("rate limits", () => {
  it("answer 429 with Retry-After once a token passes its limit, counted in Postgres", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER"]);
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.OWNER.id });
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    try {
      const statuses = [];
      // Different addresses: only the token's own limit can be the one that is hit.
      for (let n = 0; n < 5; n++) statuses.push((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}`, token, headers: { "x-claimbench-peer": `192.0.2.${n}` } })));
      expect(statuses.map((response) => response.status)).toEqual([200, 200, 200, 429, 429]);
      const limited = statuses[3]!;
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(limited.body).toMatchObject({ error: { code: "RATE_LIMITED", message: expect.stringContaining("Wait") } });
    } finally {
      delete process.env.API_RATE_LIMIT_PER_MINUTE;
    }
  });

  it("count requests without credentials per address, so guessing tokens is throttled too", async () => {
    const { workspace } = await createTestWorkspace(["OWNER"]);
    process.env.API_RATE_LIMIT_PER_ADDRESS_PER_MINUTE = "2";
    try {
      const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
      const statuses = [];
      for (let n = 0; n < 3; n++) statuses.push((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}`, token: `cbt_${"a".repeat(43)}`, headers: { "x-claimbench-peer": address } })).status);
      expect(statuses).toEqual([401, 401, 429]);
    } finally {
      delete process.env.API_RATE_LIMIT_PER_ADDRESS_PER_MINUTE;
    }
  });
});
