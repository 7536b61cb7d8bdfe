import { describe, expect, it } from "vitest";
import { claimantType, toClaimReview, validateClaimReview, writeClaimReviewExport } from "./claimreview-export";
import { FIXTURE_CLAIMS, FIXTURE_WORKSPACE, collect, countingClaims, readGolden, streamClaims } from "@test-support/report-fixture";

type Json = Record<string, unknown>;

async function exportDemo(): Promise<{ text: string; reviews: Json[] }> {
  const text = await collect(writeClaimReviewExport(FIXTURE_WORKSPACE, streamClaims()));
  return { text, reviews: JSON.parse(text) as Json[] };
}

const required = (review: unknown) => validateClaimReview(review).filter((problem) => problem.level === "required");

describe("writeClaimReviewExport", () => {
  it("writes the demo reviews byte for byte", async () => {
    const { text } = await exportDemo();
    expect(text).toBe(readGolden("demo.claimreview.json", text));
  });

  it("writes one ClaimReview per resolved claim and skips the others", async () => {
    const { reviews } = await exportDemo();
    const resolved = FIXTURE_CLAIMS.filter((claim) => claim.status === "RESOLVED");
    expect(reviews.map((review) => review.url)).toEqual(resolved.map((claim) => claim.url));
  });

  it("gives every ClaimReview Google's required and recommended properties", async () => {
    const { reviews } = await exportDemo();
    for (const review of reviews) {
      expect(review).toMatchObject({ "@context": "https://schema.org", "@type": "ClaimReview" });
      expect(review.claimReviewed).toEqual(expect.any(String));
      expect(validateClaimReview(review), String(review.url)).toEqual([]);
    }
  });

  it("rates on the scale's ordinals, within worst..best", async () => {
    const { reviews } = await exportDemo();
    expect(reviews[0]!.reviewRating).toEqual({ "@type": "Rating", ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: "Mixed" });
    for (const review of reviews) {
      const rating = review.reviewRating as Json;
      if (rating.ratingValue === undefined) continue;
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating as number);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating as number);
    }
  });

  it("gives the Unverifiable rating its label only", async () => {
    const { reviews } = await exportDemo();
    expect(reviews[1]!.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
  });

  it("dates the review by its resolution and the claim by its date, else its article's", async () => {
    const { reviews } = await exportDemo();
    expect(reviews[0]).toMatchObject({ datePublished: "2024-05-20", itemReviewed: { datePublished: "2016-07-13" } });
    expect(reviews[1]).toMatchObject({ datePublished: "2024-05-21", itemReviewed: { datePublished: "2017-08-03" } });
  });

  it("names where the claim appeared, with the article's URL only when it has one", async () => {
    const { reviews } = await exportDemo();
    const appearance = (review: Json) => (review.itemReviewed as Json).appearance as Json;
    expect(appearance(reviews[0]!)).toEqual({ "@type": "CreativeWork", headline: "The End of the Caliphate", datePublished: "2016-07-13" });
    expect(appearance(reviews[1]!)).toMatchObject({ url: "https://news.example.org/2017/08/how-the-islamic-state-ends", headline: "How the Islamic State ends: scrambling for Deir al-Zour" });
  });

  it("falls back to the workspace name as author", () => {
    const review = toClaimReview({ ...FIXTURE_WORKSPACE, organizationName: null }, FIXTURE_CLAIMS[0]!);
    expect(review?.author).toEqual({ "@type": "Organization", name: "ISIS decline 2015–2017" });
  });

  it("writes an empty array when nothing is resolved", async () => {
    const open = FIXTURE_CLAIMS.filter((claim) => claim.status !== "RESOLVED");
    expect(await collect(writeClaimReviewExport(FIXTURE_WORKSPACE, streamClaims(open)))).toBe("[]\n");
  });
});

describe("claimantType", () => {
  it("tells organisations from people by their names, as far as a name can", () => {
    expect(claimantType("The New Arab")).toBe("Organization");
    expect(claimantType("ديرالزور24")).toBe("Organization");
    expect(claimantType("وزارة الصحة")).toBe("Organization");
    expect(claimantType("Operation Inherent Resolve")).toBe("Organization");
    expect(claimantType("Hasan Abu Abdul Karim")).toBe("Person");
  });
});

describe("validateClaimReview", () => {
  const valid = toClaimReview(FIXTURE_WORKSPACE, FIXTURE_CLAIMS[0]!)!;

  it("finds missing required properties", () => {
    const { claimReviewed: _c, url: _u, ...missing } = valid;
    expect(required(missing).map((problem) => problem.path)).toEqual(["claimReviewed", "url"]);
    expect(required({ ...valid, reviewRating: { "@type": "Rating", ratingValue: 3 } }).map((p) => p.path)).toEqual(["reviewRating.alternateName"]);
    expect(required({ ...valid, reviewRating: undefined }).map((p) => p.path)).toEqual(["reviewRating"]);
    expect(required({ ...valid, url: "/w/isis-decline/claims/1" }).map((p) => p.path)).toEqual(["url"]);
    expect(required([valid])).toHaveLength(1);
  });

  it("finds a ratingValue outside worstRating..bestRating, with schema.org's 1..5 by default", () => {
    const rating = (r: Json) => required({ ...valid, reviewRating: { "@type": "Rating", alternateName: "x", ...r } }).map((p) => p.message);
    expect(rating({ ratingValue: 6, bestRating: 5, worstRating: 1 })).toEqual(["ratingValue 6 is outside 1..5."]);
    expect(rating({ ratingValue: 0 })).toEqual(["ratingValue 0 is outside 1..5."]);
    expect(rating({ ratingValue: 7, bestRating: 10, worstRating: 0 })).toEqual([]);
    expect(rating({ ratingValue: "3", bestRating: "5", worstRating: "1" })).toEqual([]);
    expect(rating({ ratingValue: 2, bestRating: 1, worstRating: 5 })).toEqual(["worstRating 5 is above bestRating 1."]);
    expect(rating({ ratingValue: "three" })).toEqual(["ratingValue, bestRating and worstRating must be numbers."]);
  });

  it("reports missing recommended properties without calling them required", () => {
    const { author: _a, itemReviewed: _i, ...bare } = valid;
    const problems = validateClaimReview(bare);
    expect(problems.map((problem) => [problem.path, problem.level])).toEqual([
      ["author", "recommended"],
      ["itemReviewed", "recommended"],
    ]);
  });
});

describe("streaming", () => {
  it("yields reviews while the claims are still being read", async () => {
    const { claims, pulled } = countingClaims(20_000);
    let chunks = 0;
    let pulledAtTenth = -1;
    for await (const _chunk of writeClaimReviewExport(FIXTURE_WORKSPACE, claims)) {
      chunks += 1;
      if (chunks === 10) pulledAtTenth = pulled();
    }
    expect(pulledAtTenth).toBeLessThan(20);
    expect(chunks).toBe(20_002);
  });
});
