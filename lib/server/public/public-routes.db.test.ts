import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { JSDOM } from "jsdom";
import { createTestClaim, createTestWorkspace } from "@test-support/data";
import { publishTestFactCheck, testFactCheck } from "@test-support/publications";
import { publishResolvedTestClaim, setTestClaimStatus, setTestPublisher, withdrawTestPublication } from "@test-support/public-fixtures";
import { validateClaimReview } from "@/lib/formats/claimreview-export";
import { serveFactCheck } from "./fact-check-routes";
import { serveAtomFeed, serveDataFeed, serveIndex } from "./workspace-routes";

// The public routes as a reader (or a CDN) meets them: real Requests against the test database.

type Workspace = Awaited<ReturnType<typeof createTestWorkspace>>;
let w: Workspace;
let slug: string;

const BASE = "http://localhost:3000";
const get = (path: string, headers: Record<string, string> = {}) => new Request(`${BASE}${path}`, { headers: { host: "localhost:3000", ...headers } });
const page = (id: string, headers?: Record<string, string>) => serveFactCheck("page", get(`/p/${slug}/${id}`, headers), { workspace: slug, id });

/** A resolved claim, published: what the publish workflow leaves behind. */
const published = (statement = `Claim ${Math.random()}`) => publishResolvedTestClaim(w.workspace.id, testFactCheck({ statement }));

beforeAll(async () => {
  w = await createTestWorkspace();
  slug = w.workspace.slug;
});
afterEach(() => vi.unstubAllEnvs());

describe("a published fact-check's page", () => {
  it("answers 200 with the public caching headers, the verdict and valid JSON-LD, then 304 for its ETag", async () => {
    const { id } = await published("IS ruled about 12 million people");
    const response = await page(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60, s-maxage=300, stale-while-revalidate=86400");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const etag = response.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]+"$/);
    const doc = new JSDOM(await response.text()).window.document;
    expect(doc.querySelector(".badge")?.textContent).toBe("Mostly true");
    expect(doc.querySelector(".notice")).toBeNull();
    const review = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "null");
    expect(validateClaimReview(review)).toEqual([]);
    expect(review.url).toBe(`${BASE}/p/${slug}/${id}`);

    const again = await page(id, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toContain("s-maxage=300");
    expect(await again.text()).toBe("");
  });

  it("changes its ETag when republished, reopened or when the publisher changes", async () => {
    const { id, claimId } = await published();
    const etags = [(await page(id)).headers.get("etag")];
    await publishTestFactCheck({ workspaceId: w.workspace.id, claimId, factCheck: testFactCheck({ ratingLabel: "Mixed" }), correction: "Rating changed from Mostly true to Mixed" });
    const republished = await page(id, { "if-none-match": etags[0]! });
    expect(republished.status).toBe(200);
    const text = await republished.text();
    expect(text).toContain("Updated ");
    expect(text).toContain("Rating changed from Mostly true to Mixed");
    etags.push(republished.headers.get("etag"));

    await setTestClaimStatus(claimId, "IN_REVIEW");
    const reopened = await page(id, { "if-none-match": etags[1]! });
    expect(reopened.status).toBe(200);
    expect(await reopened.text()).toContain("Under review again");
    etags.push(reopened.headers.get("etag"));

    await setTestPublisher(w.workspace.id, { organizationName: "Renamed Checks" });
    const renamed = await page(id, { "if-none-match": etags[2]! });
    expect(await renamed.text()).toContain("Renamed Checks");
    etags.push(renamed.headers.get("etag"));
    expect(new Set(etags).size).toBe(4);
  });

  it("answers 410 once unpublished, and 404 for never published, another workspace's and malformed ids", async () => {
    const { id, claimId } = await published();
    await withdrawTestPublication(w.workspace.id, claimId);
    const gone = await page(id);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("withdrawn");
    for (const kind of ["embed", "card"] as const) expect((await serveFactCheck(kind, get(`/p/${slug}/${id}/${kind}`), { workspace: slug, id })).status).toBe(410);

    const other = await createTestWorkspace();
    const theirClaim = await createTestClaim(other.workspace.id);
    const theirs = await publishTestFactCheck({ workspaceId: other.workspace.id, claimId: theirClaim.id });
    expect((await page(theirs.id)).status).toBe(404);
    expect((await page("not-a-uuid")).status).toBe(404);
    expect((await page("0190a1b2-0000-7000-8000-000000000001")).status).toBe(404);
    expect((await serveFactCheck("page", get("/p/NOT_A_SLUG/x"), { workspace: "NOT_A_SLUG", id: theirs.id })).status).toBe(404);
  });

  it("serves the card as a 1200×630 PNG and the embed, each with its own ETag and 304", async () => {
    const { id } = await published();
    const card = await serveFactCheck("card", get(`/p/${slug}/${id}/card.png`), { workspace: slug, id });
    expect(card.status).toBe(200);
    expect(card.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await card.arrayBuffer());
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    const embed = await serveFactCheck("embed", get(`/p/${slug}/${id}/embed`), { workspace: slug, id });
    expect(embed.status).toBe(200);
    expect(embed.headers.get("etag")).not.toBe(card.headers.get("etag"));
    const cardAgain = await serveFactCheck("card", get(`/p/${slug}/${id}/card.png`, { "if-none-match": card.headers.get("etag")! }), { workspace: slug, id });
    expect(cardAgain.status).toBe(304);
  });

  it("uses CLAIMBENCH_PUBLIC_URL, else the workspace's public base URL, for canonical links", async () => {
    const { id } = await published();
    await setTestPublisher(w.workspace.id, { publicBaseUrl: "https://checks.example.org" });
    const doc = async () => new JSDOM(await (await page(id)).text()).window.document.querySelector('link[rel="canonical"]')?.getAttribute("href");
    expect(await doc()).toBe(`https://checks.example.org/p/${slug}/${id}`);
    vi.stubEnv("CLAIMBENCH_PUBLIC_URL", "https://public.example.net");
    expect(await doc()).toBe(`https://public.example.net/p/${slug}/${id}`);
    await setTestPublisher(w.workspace.id, { publicBaseUrl: null });
  });
});

