import { describe, expect, it } from "vitest";
import type { ReportClaim } from "@/lib/domain/report-model";
import { toClaimReview } from "./claimreview-export";
import { FIXTURE_CLAIMS, FIXTURE_WORKSPACE } from "@test-support/report-fixture";
import { articleUrn, toAnnotation } from "./w3c-annotation-export";

// Defence in depth: whatever a stored address holds, the W3C and ClaimReview exports emit only
// http(s) ones (a javascript: or data: address would run in whatever shows the export).

const HOSTILE = ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", " JavaScript:alert(1)"];

function withHostileUrls(url: string): ReportClaim {
  const claim = FIXTURE_CLAIMS.find((c) => c.status === "RESOLVED" && c.evidence.length > 0)!;
  return {
    ...claim,
    article: { ...claim.article, url },
    evidence: claim.evidence.map((item) => ({ ...item, source: { ...item.source, url, archivedUrl: url, articleId: null } })),
  };
}

describe("exports never emit a non-http(s) address", () => {
  it("the W3C annotation falls back to the article's URN and leaves hostile evidence addresses out", () => {
    for (const url of HOSTILE) {
      const claim = withHostileUrls(url);
      const annotation = toAnnotation(claim);
      const text = JSON.stringify(annotation);
      expect(text, url).not.toMatch(/javascript:|data:text/i);
      expect((annotation.target as { source: string }).source).toBe(articleUrn(claim.article.id));
    }
  });

  it("the ClaimReview leaves a hostile article address out", () => {
    for (const url of HOSTILE) {
      const review = toClaimReview(FIXTURE_WORKSPACE, withHostileUrls(url))!;
      expect(JSON.stringify(review), url).not.toMatch(/javascript:|data:text/i);
      expect((review.itemReviewed as { appearance: Record<string, unknown> }).appearance).not.toHaveProperty("url");
    }
  });

  it("keeps http(s) addresses as they are", () => {
    const claim = withHostileUrls("https://example.org/report");
    expect((toAnnotation(claim).target as { source: string }).source).toBe("https://example.org/report");
    expect(JSON.stringify(toClaimReview(FIXTURE_WORKSPACE, claim))).toContain("https://example.org/report");
  });
});
