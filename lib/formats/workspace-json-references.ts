// Whether a workspace document holds together before anything is written: every id appears once,
// every row names rows that the document holds (a claim's article, an evidence's source ...), and every
// person a row names is in `people`. The database would refuse the same things, but with messages
// nobody could act on; here the first problem gets its path. A check of the wire document over its zod
// type, run by its reader (workspace-json-read.ts): it sits with the format, since lib/domain imports no schema.
import type { WorkspaceDocument } from "@/lib/schemas/workspace-json";
import { firstBadCapture } from "./workspace-json-captures";
import { firstBadPublication } from "./workspace-json-publications";

export interface BrokenReference {
  path: string;
  message: string;
}

type Rows = readonly { id: string }[];

export function findBrokenReference(doc: WorkspaceDocument): BrokenReference | null {
  return firstDuplicateId(doc) ?? firstDuplicateEmail(doc) ?? firstMissingRow(doc) ?? firstUnknownPerson(doc) ?? firstBadSpan(doc) ?? firstBadCapture(doc) ?? firstBadLink(doc) ?? firstBadPublication(doc);
}

/**
 * A claim linked to (or dismissed as not the same as) itself, or one pair listed twice in a section (either
 * way round): the database holds each pair once.
 */
function firstBadLink(doc: WorkspaceDocument): BrokenReference | null {
  const sections = [
    ["sameClaimLinks", doc.sameClaimLinks, "linked to itself", "linked twice"],
    ["dismissedMatches", doc.dismissedMatches, "dismissed as not the same as itself", "dismissed twice"],
  ] as const;
  for (const [section, rows, self, twice] of sections) {
    const pairs = new Set<string>();
    for (const [n, row] of rows.entries()) {
      if (row.claimAId === row.claimBId) return { path: `${section}[${n}].claimBId`, message: `a claim is ${self}` };
      const pair = [row.claimAId, row.claimBId].sort().join(" ");
      if (pairs.has(pair)) return { path: `${section}[${n}]`, message: `these two claims are ${twice}` };
      pairs.add(pair);
    }
  }
  return null;
}

function firstDuplicateId(doc: WorkspaceDocument): BrokenReference | null {
  const seen = new Set<string>([doc.workspace.id]);
  const sections = ["ratingScale", "articles", "captures", "claims", "sources", "evidence", "verdicts", "assignments", "dismissedSuggestions", "sameClaimLinks", "dismissedMatches", "comments", "publications", "auditEvents"] as const;
  for (const section of sections) {
    const rows: Rows = doc[section];
    for (const [n, row] of rows.entries()) {
      if (seen.has(row.id)) return { path: `${section}[${n}].id`, message: `the id ${row.id} is used twice` };
      seen.add(row.id);
    }
  }
  return null;
}

function firstDuplicateEmail(doc: WorkspaceDocument): BrokenReference | null {
  const seen = new Set<string>();
  for (const [n, person] of doc.people.entries()) {
    const key = person.email.toLowerCase();
    if (seen.has(key)) return { path: `people[${n}].email`, message: `${person.email} is listed twice` };
    seen.add(key);
  }
  return null;
}

function firstMissingRow(doc: WorkspaceDocument): BrokenReference | null {
  const ids = (rows: Rows) => new Set(rows.map((row) => row.id));
  const articles = ids(doc.articles);
  const claims = ids(doc.claims);
  const captures = ids(doc.captures);
  const sources = ids(doc.sources);
  const ratings = ids(doc.ratingScale);
  const comments = ids(doc.comments);
  const checks: [section: keyof WorkspaceDocument, rows: readonly Record<string, unknown>[], field: string, known: Set<string>, what: string][] = [
    ["captures", doc.captures, "articleId", articles, "article"],
    ["claims", doc.claims, "articleId", articles, "article"],
    ["claims", doc.claims, "captureId", captures, "capture"],
    ["claims", doc.claims, "finalRatingId", ratings, "rating level"],
    ["sources", doc.sources, "articleId", articles, "article"],
    ["sources", doc.sources, "ratingLevelId", ratings, "rating level"],
    ["evidence", doc.evidence, "claimId", claims, "claim"],
    ["evidence", doc.evidence, "sourceId", sources, "source"],
    ["verdicts", doc.verdicts, "claimId", claims, "claim"],
    ["verdicts", doc.verdicts, "ratingId", ratings, "rating level"],
    ["assignments", doc.assignments, "claimId", claims, "claim"],
    ["dismissedSuggestions", doc.dismissedSuggestions, "articleId", articles, "article"],
    ["sameClaimLinks", doc.sameClaimLinks, "claimAId", claims, "claim"],
    ["sameClaimLinks", doc.sameClaimLinks, "claimBId", claims, "claim"],
    ["dismissedMatches", doc.dismissedMatches, "claimAId", claims, "claim"],
    ["dismissedMatches", doc.dismissedMatches, "claimBId", claims, "claim"],
    ["comments", doc.comments, "claimId", claims, "claim"],
    ["comments", doc.comments, "parentId", comments, "comment"],
    ["publications", doc.publications, "claimId", claims, "claim"],
  ];
  for (const [section, rows, field, known, what] of checks) {
    for (const [n, row] of rows.entries()) {
      const value = row[field];
      if (typeof value === "string" && !known.has(value)) return { path: `${section}[${n}].${field}`, message: `no ${what} in the file has the id ${value}` };
    }
  }
  return null;
}

const PERSON_FIELDS = {
  articles: ["importedBy"],
  captures: ["capturedBy"],
  claims: ["resolvedBy", "createdBy"],
  sources: ["createdBy"],
  evidence: ["createdBy"],
  verdicts: ["reviewer"],
  assignments: ["reviewer", "assignedBy"],
  dismissedSuggestions: ["dismissedBy"],
  sameClaimLinks: ["createdBy"],
  dismissedMatches: ["dismissedBy"],
  comments: ["author"],
  auditEvents: ["actor"],
} as const;

function firstUnknownPerson(doc: WorkspaceDocument): BrokenReference | null {
  const emails = new Set(doc.people.map((person) => person.email.toLowerCase()));
  for (const [section, fields] of Object.entries(PERSON_FIELDS) as [keyof typeof PERSON_FIELDS, readonly string[]][]) {
    const rows = doc[section] as readonly Record<string, unknown>[];
    for (const [n, row] of rows.entries()) {
      for (const field of fields) {
        const value = row[field];
        if (typeof value === "string" && !emails.has(value.toLowerCase())) return { path: `${section}[${n}].${field}`, message: `${value} is not listed in people` };
      }
    }
  }
  for (const [n, comment] of doc.comments.entries()) {
    const unknown = comment.mentions.findIndex((mention) => !emails.has(mention.toLowerCase()));
    if (unknown !== -1) return { path: `comments[${n}].mentions[${unknown}]`, message: `${comment.mentions[unknown]} is not listed in people` };
  }
  return null;
}

// Only the order of the ends: an orphaned claim keeps the position it had, which may lie past the end of
// a body that has since shrunk.
function firstBadSpan(doc: WorkspaceDocument): BrokenReference | null {
  for (const [n, claim] of doc.claims.entries()) {
    if (claim.end < claim.start) return { path: `claims[${n}].end`, message: `the span ends (${claim.end}) before it starts (${claim.start})` };
  }
  return null;
}
