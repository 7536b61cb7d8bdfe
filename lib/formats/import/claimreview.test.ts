import { afterAll, describe, expect, it } from "vitest";
import { readClaimReviewFile } from "./claimreview";
import { createHtmlReaderPool } from "./html-reader-pool";

const utf8 = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

const review = (n: number, extra: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: `https://factcheck.example/review-${n}`,
  claimReviewed: `ISIS had 100,000 fighters in Syria in ${2013 + n}`,
  author: { "@type": "Organization", name: "Fact Desk", url: "https://www.factcheck.example/" },
  datePublished: "2017-08-03",
  reviewRating: { "@type": "Rating", ratingValue: "1", bestRating: 5, worstRating: 1, alternateName: "False" },
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "A. Spokesman" } },
  ...extra,
});

const pool = createHtmlReaderPool();
afterAll(() => pool.close());
const read = (value: unknown, name = "reviews.json") => readClaimReviewFile({ name, bytes: utf8(value) }, { pool });
const reasonOf = async (value: unknown, name?: string) => {
  const result = await read(value, name);
  return result.ok ? "imported" : result.reason;
};
const page = (head: string) => `<!doctype html><html lang="en"><head><title>A fact-check</title>${head}</head><body><p>Text</p></body></html>`;
const block = (value: unknown) => `<script type="application/ld+json">${typeof value === "string" ? value : JSON.stringify(value)}</script>`;

describe("readClaimReviewFile", { timeout: 120_000 }, () => {
  it("reads a single object with its publisher, site, date, language and rating", async () => {
    const result = await read(review(1, { inLanguage: "en-GB" }));
    expect(result).toEqual({
      ok: true,
      reading: {
        shape: "ClaimReview JSON-LD",
        notes: [],
        reviews: [{
          ok: true,
          where: "ClaimReview 1 of 1",
          review: {
            claimReviewed: "ISIS had 100,000 fighters in Syria in 2014",
            url: "https://factcheck.example/review-1",
            title: "Fact-check: ISIS had 100,000 fighters in Syria in 2014",
            publisher: "Fact Desk",
            publisherSite: "factcheck.example",
            publishedAt: "2017-08-03",
            language: "en",
            rating: { label: "False", value: 1, best: 5, worst: 1 },
            claimant: "A. Spokesman",
          },
        }],
      },
    });
  });

  it("takes an author given as a plain name and a rating with a label only", async () => {
    const result = await read(review(1, { author: "Desk", reviewRating: { alternateName: "Misleading" } }));
    expect(result.ok && result.reading.reviews[0]).toMatchObject({ review: { publisher: "Desk", publisherSite: null, rating: { label: "Misleading", value: null } } });
  });

  it("skips a review that cannot be read, saying why, and reads the others", async () => {
    const result = await read([review(1), review(2, { claimReviewed: "" }), { claimReviewed: "No rating here", url: "https://factcheck.example/3" }]);
    expect(result.ok && result.reading.reviews.map((found) => (found.ok ? "read" : `${found.where}: ${found.reason}`))).toEqual([
      "read",
      "ClaimReview 2 of 3: claimReviewed is empty",
      "ClaimReview 3 of 3: reviewRating is missing",
    ]);
    expect(result.ok && result.reading.reviews[2]).toMatchObject({ title: "Fact-check: No rating here", url: "https://factcheck.example/3" });
  });

  it.each([
    ["truncated JSON", '[{"@type": "ClaimReview", "claimReviewed": "x"', "it is not valid JSON"],
    ["an empty file", "", "it is empty."],
    ["whitespace", " \n ", "it holds only whitespace."],
    ["JSON of other types", { "@context": "https://schema.org", "@graph": [{ "@type": "NewsArticle" }, { "@type": "Organization" }] }, "no ClaimReview found in this file: it holds NewsArticle, Organization. Upload a fact-check's HTML page, or JSON holding"],
    ["JSON with no types", { claims: [] }, "no ClaimReview found in this file: it holds no schema.org item with an @type."],
    ["reviews of which none can be read", [review(1, { claimReviewed: undefined }), review(2, { url: "javascript:alert(1)" })], "no ClaimReview in it can be imported: ClaimReview 1 of 2: claimReviewed is missing; ClaimReview 2 of 2: url must be a web address starting with http:// or https://. Nothing of the file was imported."],
    ["a rating with neither label nor value", review(1, { reviewRating: { bestRating: 5 } }), "reviewRating needs an alternateName or a ratingValue"],
    ["a wrong type", review(1, { claimReviewed: 5 }), "ClaimReview 1 of 1: claimReviewed must be text."],
  ])("refuses %s, saying what to fix", async (_name, value, reason) => {
    expect(await reasonOf(value)).toContain(reason);
  });

  it("refuses binary files whatever their name, and files over the review limit", async () => {
    const pdf = await readClaimReviewFile({ name: "a.json", bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]) });
    expect(pdf).toEqual({ ok: false, reason: "it is a PDF document, not a JSON or HTML file, whatever its name says." });
    const many = Array.from({ length: 5_001 }, (_, i) => ({ claimReviewed: "x", url: `https://f.example/${i}`, reviewRating: { alternateName: "False" } }));
    expect(await reasonOf(many)).toBe("it holds 5,001 reviews, over the limit of 5,000 reviews per file. Split it into smaller files.");
  });

  it("does not follow a document nested past the walk's depth, and says so", async () => {
    let deep: unknown = review(1);
    for (let i = 0; i < 40; i += 1) deep = [deep];
    expect(await reasonOf(deep)).toContain("no ClaimReview found in this file");
    const mixed = await read([review(2), deep]);
    expect(mixed.ok && mixed.reading.notes).toEqual(["parts of it nested more than 32 levels deep were not read."]);
  });
});

