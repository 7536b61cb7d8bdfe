import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, beforeAll, describe, expect, it } from "vitest";
import { stopJobQueue } from "@/lib/jobs/queue";
import { createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";
import { CLAIMREVIEW_FIXTURES } from "@test-support/claimreview-fixtures";
import { countWorkspaceRows } from "@test-support/data";
import { startLocalSite, type LocalSite } from "@test-support/local-site";

// POST sources/claimreview/import-url against a local site: a fact-checker's page, a Fact Check Tools
// answer and a refused PDF, as a script calling the API sees them, and what is stored. Each test has a
// workspace of its own, since the fixtures' fact-checks have fixed addresses.

let w: ApiWorkspace;
let site: LocalSite;
beforeAll(async () => {
  site = await startLocalSite();
});
beforeEach(async () => {
  w = await createApiWorkspace();
});
afterAll(async () => {
  await site.close();
  await stopJobQueue();
});

const fixture = (name: string) => readFileSync(path.join(CLAIMREVIEW_FIXTURES, name), "utf8");
const importUrl = (url: unknown, as: keyof ApiWorkspace["tokens"] = "reviewer") =>
  callApi({ method: "POST", url: `/workspaces/${w.slug}/sources/claimreview/import-url`, token: w.tokens[as], body: { url } });
const tag = () => Math.random().toString(36).slice(2, 10);
type Answer = { file: string; shape: string; reviews: { status: string; url: string; language: string | null; rating: { label: string } | null }[] };

describe("POST sources/claimreview/import-url", () => {
  it("reads a fact-checker's page (its JSON-LD blocks) at the end of a redirect, in the page's own charset", async () => {
    const t = tag();
    // Latin-1 bytes with the charset in the header: an upload of these bytes would be refused as not UTF-8.
    site.set(`/old/${t}`, { status: 301, location: `/verificacion/${t}` });
    site.set(`/verificacion/${t}`, { contentType: "text/html; charset=windows-1252", body: Buffer.from(fixture("es-page-two-reviews.html"), "latin1") });

    const response = await importUrl(site.url(`/old/${t}`));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const answer = response.body as Answer;
    expect(answer).toMatchObject({ file: site.url(`/old/${t}`), status: "imported", shape: "an HTML page with 3 JSON-LD blocks (ClaimReview JSON-LD)" });
    expect(answer.reviews.map((r) => [r.status, r.url, r.language])).toEqual([
      ["imported", "https://datosenclaro.example/verificacion/raqqa-civiles", "es"],
      ["imported", "https://datosenclaro.example/verificacion/raqqa-territorio", "es"],
    ]);
    // The accents came through the charset: the sources read as the fact-checker wrote them.
    const sources = await callApi({ method: "GET", url: `/workspaces/${w.slug}/sources?limit=10`, token: w.tokens.viewer });
    expect(JSON.stringify(sources.body)).toContain("El ISIS perdió el 90 % de su territorio");
    expect((await countWorkspaceRows(w.id)).sources).toBe(2);

    // Again: the same answer's fact-checks are not imported twice.
    const again = (await importUrl(site.url(`/verificacion/${t}`))).body as Answer;
    expect(again.reviews.map((r) => r.status)).toEqual(["duplicate", "duplicate"]);
    expect((await countWorkspaceRows(w.id)).sources).toBe(2);
  });

  it("reads a Fact Check Tools answer served as JSON, and the same served as plain text", async () => {
    const t = tag();
    site.set(`/v1alpha1/claims:search/${t}`, { contentType: "application/json; charset=UTF-8", body: fixture("factcheck-tools-en.json") });
    site.set(`/raw/${t}/multilingual.json`, { contentType: "text/plain; charset=utf-8", body: fixture("factcheck-tools-multilingual.json") });

    const tools = await importUrl(site.url(`/v1alpha1/claims:search/${t}`));
    expect(tools.status, JSON.stringify(tools.body)).toBe(200);
    expect(tools.body).toMatchObject({ shape: "a Fact Check Tools claim search answer" });
    expect((tools.body as Answer).reviews.map((r) => [r.status, r.rating?.label])).toEqual([
      ["imported", "Mostly True"], ["imported", "Needs context"], ["imported", "Unverifiable"],
    ]);
    const raw = await importUrl(site.url(`/raw/${t}/multilingual.json`));
    expect(raw.status, JSON.stringify(raw.body)).toBe(200);
    expect((raw.body as Answer).reviews.map((r) => r.language)).toEqual(["ar", "es", "hi"]);
    expect((await countWorkspaceRows(w.id)).sources).toBe(6);
  });

  it("refuses with 422 and a `url` field error, adding nothing: a PDF, a missing page, a page without ClaimReview", async () => {
    const t = tag();
    site.set(`/report/${t}.pdf`, { contentType: "application/pdf", body: "%PDF-1.7 not a page" });
    site.set(`/news/${t}`, { body: '<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script></head><body>News</body></html>' });
    site.set(`/feed/${t}.xml`, { contentType: "application/rss+xml", body: "<rss/>" });
    site.set(`/broken/${t}.json`, { contentType: "application/json", body: '{"@type": "ClaimReview", "claimReviewed": "cut off' });
    const before = await countWorkspaceRows(w.id);
    const cases = [
      [site.url(`/report/${t}.pdf`), "it is a PDF, not a web page or JSON"],
      [site.url(`/feed/${t}.xml`), "it is a news feed, not a web page or JSON"],
      [site.url(`/gone/${t}`), "the server answered 404 Not Found"],
      // Worded for an address, not an upload: what to give instead.
      [site.url(`/news/${t}`), expect.stringMatching(/^no ClaimReview found in this page: it holds NewsArticle\. Give the address of a fact-check's page, or of JSON holding/)],
      [site.url(`/broken/${t}.json`), expect.stringMatching(/^it is not valid JSON.*; the answer may have been cut off\. Open the address in a browser/)],
      ["ftp://example.org/reviews.json", expect.stringContaining("http://")],
    ] as const;
    for (const [url, why] of cases) {
      const response = await importUrl(url);
      expect(response.status, url).toBe(422);
      expect(response.body, url).toMatchObject({ error: { code: "VALIDATION", fields: { url: [why] } } });
    }
    expect(await countWorkspaceRows(w.id)).toEqual(before);
  });

  it("never fetches for a caller who may not add sources", async () => {
    const t = tag();
    site.set(`/private/${t}`, { contentType: "application/json", body: fixture("factcheck-tools-en.json") });
    const statuses = { none: 401, viewer: 403, "read-only": 403, "other-workspace": 404 } as const;
    for (const [as, status] of Object.entries(statuses)) expect((await importUrl(site.url(`/private/${t}`), as as keyof typeof statuses)).status, as).toBe(status);
    expect(site.hits.get(`/private/${t}`)).toBeUndefined();
    expect((await countWorkspaceRows(w.id)).sources).toBe(0);
  });
});
