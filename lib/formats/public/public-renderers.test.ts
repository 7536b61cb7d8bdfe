// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { testFactCheck } from "@test-support/publications";
import type { PublishedFactCheck } from "@/lib/schemas/publication";
import { validateClaimReview } from "@/lib/formats/claimreview-export";
import { renderAtomFeed } from "./atom-feed";
import { renderEmbedPage } from "./embed-page";
import { renderFactCheckPage } from "./fact-check-page";
import { renderIndexPage } from "./index-page";
import { publicUrls } from "./public-urls";
import type { PublicFactCheckView } from "./public-views";

const XSS = `</script><script>alert(1)</script><img src=x onerror="alert(2)">`;
const urls = publicUrls("https://checks.example.org", "desk");
const publisher = { slug: "desk", name: "Example Checks", logoUrl: null };

function view(factCheck: PublishedFactCheck = testFactCheck(), extra: Partial<PublicFactCheckView> = {}): PublicFactCheckView {
  return { id: "0b0c0d0e-0000-4000-8000-000000000001", publisher, factCheck, publishedAt: new Date("2026-12-02T09:00:00Z"), lastPublishedAt: new Date("2026-12-04T10:00:00Z"), underReview: false, corrections: [], ...extra };
}

function hostile(): PublishedFactCheck {
  const base = testFactCheck();
  return {
    ...base, headline: XSS, summary: XSS,
    claim: { ...base.claim, statement: XSS, claimant: XSS, quote: { exact: XSS, before: XSS, after: XSS } },
    article: { ...base.article, title: XSS, publisher: XSS },
    rating: { ...base.rating, label: XSS },
    evidence: [{ title: XSS, url: "https://www.example.org/e?x=\"><script>", publisher: XSS, stance: "CONTEXT" }],
  };
}

const parse = (text: string, type: DOMParserSupportedType = "text/html") => new DOMParser().parseFromString(text, type);

/** Every element that could run script or load something the statement put there. */
function injected(doc: Document) {
  const scripts = [...doc.querySelectorAll("script")].filter((s) => s.getAttribute("type") !== "application/ld+json");
  const handlers = [...doc.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on")));
  return { scripts: scripts.length, handlers: handlers.length, images: doc.querySelectorAll("img[src=x]").length };
}

describe("public renderers: an XSS statement stays text", () => {
  it("is inert in the page, and the JSON-LD block holds exactly one parseable ClaimReview", () => {
    const page = renderFactCheckPage(view(hostile(), { corrections: [{ at: new Date("2026-12-04T10:00:00Z"), text: XSS }] }), urls);
    const doc = parse(page);
    expect(injected(doc)).toEqual({ scripts: 0, handlers: 0, images: 0 });
    const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const review = JSON.parse(blocks[0]!.textContent ?? "");
    expect(review.claimReviewed).toBe(XSS);
    expect(validateClaimReview(review)).toEqual([]);
    expect(doc.querySelector("h1")?.textContent).toBe(XSS);
  });

  it("is inert in the embed and the index", () => {
    for (const page of [renderEmbedPage(view(hostile()), urls), renderIndexPage({ publisher, items: [view(hostile())], total: 1, q: XSS, page: 1, pageSize: 20 }, urls)]) {
      expect(injected(parse(page))).toEqual({ scripts: 0, handlers: 0, images: 0 });
    }
  });

  it("is inert and well-formed in the Atom feed", () => {
    const feed = renderAtomFeed({ publisher: { ...publisher, name: XSS }, items: [view(hostile())] }, urls);
    const doc = parse(feed, "application/xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.getElementsByTagName("entry")[0]?.getElementsByTagName("title")[0]?.textContent).toBe(XSS);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
  });
});

describe("the public page", () => {
  it("shows the verdict, the quote in its context, the evidence, the corrections and the social tags", () => {
    const doc = parse(renderFactCheckPage(view(testFactCheck(), { corrections: [{ at: new Date("2026-12-04T10:00:00Z"), text: "rating changed from Mostly true to Mixed" }] }), urls));
    expect(doc.querySelector(".badge")?.textContent).toBe("Mostly true");
    expect(doc.querySelector(".quote mark")?.textContent).toBe("a population of around 12 million");
    expect(doc.querySelector(".quote")?.textContent).toContain("At its height, the group ruled over");
    expect(doc.querySelector(".evidence li")?.textContent).toContain("Supports");
    expect(doc.querySelector(".corrections li")?.textContent).toBe("Updated 4 Dec 2026: rating changed from Mostly true to Mixed");
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(`${urls.page("0b0c0d0e-0000-4000-8000-000000000001")}/card.png`);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(urls.page("0b0c0d0e-0000-4000-8000-000000000001"));
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary_large_image");
    expect(doc.querySelector(".notice")).toBeNull();
  });

  it("marks a reopened claim and sets right to left for an Arabic one", () => {
    const base = testFactCheck();
    const doc = parse(renderFactCheckPage(view({ ...base, claim: { ...base.claim, statement: "قال الوزير إن ١٢ مليون شخص", language: "ar", direction: "rtl" } }, { underReview: true }), urls));
    expect(doc.querySelector(".notice")?.textContent).toContain("Under review again");
    expect(doc.querySelector("article")?.getAttribute("dir")).toBe("rtl");
    expect(doc.querySelector("article")?.getAttribute("lang")).toBe("ar");
  });

  it("opens the full fact-check from the embed in a new tab without an opener", () => {
    const link = parse(renderEmbedPage(view(), urls)).querySelector("a");
    expect(link?.getAttribute("target")).toBe("_blank");
    expect(link?.getAttribute("rel")).toBe("noopener");
    expect(link?.getAttribute("href")).toBe(urls.page("0b0c0d0e-0000-4000-8000-000000000001"));
  });
});
