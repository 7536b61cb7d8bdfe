// A small, complete workspace document for unit tests of the JSON writer and reader: every section
// holds a row, with Arabic text, a comment with a deleted reply, an orphaned claim, a resolved claim and two verdicts by one reviewer,
// and the resolved claim published as a fact-check, republished once with a correction.
import type { WorkspaceDocument } from "@/lib/schemas/workspace-json";

const T = "2026-01-05T10:00:00.000Z";
const U = "2026-01-06T11:30:00.000Z";
const ids = {
  workspace: "0190a000-0000-7000-8000-000000000001",
  owner: "0190a000-0000-7000-8000-0000000000a1",
  reviewer: "0190a000-0000-7000-8000-0000000000a2",
  rating: "0190a000-0000-7000-8000-000000000010",
  rating2: "0190a000-0000-7000-8000-000000000011",
  article: "0190a000-0000-7000-8000-000000000020",
  arabic: "0190a000-0000-7000-8000-000000000021",
  claim: "0190a000-0000-7000-8000-000000000030",
  orphan: "0190a000-0000-7000-8000-000000000031",
  source: "0190a000-0000-7000-8000-000000000040",
  factCheck: "0190a000-0000-7000-8000-000000000041",
  evidence: "0190a000-0000-7000-8000-000000000050",
  verdict1: "0190a000-0000-7000-8000-000000000060",
  verdict2: "0190a000-0000-7000-8000-000000000061",
  assignment: "0190a000-0000-7000-8000-000000000070",
  dismissal: "0190a000-0000-7000-8000-000000000080",
  audit: "0190a000-0000-7000-8000-000000000090",
  capture: "0190a000-0000-7000-8000-0000000000c0",
  leftOut: "0190a000-0000-7000-8000-0000000000c1",
  link: "0190a000-0000-7000-8000-0000000000d0",
  dismissedMatch: "0190a000-0000-7000-8000-0000000000d1",
  comment: "0190a000-0000-7000-8000-0000000000d2",
  reply: "0190a000-0000-7000-8000-0000000000d3",
  publication: "0190a000-0000-7000-8000-0000000000e1",
};
export const FIXTURE_IDS = ids;

const body = "IS commanded over a population of around 12 million people.";
/** The page the English article was captured from (scripts and all), and its sha256. */
export const CAPTURE_BYTES = new TextEncoder().encode(`<html><head><script>alert(1)</script></head><body><p>${body}</p></body></html>`);
const CAPTURE_SHA256 = "e95dd08132fc7585269afb040e1d929dc727ef200df31bce668f6cc029c7c4e1";
const arabicBody = "سيطر التنظيم على نحو 12 مليون نسمة في ذروته.";

/** A source's fact-check fields (schema version 2) when it is no fact-check. */
const NOT_A_FACT_CHECK = {
  claimReviewed: null, claimant: null, publisherSite: null, language: null, ratingLabel: null, ratingValue: null, ratingBest: null, ratingWorst: null, ratingLevelId: null,
};

/** The resolved claim's public fact-check, as its publication's snapshot stores it (a new object each time: tests change it). */
const published = () => ({
  headline: "Did IS rule 12 million people?",
  summary: "The figure is at the top of the estimates: نحو 12 مليون.",
  claim: {
    statement: "IS ruled about 12 million people", claimant: "The New Arab", claimDate: null,
    quote: { exact: "around 12 million people", before: "population of ", after: "." }, language: "en", direction: "ltr" as const,
  },
  article: { title: "The End", url: "https://example.org/end", publisher: "Example", author: null, publishedAt: T },
  rating: { label: "True", colour: "#16a34a", ordinal: 5, worst: 5, best: 5 },
  evidence: [{ title: "هل سيطر التنظيم على 12 مليون نسمة؟", url: "https://tahaqquq.example/ar/12-million", publisher: "منصة تحقق", stance: "SUPPORTS" as const }],
  resolvedAt: U,
});

