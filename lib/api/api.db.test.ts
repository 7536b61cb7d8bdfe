import { describe, expect, it } from "vitest";
import { createTestApiToken, createTestClaim, createTestWorkspace } from "@/lib/data/testing";
import { callApi } from "./testing";

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
