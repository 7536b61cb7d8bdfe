import { describe, expect, it } from "vitest";
import { createTestApiToken, createTestWorkspace } from "@test-support/data";
import { createTestCapture, createTestCapturedArticle, HOSTILE_PAGE } from "@test-support/captures";
import { callApi } from "@test-support/call-api";
import { GET as downloadOriginal } from "@/app/api/v1/workspaces/[slug]/articles/[articleId]/captures/[captureId]/original/route";

// Captures shown and served: the history list, the original as a download that no browser renders as a
// page of this site, and who may have it.

async function desk() {
  const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR", "REVIEWER", "VIEWER"]);
  const token = (role: keyof typeof users) => createTestApiToken({ workspaceId: workspace.id, userId: users[role].id });
  return { workspace, users, token };
}

/** The route handler itself, so the bytes are read as bytes (callApi reads answers as text). */
async function download(slug: string, articleId: string, captureId: string, token: string) {
  const request = new Request(`http://localhost/api/v1/workspaces/${slug}/articles/${articleId}/captures/${captureId}/original`, { headers: { authorization: `Bearer ${token}`, "x-claimbench-peer": "10.9.8.7" } });
  const response = await downloadOriginal(request, { params: Promise.resolve({ slug, articleId, captureId }) });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe("a capture's original, downloaded", () => {
  it("comes back byte for byte as a named attachment that a browser will not render, sniff or run", async () => {
    const { workspace, token } = await desk();
    const captured = await createTestCapturedArticle(workspace.id, { capturedAt: new Date("2026-11-05T09:30:00Z") });
    const { response, bytes } = await download(workspace.slug, captured.articleId, captured.captureId, await token("VIEWER"));

    expect(response.status).toBe(200);
    expect(new TextDecoder().decode(bytes)).toBe(HOSTILE_PAGE);
    const headers = Object.fromEntries(response.headers);
    expect(headers["content-type"]).toBe("application/octet-stream");
    expect(headers["content-type"]).not.toContain("html");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"]).toMatch(/^sandbox; default-src 'none'/);
    expect(headers["content-disposition"]).toBe(`attachment; filename="www.news.example-2026-11-05-${captured.sha256.slice(0, 8)}.html"; filename*=UTF-8''www.news.example-2026-11-05-${captured.sha256.slice(0, 8)}.html`);
    expect(headers["cache-control"]).toContain("private");
    expect(headers["x-capture-sha256"]).toBe(captured.sha256);
  });

  it("keeps bytes that are not UTF-8 exactly as received (an Arabic page in windows-1256), named .txt for plain text", async () => {
    const { workspace, token } = await desk();
    const windows1256 = new Uint8Array([0xc7, 0xe1, 0xde, 0xc7, 0xe5, 0xd1, 0xc9, 0x20, 0x31, 0x32, 0x0a, 0xff, 0x00]);
    const captured = await createTestCapturedArticle(workspace.id, { bytes: windows1256, contentType: "text/plain; charset=windows-1256", charset: "windows-1256" });
    const { response, bytes } = await download(workspace.slug, captured.articleId, captured.captureId, await token("REVIEWER"));
    expect([...bytes]).toEqual([...windows1256]);
    expect(response.headers.get("content-length")).toBe(String(windows1256.length));
    expect(response.headers.get("content-disposition")).toMatch(/\.txt"/);
  });

  it("is a 404 for a capture of another workspace or another article, and for a non-member", async () => {
    const mine = await desk();
    const theirs = await desk();
    const own = await createTestCapturedArticle(mine.workspace.id);
    const foreign = await createTestCapturedArticle(theirs.workspace.id);
    const token = await mine.token("OWNER");
    // Another workspace's ids under my workspace's address, and my capture under another of my articles.
    expect((await download(mine.workspace.slug, foreign.articleId, foreign.captureId, token)).response.status).toBe(404);
    expect((await download(mine.workspace.slug, own.articleId, foreign.captureId, token)).response.status).toBe(404);
    const other = await createTestCapturedArticle(mine.workspace.id);
    expect((await download(mine.workspace.slug, other.articleId, own.captureId, token)).response.status).toBe(404);
    // A member of the other workspace only, naming mine.
    const outsider = await theirs.token("OWNER");
    const refused = await download(mine.workspace.slug, own.articleId, own.captureId, outsider);
    expect(refused.response.status).toBe(404);
    expect(new TextDecoder().decode(refused.bytes)).not.toContain("12 million");
  });
});

describe("an article's captures in the API", () => {
  it("lists every capture's metadata oldest first, without the bytes; the article names its current one", async () => {
    const { workspace, token } = await desk();
    const first = await createTestCapturedArticle(workspace.id, { capturedAt: new Date("2026-01-01T00:00:00Z") });
    const later = await createTestCapture({ workspaceId: workspace.id, articleId: first.articleId, body: "A changed text.", capture: { capturedAt: new Date("2026-02-01T00:00:00Z"), applied: false, pendingChange: true, method: "FETCH", httpStatus: 200 } });
    const viewer = await token("VIEWER");

    const list = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/articles/${first.articleId}/captures`, token: viewer });
    expect(list.status).toBe(200);
    const items = (list.body as { items: Record<string, unknown>[] }).items;
    expect(items.map((item) => item.id)).toEqual([first.captureId, later.id]);
    expect(items[0]).toMatchObject({ method: "FETCH", finalUrl: "https://www.news.example/story", httpStatus: 200, sha256: first.sha256, byteSize: new TextEncoder().encode(HOSTILE_PAGE).length, pendingChange: false, appliedAt: "2026-01-01T00:00:00.000Z" });
    expect(items[1]).toMatchObject({ pendingChange: true, appliedAt: null });
    expect(items[0]).not.toHaveProperty("bytes");
    expect(items[0]).not.toHaveProperty("body");

    // The applied one is current, not the newer capture a check left pending.
    const article = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/articles/${first.articleId}`, token: viewer });
    expect(article.body).toMatchObject({ capture: { id: first.captureId, sha256: first.sha256 } });
  });

  it("gives an article not imported from the web no capture, and 404 for another workspace's article", async () => {
    const { workspace, token } = await desk();
    const theirs = await desk();
    const owner = await token("OWNER");
    const foreign = await createTestCapturedArticle(theirs.workspace.id);
    expect((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/articles/${foreign.articleId}/captures`, token: owner })).status).toBe(404);
    const created = await callApi({ method: "POST", url: `/workspaces/${workspace.slug}/articles`, token: owner, body: { title: "Pasted", body: "A pasted text with 3 figures." } });
    const article = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/articles/${(created.body as { id: string }).id}`, token: owner });
    expect(article.body).toMatchObject({ capture: null });
    expect((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/articles/${(created.body as { id: string }).id}/captures`, token: owner })).body).toEqual({ items: [] });
  });
});

describe("a claim marked on a captured article", () => {
  it("cites the article's current capture, and GET claims/{id} says which", async () => {
    const { workspace, token } = await desk();
    const captured = await createTestCapturedArticle(workspace.id);
    const reviewer = await token("REVIEWER");
    const created = await callApi({ method: "POST", url: `/workspaces/${workspace.slug}/claims`, token: reviewer, body: { articleId: captured.articleId, exact: "12 million people", statement: "12 million lived under IS" } });
    expect(created.status).toBe(201);
    const claim = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/claims/${(created.body as { id: string }).id}`, token: reviewer });
    expect(claim.body).toMatchObject({ capture: { id: captured.captureId, capturedAt: expect.any(String) } });

    const plain = await callApi({ method: "POST", url: `/workspaces/${workspace.slug}/articles`, token: await token("EDITOR"), body: { title: "Pasted", body: "About 12 million people, said the pasted text." } });
    const onPlain = await callApi({ method: "POST", url: `/workspaces/${workspace.slug}/claims`, token: reviewer, body: { articleId: (plain.body as { id: string }).id, exact: "12 million people", statement: "12 million" } });
    expect((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/claims/${(onPlain.body as { id: string }).id}`, token: reviewer })).body).toMatchObject({ capture: null });
  });

  it("cites no capture once an editor has edited the text by hand: the claim was not marked on the capture's text", async () => {
    const { workspace, token } = await desk();
    const captured = await createTestCapturedArticle(workspace.id);
    const editor = await token("EDITOR");
    const article = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/articles/${captured.articleId}`, token: editor });
    const { body, version } = article.body as { body: string; version: number };
    const edited = await callApi({ method: "PATCH", url: `/workspaces/${workspace.slug}/articles/${captured.articleId}`, token: editor, body: { version, body: `${body} An editor's own note.` } });
    expect(edited.status).toBe(200);
    const created = await callApi({ method: "POST", url: `/workspaces/${workspace.slug}/claims`, token: editor, body: { articleId: captured.articleId, exact: "12 million people", statement: "12 million lived under IS" } });
    expect(created.status).toBe(201);
    const claim = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/claims/${(created.body as { id: string }).id}`, token: editor });
    expect(claim.body).toMatchObject({ capture: null });
  });
});
