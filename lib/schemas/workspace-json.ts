// The workspace JSON document (export format `json`, import of a whole workspace), schema version 6.
// Strict: an unknown key anywhere is refused, so a file from another tool cannot slip in half-read.
// Older versions are read by filling in what they lack (lib/formats/workspace-json-upgrade.ts):
//   1: the first.
//   2: sources carry a fact-check's fields (claimReviewed, claimant, publisherSite, language, rating*).
//   3: claims linked as the same claim (`sameClaimLinks`).
//   4: claims' discussions (`comments`), and comment events in `auditEvents`.
//   5: matches dismissed as "Not the same" (`dismissedMatches`).
//   6: published fact-checks (`publications`, with their correction logs) and the workspace's publisher
//      settings (workspace.publisherLogoUrl, workspace.publicBaseUrl).
//
// Rows refer to each other by the `id` of the row they name (claims[].articleId, evidence[].sourceId,
// verdicts[].ratingId ...) and to people by email (verdicts[].reviewer, claims[].createdBy ...).
// Dates are ISO 8601 strings in UTC. Enum values are the database's (SUPPORTS, RESOLVED, COUNT ...).
import { z } from "zod";
import {
  ANCHOR_STATUSES, CLAIM_STATUSES, FIGURE_QUALIFIER_CODES, FIGURE_UNIT_CODES, ROLES, SOURCE_KINDS, STANCES,
} from "@/lib/domain/vocabulary";
import { nullableLanguageSchema } from "./language";
import { articleLengthSchema } from "./article";
import { PG_INT_MAX, slugSchema } from "./common";
import { httpUrlSchema } from "./source";
import { publishedFactCheckSchema } from "./publication";
import { publicBaseUrlSchema, publisherLogoUrlSchema } from "./workspace";

export const WORKSPACE_FORMAT = "claimbench-workspace";
/**
 * Bump when the document changes shape; the importer refuses documents newer than this. 2: captures of
 * web pages (`captures`, claims[].captureId) and sources' fact-check fields; a version 1 document still
 * reads, without captures and with sources that are no fact-check (workspace-json-upgrade.ts).
 * 3: claims linked as the same claim (`sameClaimLinks`); older documents read without them.
 * 4: the claims' discussions (`comments`); an older document reads as one without comments.
 * 5: pairs of claims dismissed as "Not the same" (`dismissedMatches`); an older document reads as one
 * where no match was dismissed, so its matcher offers those pairs again.
 * 6: published fact-checks (`publications`) and the publisher settings; an older document reads as a
 * workspace that published nothing, with no logo and no public base URL.
 */
export const WORKSPACE_SCHEMA_VERSION = 6;

const id = z.uuid();
const date = z.iso.datetime({ offset: true });
const email = z.string().min(1).max(320);
const person = email.nullable();
const text = z.string();
const optionalText = z.string().nullable();
const int = z.number().int().min(-PG_INT_MAX).max(PG_INT_MAX);
const version = z.number().int().positive().max(PG_INT_MAX);
/** The forms' rule: a file cannot bring in an address they would refuse (javascript:, data: ...). */
const url = httpUrlSchema.nullable();

const AUDIT_ENTITY_TYPES = ["workspace", "membership", "article", "claim", "source", "evidence", "verdict", "comment", "rating-scale"] as const;

export const workspaceRowSchema = z.strictObject({
  id,
  slug: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  description: optionalText,
  organizationName: optionalText,
  blindReview: z.boolean(),
  // Since version 6: the publisher settings, read by the settings form's rules (a logo on https, an origin).
  publisherLogoUrl: publisherLogoUrlSchema.nullable(),
  publicBaseUrl: publicBaseUrlSchema.nullable(),
  createdAt: date,
});

/** Everyone the rows name: the members (role) and former members or others who acted (role null). */
export const personRowSchema = z.strictObject({ id, email, name: text, role: z.enum(ROLES).nullable() });

export const ratingLevelRowSchema = z.strictObject({
  id,
  label: z.string().min(1),
  ordinal: int.nullable(),
  colour: text,
  position: int,
  createdAt: date,
  updatedAt: date,
});

export const articleRowSchema = z.strictObject({
  id,
  title: text,
  url,
  publisher: optionalText,
  author: optionalText,
  publishedAt: date.nullable(),
  publishedNote: optionalText,
  // Read as the forms read it ("fr-FR" → "fr"); null: not known; left out: identified from the text on import.
  language: nullableLanguageSchema.optional(),
  // The same limit as every other way an article comes in.
  body: articleLengthSchema,
  bodyHash: z.string().min(1),
  wordCount: int.nonnegative(),
  importFormat: text,
  importFileName: optionalText,
  importRemoved: z.array(z.json()),
  importedBy: person,
  version,
  createdAt: date,
  updatedAt: date,
});

