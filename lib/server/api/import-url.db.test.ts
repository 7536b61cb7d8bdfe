import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopJobQueue } from "@/lib/jobs/queue";
import { buildOpenApiDocument } from "./openapi";
import { createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";
import { countWorkspaceRows } from "@test-support/data";
import { newsPage, startLocalSite, type LocalSite } from "@test-support/local-site";
import { countTestCaptures, readTestCaptures } from "@test-support/web-import-rows";

// POST articles/import-url against a local news site: what a script calling the API sees (201 with the
// article, 409 naming the article already here, 422 saying why under `url`) and what is stored.

let w: ApiWorkspace;
let site: LocalSite;
beforeAll(async () => {
  w = await createApiWorkspace();
  site = await startLocalSite();
});
afterAll(async () => {
  await site.close();
  await stopJobQueue();
});

const importUrl = (url: unknown, as: keyof ApiWorkspace["tokens"] = "editor") =>
  callApi({ method: "POST", url: `/workspaces/${w.slug}/articles/import-url`, token: w.tokens[as], body: { url } });
const articleCount = async () => (await countWorkspaceRows(w.id)).articles;
const tag = () => Math.random().toString(36).slice(2, 10);

describe("POST articles/import-url", () => {
  it("imports the page at the end of a redirect and keeps its capture: bytes, SHA-256, final URL, status and content type", async () => {
    const t = tag();
    const html = newsPage(t, { title: `Ceasefire holds in ${t}` });
    site.set(`/old/${t}`, { status: 301, location: `/story/${t}` });
    site.set(`/story/${t}`, { body: html, contentType: "text/html; charset=utf-8" });

    const response = await importUrl(site.url(`/old/${t}`));
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const article = response.body as { id: string; title: string; url: string; body: string };
    expect(article).toMatchObject({ title: `Ceasefire holds in ${t}`, url: site.url(`/story/${t}`) });
    expect(article.body).toContain(`lived under the group's rule in ${t}`);
    expect(article.body).not.toContain("window.tracking");
    // The same answer as reading the article.
    expect(await callApi({ method: "GET", url: `/workspaces/${w.slug}/articles/${article.id}`, token: w.tokens.viewer })).toMatchObject({ status: 200, body: article });

    const captures = await readTestCaptures(article.id);
    expect(captures).toHaveLength(1);
    const [capture] = captures;
    expect(capture).toMatchObject({
      method: "FETCH", requestedUrl: site.url(`/old/${t}`), finalUrl: site.url(`/story/${t}`), httpStatus: 200,
      contentType: expect.stringMatching(/^text\/html/), byteSize: Buffer.byteLength(html), capturedById: w.users.EDITOR.id,
    });
    expect(Buffer.from(capture!.bytes).toString("utf8")).toBe(html);
    expect(capture!.sha256).toBe(createHash("sha256").update(html).digest("hex"));
    expect(capture!.appliedAt).not.toBeNull();
  });

  it("answers 409 with the article already here, for the same address (not fetched again) and for the same text at another address", async () => {
    const t = tag();
    site.set(`/a/${t}`, { body: newsPage(t) });
    site.set(`/mirror/${t}`, { body: newsPage(t) });
    const first = await importUrl(site.url(`/a/${t}`));
    expect(first.status).toBe(201);
    const id = (first.body as { id: string }).id;
    const before = await articleCount();

    const again = await importUrl(site.url(`/a/${t}`));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: "CONFLICT", message: expect.stringContaining("same address"), current: { id } } });
    expect(site.hits.get(`/a/${t}`)).toBe(1);

    const mirror = await importUrl(site.url(`/mirror/${t}`));
    expect(mirror.status).toBe(409);
    expect(mirror.body).toMatchObject({ error: { message: expect.stringContaining("same text"), current: { id } } });
    expect(await articleCount()).toBe(before);
  });

  it("refuses with 422 and a `url` field error, creating nothing, when the page cannot be read or is not a web page", async () => {
    const t = tag();
    site.set(`/report/${t}.pdf`, { contentType: "application/pdf", body: "%PDF-1.7 not a page" });
    // JSON is read only by the ClaimReview import by URL; an article import still refuses it.
    site.set(`/data/${t}.json`, { contentType: "application/json", body: '{"headline": "Not an article"}' });
    site.set(`/data/${t}.jsonld`, { contentType: "application/ld+json", body: '{"@type": "ClaimReview"}' });
    const before = { articles: await articleCount(), captures: await countTestCaptures(w.id) };
    const refusals = [
      [site.url(`/gone/${t}`), /404/], [site.url(`/report/${t}.pdf`), /PDF/],
      [site.url(`/data/${t}.json`), /it is JSON data, not a web page\.$/], [site.url(`/data/${t}.jsonld`), /it is JSON data, not a web page\.$/],
    ] as const;
    for (const [url, why] of refusals) {
      const response = await importUrl(url);
      expect(response.status, url).toBe(422);
      const fields = (response.body as { error: { fields: { url: string[] } } }).error.fields;
      expect(fields.url[0]).toMatch(/^Not imported: /);
      expect(fields.url[0]).toMatch(why);
    }
    const notWeb = await importUrl("ftp://example.org/report");
    expect(notWeb.status).toBe(422);
    expect(notWeb.body).toMatchObject({ error: { fields: { url: [expect.stringContaining("http://")] } } });
    expect({ articles: await articleCount(), captures: await countTestCaptures(w.id) }).toEqual(before);
  });

  it("never fetches for a caller who may not import", async () => {
    const t = tag();
    site.set(`/private/${t}`, { body: newsPage(t) });
    for (const as of ["viewer", "reviewer", "read-only"] as const) expect((await importUrl(site.url(`/private/${t}`), as)).status).toBe(403);
    expect(site.hits.get(`/private/${t}`)).toBeUndefined();
  });
});

describe("the API reference", () => {
  it("says what a 409 and a 422 of import-url mean, in the route's own words", () => {
    const post = (buildOpenApiDocument().paths["/workspaces/{slug}/articles/import-url"] as { post: { responses: Record<string, { description: string }> } }).post;
    expect(post.responses["201"]).toBeDefined();
    expect(post.responses["409"]!.description).toContain("`error.current.id` is that article");
    expect(post.responses["422"]!.description).toContain("`error.fields.url` says why");
  });
});

describe("POST articles/import-urls", () => {
  it("refuses a list with a bad address, naming it, or with more than 200 addresses, and starts no job", async () => {
    const jobs = async () => (await countWorkspaceRows(w.id)).jobs;
    const before = await jobs();
    const call = (urls: unknown) => callApi({ method: "POST", url: `/workspaces/${w.slug}/articles/import-urls`, token: w.tokens.editor, body: { urls } });
    const bad = await call(["https://example.org/a", "javascript:alert(1)"]);
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ error: { fields: { urls: [expect.stringContaining('address 2 ("javascript:alert(1)")')] } } });
    const tooMany = await call(Array.from({ length: 201 }, (_, n) => `https://example.org/${n}`));
    expect(tooMany.body).toMatchObject({ error: { fields: { urls: [expect.stringContaining("this list has 201")] } } });
    expect((await call(["", "  "])).body).toMatchObject({ error: { fields: { urls: [expect.stringContaining("at least one address")] } } });
    expect(await jobs()).toBe(before);
  });
});
