import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { ImportFile } from "../article-import/article-import";
import { importClaimReviewFile, linkFactCheck, listFactChecksToLink } from "./claimreview-import";
import { countEvidenceRows, createSpanClaim, createTestArticle, createTestWorkspace } from "@test-support/data";

const jsonFile = (name: string, value: unknown): ImportFile => {
  const bytes = new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
  return { name, size: bytes.byteLength, read: async () => bytes };
};

const review = (n: number, claimReviewed: string, rating: Record<string, unknown> = { ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" }) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: `https://factcheck.example/${n}-${Math.random().toString(36).slice(2)}`,
  claimReviewed,
  author: { "@type": "Organization", name: "Fact Desk" },
  datePublished: "2017-08-03",
  reviewRating: rating,
});

const BODY = "Officials said that ISIS still had around 100,000 fighters in Syria and Iraq in 2017, far more than other estimates.";

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const article = await createTestArticle(workspace.id, BODY);
  const claim = await createSpanClaim({ workspaceId: workspace.id, articleId: article.id, body: BODY, quote: "ISIS still had around 100,000 fighters in Syria and Iraq in 2017", statement: "ISIS had 100,000 fighters in Syria and Iraq in 2017" });
  return { slug: workspace.slug, workspaceId: workspace.id, users, claimId: claim.id };
}