/**
 * A capture of an article's web page (lib/data/articles/captures.ts): its metadata, and unless the export
 * was asked to leave the originals out, the bytes as received (base64) with the text they gave. The
 * importer checks the bytes against sha256 and byteSize; a capture without them cannot be kept.
 */
export const captureRowSchema = z
  .strictObject({
    id,
    articleId: id,
    method: z.enum(["FETCH", "CLIP"]),
    requestedUrl: httpUrlSchema,
    finalUrl: httpUrlSchema,
    httpStatus: z.number().int().min(100).max(599).nullable(),
    contentType: text,
    charset: optionalText,
    byteSize: int.nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "A sha256 is 64 lower-case hex digits."),
    bodyHash: z.string().min(1),
    title: optionalText,
    capturedAt: date,
    capturedBy: person,
    appliedAt: date.nullable(),
    pendingChange: z.boolean(),
    body: articleLengthSchema.optional(),
    bytes: z.base64("The original's bytes are base64.").optional(),
  })
  .refine((row) => (row.bytes === undefined) === (row.body === undefined), {
    message: "A capture carries its original's bytes and body together, or neither (an export that left the originals out).",
    path: ["bytes"],
  });

export const claimRowSchema = z.strictObject({
  id,
  articleId: id,
  exact: text,
  prefix: text,
  suffix: text,
  start: int.nonnegative(),
  end: int.nonnegative(),
  anchorStatus: z.enum(ANCHOR_STATUSES),
  statement: text,
  claimant: optionalText,
  claimDate: date.nullable(),
  figureValue: z.number().nullable(),
  figureUnit: z.enum(FIGURE_UNIT_CODES).nullable(),
  figureQualifier: z.enum(FIGURE_QUALIFIER_CODES).nullable(),
  figureLow: z.number().nullable(),
  figureHigh: z.number().nullable(),
  figureCounted: optionalText,
  tags: z.array(text),
  status: z.enum(CLAIM_STATUSES),
  finalRatingId: id.nullable(),
  resolutionNote: optionalText,
  resolvedAt: date.nullable(),
  resolvedBy: person,
  createdBy: person,
  // Version 2: the capture the claim was marked on (a row of `captures`), or null.
  captureId: id.nullable().optional(),
  version,
  createdAt: date,
  updatedAt: date,
});

export const sourceRowSchema = z.strictObject({
  id,
  kind: z.enum(SOURCE_KINDS),
  articleId: id.nullable(),
  title: text,
  url,
  publisher: optionalText,
  publishedAt: date.nullable(),
  archivedUrl: url,
  reliability: int.min(1).max(5).nullable(),
  note: optionalText,
  // Since version 2: what a fact-check imported from ClaimReview reviewed and rated (null for other sources).
  claimReviewed: optionalText,
  claimant: optionalText,
  publisherSite: optionalText,
  language: nullableLanguageSchema,
  ratingLabel: optionalText,
  ratingValue: z.number().nullable(),
  ratingBest: z.number().nullable(),
  ratingWorst: z.number().nullable(),
  /** The level of ratingScale the rating was placed on; null: kept as its text alone. */
  ratingLevelId: id.nullable(),
  createdBy: person,
  version,
  createdAt: date,
  updatedAt: date,
});

export const evidenceRowSchema = z.strictObject({
  id,
  claimId: id,
  sourceId: id,
  stance: z.enum(STANCES),
  exact: text,
  prefix: optionalText,
  suffix: optionalText,
  start: int.nonnegative().nullable(),
  end: int.nonnegative().nullable(),
  anchorStatus: z.enum(ANCHOR_STATUSES).nullable(),
  note: optionalText,
  createdBy: person,
  version,
  createdAt: date,
  updatedAt: date,
});

/** Every verdict ever recorded (append-only); a reviewer's current verdict is their latest. */
export const verdictRowSchema = z.strictObject({ id, claimId: id, reviewer: email, ratingId: id, rationale: text, createdAt: date });

export const assignmentRowSchema = z.strictObject({ id, claimId: id, reviewer: email, assignedBy: person, createdAt: date });

