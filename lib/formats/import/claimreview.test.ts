import { describe, expect, it } from "vitest";
import { parseClaimReviewFile } from "./claimreview";

const utf8 = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

const review = (n: number, extra: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: `https://factcheck.example/review-${n}`,
  claimReviewed: `ISIS had 100,000 fighters in Syria in ${2013 + n}`,
  author: { "@type": "Organization", name: "Fact Desk" },
  datePublished: "2017-08-03",
  reviewRating: { "@type": "Rating", ratingValue: "1", bestRating: 5, worstRating: 1, alternateName: "False" },
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "A. Spokesman" } },
  ...extra,
});

const parse = (value: unknown) => parseClaimReviewFile(utf8(value));
const reasonOf = (value: unknown) => {
  const result = parse(value);
  return result.ok ? "imported" : result.reason;
};

describe("parseClaimReviewFile", () => {
  it("reads a single object", () => {
    const result = parse(review(1));
    expect(result).toEqual({
      ok: true,
      reviews: [
        {
          claimReviewed: "ISIS had 100,000 fighters in Syria in 2014",
          url: "https://factcheck.example/review-1",
          title: "Fact-check: ISIS had 100,000 fighters in Syria in 2014",
          publisher: "Fact Desk",
          publishedAt: "2017-08-03",
          rating: { label: "False", value: 1, best: 5, worst: 1 },
          claimant: "A. Spokesman",
        },
      ],
    });
  });

  it("reads an array and a graph, skipping nodes of other types", () => {
    const array = parse([review(1), review(2)]);
    expect(array.ok && array.reviews.map((r) => r.url)).toEqual(["https://factcheck.example/review-1", "https://factcheck.example/review-2"]);
    const graph = parse({ "@context": "https://schema.org", "@graph": [{ "@type": "Organization", name: "Fact Desk" }, review(3, { "@type": ["ClaimReview"], headline: "A headline" })] });
    expect(graph.ok && graph.reviews.map((r) => r.title)).toEqual(["A headline"]);
  });

  it("takes an author given as a plain name and a rating with a label only", () => {
    const result = parse(review(1, { author: "Desk", reviewRating: { alternateName: "Misleading" } }));
    expect(result.ok && result.reviews[0]).toMatchObject({ publisher: "Desk", rating: { label: "Misleading", value: null } });
  });

  it.each([
    ["truncated JSON", '[{"@type": "ClaimReview", "claimReviewed": "x"', "not valid JSON"],
    ["empty file", "", "it is empty."],
    ["whitespace", " \n ", "only whitespace"],
    ["no ClaimReview", { "@type": "NewsArticle", headline: "x" }, "holds no ClaimReview"],
    ["a missing claimReviewed", review(1, { claimReviewed: undefined }), "ClaimReview 1 of 1: claimReviewed is missing"],
    ["a bad url", review(1, { url: "javascript:alert(1)" }), "url must be a web address starting with http:// or https://"],
    ["no rating", review(1, { reviewRating: undefined }), "reviewRating is missing"],
    ["a rating with neither label nor value", review(1, { reviewRating: { bestRating: 5 } }), "needs an alternateName or a ratingValue"],
  ])("refuses %s", (_name, value, reason) => {
    expect(reasonOf(value)).toContain(reason);
  });

  it("refuses the whole file when one review of many is bad", () => {
    expect(reasonOf([review(1), review(2, { claimReviewed: "" })])).toBe("ClaimReview 2 of 2: claimReviewed is empty. Nothing of the file was imported.");
  });

  it("refuses binary files whatever their name", () => {
    expect(parseClaimReviewFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toEqual({ ok: false, reason: "it is a PDF document, not a JSON file, whatever its name says." });
  });
});

describe("parseClaimReviewFile messages", () => {
  it("tells a wrong type from a missing field", () => {
    expect(reasonOf(review(1, { claimReviewed: 5 }))).toBe("ClaimReview 1 of 1: claimReviewed must be text. Nothing of the file was imported.");
  });
});
