import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { testFactCheck } from "@test-support/publications";
import { validateClaimReview } from "./claimreview-export";
import { toClaimReviewDataFeed, toPublicationClaimReview } from "./claimreview-publication";
import schema from "@test-support/claimreview-publication.schema.json";

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const matchesSchema = ajv.compile(schema);

const publisher = { name: "Example Checks", logoUrl: "https://www.example.org/logo.png" };
const at = new Date("2026-12-02T09:00:00.000Z");
const review = (factCheck = testFactCheck()) =>
  toPublicationClaimReview({ factCheck, publisher, url: "https://checks.example.org/p/desk/0b0c0d0e-0000-4000-8000-000000000001", publishedAt: at, lastPublishedAt: new Date("2026-12-04T10:00:00.000Z") });

function expectValid(value: Record<string, unknown>) {
  expect(validateClaimReview(value)).toEqual([]);
  const ok = matchesSchema(value);
  expect(matchesSchema.errors ?? [], JSON.stringify(matchesSchema.errors)).toEqual([]);
  expect(ok).toBe(true);
}

describe("ClaimReview of a published fact-check", () => {
  it("has every required and recommended property, for the checker and the JSON Schema", () => {
    const value = review();
    expectValid(value);
    expect(value).toMatchObject({
      claimReviewed: "IS ruled about 12 million people",
      datePublished: "2026-12-02",
      dateModified: "2026-12-04T10:00:00.000Z",
      author: { "@type": "Organization", name: "Example Checks", logo: { "@type": "ImageObject", url: "https://www.example.org/logo.png" } },
      reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 4, bestRating: 5, worstRating: 1 },
      itemReviewed: { "@type": "Claim", author: { "@type": "Organization", name: "The New York Times" }, appearance: { "@type": "CreativeWork", url: "https://www.example.org/isis-ends" } },
    });
  });

  it("gives a rating off the scale only its label, and a person claimant a Person", () => {
    const base = testFactCheck();
    const value = review({ ...base, rating: { ...base.rating, label: "Unverifiable", ordinal: null }, claim: { ...base.claim, claimant: "Jane Doe" } });
    expectValid(value);
    expect(value.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expect(value.itemReviewed).toMatchObject({ author: { "@type": "Person", name: "Jane Doe" } });
  });

  it("falls back to the article's publisher as the claim's author and drops non-http article links", () => {
    const base = testFactCheck();
    const value = review({ ...base, claim: { ...base.claim, claimant: null }, article: { ...base.article, url: "javascript:alert(1)" } });
    expect(value.itemReviewed).toMatchObject({ author: { name: "Example Times" } });
    expect(JSON.stringify(value)).not.toContain("javascript:");
  });

  it("fails the JSON Schema when a required property is missing (the schema is not vacuous)", () => {
    const { claimReviewed: _gone, ...rest } = review();
    expect(matchesSchema(rest)).toBe(false);
    const noLabel = { ...review(), reviewRating: { "@type": "Rating", ratingValue: 3 } };
    expect(matchesSchema(noLabel)).toBe(false);
  });
});

describe("ClaimReview DataFeed", () => {
  it("holds each review in a DataFeedItem with its dates, each review valid on its own", () => {
    const feed = toClaimReviewDataFeed({ name: "Example Checks fact-checks", url: "https://checks.example.org/p/desk/claimreview.json", publisher, entries: [{ review: review(), publishedAt: at, lastPublishedAt: at }] });
    expect(feed).toMatchObject({ "@type": "DataFeed", dateModified: at.toISOString() });
    const [element] = feed.dataFeedElement as { "@type": string; dateModified: string; item: Record<string, unknown>[] }[];
    expect(element).toMatchObject({ "@type": "DataFeedItem", dateModified: at.toISOString() });
    expectValid({ "@context": "https://schema.org", ...element!.item[0] });
  });
});