export const dismissedSuggestionRowSchema = z.strictObject({
  id,
  articleId: id,
  exact: text,
  start: int.nonnegative(),
  end: int.nonnegative(),
  dismissedBy: person,
  createdAt: date,
});

/** Two claims linked as the same claim (an unordered pair); groups are the links' connected components. */
export const sameClaimLinkRowSchema = z.strictObject({ id, claimAId: id, claimBId: id, createdBy: person, createdAt: date });
/** Since version 5: two claims a member said are not the same claim (an unordered pair), so neither is offered as the other's match. */
export const dismissedMatchRowSchema = z.strictObject({ id, claimAId: id, claimBId: id, dismissedBy: person, createdAt: date });
/**
 * Since version 4: a comment in a claim's discussion. `parentId`: the comment it replies to (one level);
 * `mentions`: the people it mentions, by email (each in `people`); a deleted comment (deletedAt) has an
 * empty body and no mentions.
 */
export const commentRowSchema = z.strictObject({
  id,
  claimId: id,
  parentId: id.nullable(),
  author: person,
  body: text,
  mentions: z.array(email),
  createdAt: date,
  editedAt: date.nullable(),
  deletedAt: date.nullable(),
  version,
});

export const auditEventRowSchema = z.strictObject({
  id,
  actor: person,
  entityType: z.enum(AUDIT_ENTITY_TYPES),
  entityId: id,
  claimId: id.nullable(),
  action: z.string().min(1),
  before: z.json().nullable(),
  after: z.json().nullable(),
  createdAt: date,
});

/**
 * Since version 6: a published fact-check of a claim in the file, live or unpublished (unpublishedAt), with
 * the snapshot its public page shows (read by the public pages' own schema, so a file cannot bring in a page
 * they could not render) and its correction log. `headline` is the snapshot's, as stored beside it for search.
 */
export const publicationRowSchema = z.strictObject({
  id,
  claimId: id,
  headline: text,
  snapshot: publishedFactCheckSchema,
  publishedAt: date,
  lastPublishedAt: date,
  unpublishedAt: date.nullable(),
  version,
  corrections: z.array(z.strictObject({ createdAt: date, text: z.string().min(1) })),
});

/** The sections after the workspace row, in the order the document holds them. */
export const WORKSPACE_SECTIONS = [
  "people", "ratingScale", "articles", "captures", "claims", "sources", "evidence", "verdicts", "assignments", "dismissedSuggestions", "sameClaimLinks", "dismissedMatches", "comments", "publications", "auditEvents",
] as const;
export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];

export const workspaceDocumentSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  // The file's own version: an older one has been filled in before it is checked (workspace-json-upgrade.ts).
  schemaVersion: z.number().int().min(1).max(WORKSPACE_SCHEMA_VERSION),
  exportedAt: date,
  workspace: workspaceRowSchema,
  people: z.array(personRowSchema),
  ratingScale: z.array(ratingLevelRowSchema),
  articles: z.array(articleRowSchema),
  // Left out of a version 1 document.
  captures: z.array(captureRowSchema).default([]),
  claims: z.array(claimRowSchema),
  sources: z.array(sourceRowSchema),
  evidence: z.array(evidenceRowSchema),
  verdicts: z.array(verdictRowSchema),
  assignments: z.array(assignmentRowSchema),
  dismissedSuggestions: z.array(dismissedSuggestionRowSchema),
  // Left out of documents before version 3.
  sameClaimLinks: z.array(sameClaimLinkRowSchema).default([]),
  // Left out of documents before version 5.
  dismissedMatches: z.array(dismissedMatchRowSchema).default([]),
  // Left out of documents before version 4.
  comments: z.array(commentRowSchema).default([]),
  // Filled in as [] for documents before version 6 (workspace-json-upgrade.ts).
  publications: z.array(publicationRowSchema),
  auditEvents: z.array(auditEventRowSchema),
});

export type WorkspaceDocument = z.infer<typeof workspaceDocumentSchema>;
export type WorkspaceDocumentRows = { [K in WorkspaceSection]: WorkspaceDocument[K][number] };

/** The name and slug of the workspace an import creates. */
export const workspaceImportFieldsSchema = z.object({
  name: z.string().trim().max(120, "A name has at most 120 characters.").optional().transform((value) => value || undefined),
  // A form without the part says what an empty one does: the slug's own rule.
  slug: z.preprocess((value) => (typeof value === "string" ? value.trim() : (value ?? "")), slugSchema),
});
export type WorkspaceImportFields = z.infer<typeof workspaceImportFieldsSchema>;