describe("ClaimReview import", () => {
  it("imports each fact-check as an external source with its rating, suggests the claim it reviews, and links it as evidence", async () => {
    const { slug, workspaceId, users, claimId } = await setup();
    const graph = { "@context": "https://schema.org", "@graph": [{ "@type": "Organization", name: "Fact Desk" }, review(1, "ISIS had 100,000 fighters in Syria and Iraq in 2017"), review(2, "The moon is made of cheese", { alternateName: "True" })] };
    const result = await importClaimReviewFile({ actor: users.REVIEWER, slug, file: jsonFile("reviews.json", graph) });
    expect(result).toMatchObject({ status: "imported", duplicates: [] });
    expect(result.status === "imported" && result.imported).toHaveLength(2);
    const sources = await getDb().source.findMany({ where: { workspaceId }, orderBy: { title: "asc" }, select: { kind: true, publisher: true, claimReviewed: true, ratingLabel: true, ratingValue: true, ratingBest: true, publishedAt: true } });
    expect(sources[0]).toEqual({ kind: "FACT_CHECK", publisher: "Fact Desk", claimReviewed: "ISIS had 100,000 fighters in Syria and Iraq in 2017", ratingLabel: "False", ratingValue: 1, ratingBest: 5, publishedAt: new Date("2017-08-03T00:00:00Z") });
    expect(await countEvidenceRows(workspaceId)).toMatchObject({ sources: 2, auditEvents: 2 });

    const toLink = await listFactChecksToLink({ actor: users.VIEWER, slug });
    const fighters = toLink.find((f) => f.claimReviewed?.includes("fighters"));
    const cheese = toLink.find((f) => f.claimReviewed?.includes("cheese"));
    expect(fighters).toMatchObject({ stance: "CONTRADICTS", note: 'Rated "False" (1 on a scale of 1 to 5) by Fact Desk.', linkedClaims: 0 });
    expect(fighters?.matches.map((m) => m.claimId)).toEqual([claimId]);
    expect(cheese?.matches).toEqual([]);
    expect(cheese?.stance).toBe("SUPPORTS");

    const link = await linkFactCheck({ actor: users.REVIEWER, slug, input: { sourceId: fighters?.id ?? "", claimId, stance: "CONTRADICTS", note: fighters?.note } });
    const evidence = await getDb().evidence.findUniqueOrThrow({ where: { id: link.id }, select: { stance: true, exact: true, note: true, sourceId: true } });
    expect(evidence).toEqual({ stance: "CONTRADICTS", exact: "ISIS had 100,000 fighters in Syria and Iraq in 2017", note: 'Rated "False" (1 on a scale of 1 to 5) by Fact Desk.', sourceId: fighters?.id });
    expect(link.claimStatus).toBe("IN_REVIEW");
    const after = await listFactChecksToLink({ actor: users.VIEWER, slug });
    expect(after.find((f) => f.id === fighters?.id)).toMatchObject({ linkedClaims: 1, matches: [] });
    await expect(linkFactCheck({ actor: users.REVIEWER, slug, input: { sourceId: fighters?.id ?? "", claimId, stance: "CONTEXT" } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("reports fact-checks the workspace already holds, and repeats within the file, as duplicates", async () => {
    const { slug, workspaceId, users } = await setup();
    const one = review(1, "Claim one");
    await importClaimReviewFile({ actor: users.REVIEWER, slug, file: jsonFile("a.json", one) });
    const result = await importClaimReviewFile({ actor: users.REVIEWER, slug, file: jsonFile("b.json", [one, review(2, "Claim two"), { ...review(3, "Claim two"), url: "https://factcheck.example/same" }, { ...review(4, "Claim two"), url: "https://factcheck.example/same" }]) });
    expect(result.status === "imported" && result.duplicates.map((d) => d.reason)).toEqual([
      'the workspace already holds it as the source "Fact-check: Claim one".',
      "it has the same address as ClaimReview 3 of 4, imported from this file.",
    ]);
    expect(result.status === "imported" && result.reviews.map((r) => r.status)).toEqual(["duplicate", "imported", "imported", "duplicate"]);
    expect(await countEvidenceRows(workspaceId)).toMatchObject({ sources: 3, auditEvents: 3 });
  });

  it("refuses files with nothing to import whole, writing nothing, and says what to fix", async () => {
    const { slug, workspaceId, users } = await setup();
    const before = await countEvidenceRows(workspaceId);
    const bad = [
      jsonFile("truncated.json", '[{"@type": "ClaimReview", "url": "https://x.example"'),
      jsonFile("all-bad.json", [review(1, ""), { ...review(2, "Fine"), url: "ftp://x.example/2" }]),
      jsonFile("empty.json", ""),
      jsonFile("other.json", { "@type": "NewsArticle" }),
      jsonFile("page.html", '<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script><script type="application/ld+json">{"@type": "BreadcrumbList"}</script></head></html>'),
      jsonFile("reviews.csv", [review(1, "Fine")]),
    ];
    const reasons = [];
    for (const file of bad) {
      const result = await importClaimReviewFile({ actor: users.REVIEWER, slug, file });
      reasons.push(result.status === "refused" ? result.reason.split(/[:(]/)[0]!.trim() : "imported");
    }
    expect(reasons).toEqual(["it is not valid JSON", "no ClaimReview in it can be imported", "it is empty.", "no ClaimReview found in this file", "no ClaimReview found in this page", "upload a .json or .jsonld file"]);
    const page = await importClaimReviewFile({ actor: users.REVIEWER, slug, file: bad[4]! });
    expect(page).toMatchObject({ status: "refused", reason: expect.stringMatching(/^no ClaimReview found in this page: it holds NewsArticle, BreadcrumbList\. /) });
    expect(await countEvidenceRows(workspaceId)).toEqual(before);
    await expect(importClaimReviewFile({ actor: users.VIEWER, slug, file: jsonFile("a.json", review(1, "x")) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("imports the readable reviews of a file and lists the rest as skipped with their reason", async () => {
    const { slug, workspaceId, users } = await setup();
    const result = await importClaimReviewFile({ actor: users.REVIEWER, slug, file: jsonFile("half.json", [review(1, "Fine"), review(2, "")]) });
    expect(result.status === "imported" && result.reviews.map((r) => [r.status, r.reason])).toEqual([["imported", null], ["skipped", "claimReviewed is empty"]]);
    expect(await countEvidenceRows(workspaceId)).toMatchObject({ sources: 1, auditEvents: 1 });
  });
});