export function workspaceFixture(): WorkspaceDocument {
  return {
    format: "claimbench-workspace",
    schemaVersion: 6,
    exportedAt: U,
    workspace: {
      id: ids.workspace, slug: "desk", name: "Desk", description: null, organizationName: "Desk Org", blindReview: true,
      publisherLogoUrl: "https://desk.example.org/logo.png", publicBaseUrl: "https://checks.example.org", createdAt: T,
    },
    people: [
      { id: ids.owner, email: "owner@example.org", name: "Olivia Owner", role: "OWNER" },
      { id: ids.reviewer, email: "rania@example.org", name: "Rania Reviewer", role: null },
    ],
    ratingScale: [
      { id: ids.rating, label: "True", ordinal: 5, colour: "green", position: 0, createdAt: T, updatedAt: T },
      { id: ids.rating2, label: "Unverifiable", ordinal: null, colour: "slate", position: 1, createdAt: T, updatedAt: T },
    ],
    articles: [
      {
        id: ids.article, title: "The End", url: "https://example.org/end", publisher: "Example", author: null, publishedAt: T, publishedNote: null, language: "en",
        body, bodyHash: "hash-en", wordCount: 10, importFormat: "html", importFileName: "end.html", importRemoved: [{ kind: "nav", text: "Home | News", line: 1 }],
        importedBy: "owner@example.org", version: 2, createdAt: T, updatedAt: U,
      },
      {
        id: ids.arabic, title: "نهاية الخلافة", url: null, publisher: null, author: null, publishedAt: null, publishedNote: "early 2015", language: "ar",
        body: arabicBody, bodyHash: "hash-ar", wordCount: 8, importFormat: "txt", importFileName: null, importRemoved: [], importedBy: null, version: 1, createdAt: T, updatedAt: T,
      },
    ],
    captures: [
      {
        id: ids.capture, articleId: ids.article, method: "FETCH", requestedUrl: "http://example.org/end", finalUrl: "https://example.org/end", httpStatus: 200,
        contentType: "text/html; charset=utf-8", charset: "utf-8", byteSize: CAPTURE_BYTES.length, sha256: CAPTURE_SHA256, bodyHash: "hash-en", title: "The End",
        capturedAt: T, capturedBy: "owner@example.org", appliedAt: T, pendingChange: false, body, bytes: Buffer.from(CAPTURE_BYTES).toString("base64"),
      },
      // As an export that left the originals out writes it: metadata only.
      {
        id: ids.leftOut, articleId: ids.article, method: "CLIP", requestedUrl: "https://example.org/end", finalUrl: "https://example.org/end", httpStatus: null,
        contentType: "text/html", charset: null, byteSize: 4200, sha256: "0".repeat(64), bodyHash: "hash-en-2", title: null,
        capturedAt: U, capturedBy: null, appliedAt: null, pendingChange: true,
      },
    ],
    claims: [
      {
        id: ids.claim, articleId: ids.article, captureId: ids.capture, exact: "around 12 million people", prefix: "population of ", suffix: ".", start: 34, end: 58, anchorStatus: "EXACT",
        statement: "IS ruled about 12 million people", claimant: "The New Arab", claimDate: null, figureValue: 12_000_000, figureUnit: "COUNT", figureQualifier: "ABOUT",
        figureLow: null, figureHigh: null, figureCounted: "people", tags: ["population"], status: "RESOLVED", finalRatingId: ids.rating, resolutionNote: "Agreed.",
        resolvedAt: U, resolvedBy: "owner@example.org", createdBy: "rania@example.org", version: 3, createdAt: T, updatedAt: U,
      },
      {
        id: ids.orphan, articleId: ids.arabic, exact: "نحو 12 مليون", prefix: "", suffix: "", start: 500, end: 512, anchorStatus: "ORPHANED",
        statement: "نحو 12 مليون نسمة", claimant: null, claimDate: null, figureValue: null, figureUnit: null, figureQualifier: null, figureLow: null, figureHigh: null,
        figureCounted: null, tags: [], status: "OPEN", finalRatingId: null, resolutionNote: null, resolvedAt: null, resolvedBy: null, createdBy: null, version: 1, createdAt: T, updatedAt: T,
      },
    ],
    sources: [
      {
        id: ids.source, kind: "ARTICLE", articleId: ids.arabic, title: "نهاية الخلافة", url: null, publisher: null, publishedAt: null, archivedUrl: null, reliability: 3,
        note: null, ...NOT_A_FACT_CHECK, createdBy: "rania@example.org", version: 1, createdAt: T, updatedAt: T,
      },
      {
        id: ids.factCheck, kind: "FACT_CHECK", articleId: null, title: "هل سيطر التنظيم على 12 مليون نسمة؟", url: "https://tahaqquq.example/ar/12-million",
        publisher: "منصة تحقق", publishedAt: T, archivedUrl: null, reliability: null, note: "The claim was made by a spokesman.",
        claimReviewed: "سيطر التنظيم على 12 مليون نسمة", claimant: "a spokesman", publisherSite: "tahaqquq.example", language: "ar",
        ratingLabel: "صحيح", ratingValue: 4.5, ratingBest: 5, ratingWorst: 1, ratingLevelId: ids.rating, createdBy: "rania@example.org", version: 1, createdAt: T, updatedAt: T,
      },
    ],
    evidence: [
      {
        id: ids.evidence, claimId: ids.claim, sourceId: ids.source, stance: "SUPPORTS", exact: "نحو 12 مليون نسمة", prefix: "على ", suffix: " في", start: 17, end: 34,
        anchorStatus: "EXACT", note: "Same figure.", createdBy: "rania@example.org", version: 1, createdAt: T, updatedAt: T,
      },
    ],
    verdicts: [
      { id: ids.verdict1, claimId: ids.claim, reviewer: "rania@example.org", ratingId: ids.rating2, rationale: "Cannot tell yet.", createdAt: T },
      { id: ids.verdict2, claimId: ids.claim, reviewer: "rania@example.org", ratingId: ids.rating, rationale: "Two sources agree.", createdAt: U },
    ],
    assignments: [{ id: ids.assignment, claimId: ids.claim, reviewer: "rania@example.org", assignedBy: "owner@example.org", createdAt: T }],
    dismissedSuggestions: [{ id: ids.dismissal, articleId: ids.article, exact: "12 million", start: 41, end: 51, dismissedBy: "owner@example.org", createdAt: T }],
    sameClaimLinks: [{ id: ids.link, claimAId: ids.claim, claimBId: ids.orphan, createdBy: "rania@example.org", createdAt: U }],
    // The fixture has two claims, so the one pair: dismissed first, then linked after all (the app allows both).
    dismissedMatches: [{ id: ids.dismissedMatch, claimAId: ids.orphan, claimBId: ids.claim, dismissedBy: "owner@example.org", createdAt: T }],
    comments: [
      { id: ids.comment, claimId: ids.claim, parentId: null, author: "rania@example.org", body: "@Olivia Owner the census says 12 مليون", mentions: ["owner@example.org"], createdAt: T, editedAt: U, deletedAt: null, version: 2 },
      { id: ids.reply, claimId: ids.claim, parentId: ids.comment, author: "owner@example.org", body: "", mentions: [], createdAt: U, editedAt: null, deletedAt: U, version: 2 },
    ],
    publications: [
      {
        id: ids.publication, claimId: ids.claim, headline: "Did IS rule 12 million people?", snapshot: published(), publishedAt: T, lastPublishedAt: U, unpublishedAt: null, version: 2,
        corrections: [{ createdAt: U, text: "Rating changed from Unverifiable to True" }],
      },
    ],
    auditEvents: [
      { id: ids.audit, actor: "rania@example.org", entityType: "verdict", entityId: ids.verdict2, claimId: ids.claim, action: "record", before: null, after: { ratingId: ids.rating, reviewerId: ids.reviewer }, createdAt: U },
    ],
  };
}