describe("readClaimReviewFile on HTML pages", { timeout: 120_000 }, () => {
  it("reads the ClaimReview blocks of a page with scripts, whatever the file's name, skipping a broken block", async () => {
    const html = page(`<script>alert(1)</script>${block({ "@type": "NewsArticle" })}\n${block("{ broken")}\n${block({ "@graph": [review(1, { "@type": ["Review", "ClaimReview"] })] })}`);
    const result = await read(html, "saved-page.json");
    if (!result.ok) throw new Error(result.reason);
    expect(result.reading.shape).toBe("an HTML page with 3 JSON-LD blocks (ClaimReview JSON-LD)");
    expect(result.reading.notes).toEqual([expect.stringMatching(/^the JSON-LD block on line 2 is not valid JSON \(.+\); it was skipped\.$/)]);
    expect(result.reading.reviews).toMatchObject([{ ok: true, where: "ClaimReview 1 of 1 (in the JSON-LD block on line 3)", review: { language: "en", url: "https://factcheck.example/review-1" } }]);
  });

  it.each([
    ["a page of other types", page(block({ "@type": "NewsArticle" }) + block({ "@type": "BreadcrumbList" })), "no ClaimReview found in this page: it holds NewsArticle, BreadcrumbList."],
    ["a page without JSON-LD", page(""), 'no ClaimReview found in this page: it has no JSON-LD (<script type="application/ld+json">) block'],
    ["a page whose only block is broken", page(block("{ nope")), "no ClaimReview found in this page: the JSON-LD block on line 1 is not valid JSON"],
    ["a page of other types beside a broken block", page(block({ "@type": "WebPage" }) + block("[")), "no ClaimReview found in this page: it holds WebPage. Upload a fact-check's HTML page"],
    ["a page nested too deep", `<html><body>${"<div>".repeat(500)}</body></html>`, "it nests elements 502 deep"],
  ])("refuses %s, saying what to fix", async (_name, html, reason) => {
    expect(await reasonOf(html, "page.html")).toContain(reason);
  });

  it("stops a page that passes the reader's time limit instead of stalling the import", async () => {
    const slow = createHtmlReaderPool({ timeoutMs: 50 });
    try {
      const result = await readClaimReviewFile({ name: "page.html", bytes: utf8(page(block(review(1)))) }, { pool: slow });
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^reading it took longer than 0\.05 seconds, so it was stopped\. Save the page's ClaimReview/) });
    } finally {
      await slow.close();
    }
  });
});