describe("the workspace's index and feeds", () => {
  it("hold exactly the live publications, with ETags that change when one is unpublished", async () => {
    const fresh = await createTestWorkspace();
    const s = fresh.workspace.slug;
    const make = (statement: string) => publishResolvedTestClaim(fresh.workspace.id, testFactCheck({ statement }));
    const a = await make("Raqqa fell in October 2017");
    const b = await make("Mosul was retaken in July 2017");
    await withdrawTestPublication(fresh.workspace.id, b.claimId);
    const c = await make("Palmyra changed hands twice");
    const params = { workspace: s };

    const data = await serveDataFeed(get(`/p/${s}/claimreview.json`), params);
    expect(data.status).toBe(200);
    const feed = await data.json();
    const reviewed = feed.dataFeedElement.map((e: { item: { claimReviewed: string; url: string }[] }) => e.item[0]!);
    expect(reviewed.map((r: { claimReviewed: string }) => r.claimReviewed).sort()).toEqual(["Palmyra changed hands twice", "Raqqa fell in October 2017"]);
    for (const review of reviewed) expect(validateClaimReview({ "@context": "https://schema.org", ...review })).toEqual([]);

    const atom = await serveAtomFeed(get(`/p/${s}/feed.xml`), params);
    expect(atom.headers.get("content-type")).toContain("application/atom+xml");
    const xml = new JSDOM(await atom.text(), { contentType: "application/xml" }).window.document;
    expect(xml.querySelector("parsererror")).toBeNull();
    expect([...xml.getElementsByTagName("entry")].map((e) => e.getElementsByTagName("id")[0]?.textContent)).toEqual([`${BASE}/p/${s}/${c.id}`, `${BASE}/p/${s}/${a.id}`]);

    const index = await serveIndex(get(`/p/${s}?q=raqqa`), params);
    const indexText = await index.text();
    expect(indexText).toContain("Raqqa fell");
    expect(indexText).not.toContain("Palmyra");

    const etag = data.headers.get("etag")!;
    expect((await serveDataFeed(get(`/p/${s}/claimreview.json`, { "if-none-match": etag }), params)).status).toBe(304);
    await withdrawTestPublication(fresh.workspace.id, c.claimId);
    const after = await serveDataFeed(get(`/p/${s}/claimreview.json`, { "if-none-match": etag }), params);
    expect(after.status).toBe(200);
    expect((await after.json()).dataFeedElement).toHaveLength(1);
  });

  it("answers 404 for a workspace that never published and 400 with a reason for a bad page number", async () => {
    const never = await createTestWorkspace();
    for (const serve of [serveIndex, serveAtomFeed, serveDataFeed]) expect((await serve(get(`/p/${never.workspace.slug}`), { workspace: never.workspace.slug })).status).toBe(404);
    await published();
    const bad = await serveIndex(get(`/p/${slug}?page=zero`), { workspace: slug });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("The page must be a whole number such as 2.");
  });
});
