import { z } from "zod";
import { ERROR_STATUS } from "@/lib/errors";
import { recordVerdictSchema, reopenClaimSchema, resolveClaimSchema } from "./verdict";
import { addArticleEvidenceSchema, addExternalEvidenceSchema } from "./evidence";
import { captureSummaryResponse, claimCaptureResponse } from "./captures";
import { DISAGREEMENT_KINDS } from "@/lib/domain/disagreements";
import { ANCHOR_STATUSES, CLAIM_STATUSES, FIGURE_QUALIFIERS, FIGURE_UNITS, ROLES, STANCES, type AnchorStatus } from "@/lib/domain/vocabulary";

// Schemas of the HTTP API that the forms do not have: pagination, the bodies that combine form
// schemas, and the answers (for the OpenAPI document and the contract test).

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/**
 * The cursor is opaque to clients: base64url JSON `{"k":[...]}` holding the sort key of the last
 * item of the page (a keyset, or seek, cursor). The next page starts strictly after that key, so rows
 * added or changed between requests neither repeat nor push others off the page, and a page deep in
 * the list costs what the first one does. Which values the key holds depends on the list (see
 * lib/server/api/keysets.ts); here it is only checked to be a short array of strings and numbers.
 */
export type CursorKey = readonly (string | number)[];

const cursorKeySchema = z.object({ k: z.array(z.union([z.string().max(2000), z.number()])).min(1).max(4) }).strict();

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify({ k: key })).toString("base64url");
}

function decodeCursor(cursor: string): CursorKey | null {
  try {
    const parsed = cursorKeySchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data.k : null;
  } catch {
    return null;
  }
}

export const CURSOR_MESSAGE = "This cursor is not one the API gave out for this list. Start again without a cursor.";

export const paginationShape = {
  limit: z.coerce
    .number({ error: "limit is a whole number from 1 to 200." })
    .int("limit is a whole number from 1 to 200.")
    .min(1, "limit is a whole number from 1 to 200.")
    .default(DEFAULT_PAGE_SIZE)
    .transform((limit) => Math.min(limit, MAX_PAGE_SIZE))
    .describe(`Items per page: ${DEFAULT_PAGE_SIZE} unless given, at most ${MAX_PAGE_SIZE} (larger values are capped).`),
  cursor: z
    .string()
    .max(8000)
    .optional()
    .describe("The `next` value of the previous page, passed back unchanged with the same filters. Leave out for the first page. The next page starts after the last item seen, so items added or changed meanwhile are not repeated or skipped.")
    .transform((cursor, ctx) => {
      if (cursor === undefined) return null;
      const key = decodeCursor(cursor);
      if (key === null) {
        ctx.addIssue({ code: "custom", message: CURSOR_MESSAGE });
        return z.NEVER;
      }
      return key;
    }),
};
export const paginationSchema = z.object(paginationShape);
export type Pagination = z.output<typeof paginationSchema>;

export const forceQuerySchema = z.object({
  force: z.enum(["true", "false"], { error: "force is true or false." }).optional().describe("true (owners only) deletes the article's claims and the evidence quoting it too."),
});

export const claimStatusChangeSchema = z.discriminatedUnion(
  "status",
  [
    resolveClaimSchema.safeExtend({ status: z.literal("RESOLVED") }),
    reopenClaimSchema.safeExtend({ status: z.literal("OPEN") }),
  ],
  { error: 'status is "RESOLVED" (with finalRatingId and resolutionNote) or "OPEN" (with reason).' },
);

/** Evidence: a passage of an article of the workspace, an existing source, or a source described inline. */
export const apiEvidenceSchema = z.discriminatedUnion(
  "sourceMode",
  [addArticleEvidenceSchema.safeExtend({ sourceMode: z.literal("passage") }), ...addExternalEvidenceSchema.options],
  { error: 'sourceMode is "passage" (articleId, start, end, exact), "existing" (sourceId) or "new" (an inline source).' },
);

export { recordVerdictSchema };

// ---- Answers -------------------------------------------------------------------------------

const date = z.string().describe("ISO 8601 date-time");
const nullableText = z.string().nullable();

export const errorResponseSchema = z.object({
  error: z.looseObject({
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page.") });

export const workspaceResponse = z.object({ slug: z.string(), name: z.string(), role: z.enum(ROLES) });

export const articleSummaryResponse = z.looseObject({
  id: z.uuid(), title: z.string(), url: nullableText, publisher: nullableText, author: nullableText, publishedAt: date.nullable(),
  language: nullableText, wordCount: z.number().int(), version: z.number().int(), claimCount: z.number().int(),
});
export const articleResponse = z.looseObject({
  id: z.uuid(), title: z.string(), body: z.string(), version: z.number().int(), wordCount: z.number().int(), importFormat: z.string(),
  publishedAt: date.nullable(), createdAt: date, updatedAt: date,
  sourceCheckedAt: date.nullable().optional().describe("For an article imported from the web: when its page was last fetched again to look for silent edits."),
  sourceCheckError: nullableText.optional().describe("Why the last check of its page failed; null when it succeeded."),
  capture: captureSummaryResponse.nullable().describe("The capture of the web page the article's text came from (the current one); null for an article not imported from the web."),
});
export const createdArticleResponse = z.looseObject({ id: z.uuid(), title: z.string(), version: z.number().int(), wordCount: z.number().int() });
const anchorCounts = z.object(Object.fromEntries(ANCHOR_STATUSES.map((status) => [status, z.number().int()])) as Record<AnchorStatus, z.ZodNumber>);
export const articleUpdateResponse = z.object({
  version: z.number().int(),
  language: z.string().nullable(),
  anchors: anchorCounts.optional().describe("When the text was replaced: how the article's claims were found again."),
  evidenceAnchors: anchorCounts.optional().describe("When the text was replaced: how the passages of it linked as evidence were found again."),
});
export const deletedArticleResponse = z.object({ id: z.uuid(), deletedClaims: z.number().int(), deletedEvidence: z.number().int() });

const figure = z.looseObject({ value: z.number(), unit: z.enum(FIGURE_UNITS), qualifier: z.enum(FIGURE_QUALIFIERS).nullable(), low: z.number().nullable(), high: z.number().nullable(), counted: nullableText });
export const claimResponse = z.looseObject({
  id: z.uuid(), articleId: z.uuid(), exact: z.string(), prefix: z.string(), suffix: z.string(), start: z.number().int(), end: z.number().int(),
  anchorStatus: z.enum(ANCHOR_STATUSES), statement: z.string(), claimant: nullableText, claimDate: date.nullable(),
  tags: z.array(z.string()), status: z.enum(CLAIM_STATUSES), version: z.number().int(), figure: figure.nullable(),
  finalRating: z.object({ id: z.uuid(), label: z.string(), ordinal: z.number().int().nullable(), colour: z.string() }).nullable()
    .describe("The rating the claim was resolved with (a level of GET rating-scale); null until resolved."),
  resolutionNote: nullableText,
  createdAt: date, updatedAt: date,
  capture: claimCaptureResponse,
  relevance: z.number().optional().describe("Only in a list with a search (q): how well the claim matches (Postgres ts_rank); the list is ordered by it."),
});
export const claimStatusResponse = z.looseObject({ id: z.uuid(), status: z.string(), version: z.number().int() });

const sourceRef = z.looseObject({ id: z.uuid(), kind: z.string(), title: z.string(), url: nullableText });
export const evidenceResponse = z.looseObject({
  id: z.uuid(), stance: z.enum(STANCES), exact: z.string(), start: z.number().int().nullable(), end: z.number().int().nullable(),
  note: nullableText, createdAt: date, source: sourceRef,
});
export const createdEvidenceResponse = z.looseObject({ id: z.uuid(), claimStatus: z.string().nullable() });

export const verdictResponse = z.looseObject({
  id: z.uuid(), reviewerId: z.uuid(), rationale: z.string(), createdAt: date,
  rating: z.looseObject({ id: z.uuid(), label: z.string(), ordinal: z.number().int().nullable() }),
});
export const recordedVerdictResponse = verdictResponse.extend({
  reopened: z.boolean().describe("Whether the verdict reopened a resolved claim as disputed."),
  claimVersion: z.number().int().describe("The claim's version after the verdict: every verdict moves it, so a resolution read before it is refused with 409."),
});
export const verdictListResponse = pageOf(verdictResponse).extend({
  current: z.array(verdictResponse).describe("Each reviewer's latest verdict, among those the caller may see."),
  hiddenCount: z.number().int().describe("Reviewers whose verdicts blind review hides from the caller until they record their own."),
});

export const sourceResponse = z.looseObject({
  id: z.uuid(), kind: z.string(), articleId: z.uuid().nullable(), title: z.string(), url: nullableText, publisher: nullableText,
  publishedAt: date.nullable(), archivedUrl: nullableText, reliability: z.number().int().nullable(), note: nullableText, version: z.number().int(),
});

export const disagreementResponse = z.object({
  id: z.uuid(), statement: z.string(), article: z.object({ id: z.uuid(), title: z.string() }),
  kinds: z.array(z.enum(DISAGREEMENT_KINDS)), severity: z.number().int(), since: date,
  assignees: z.array(z.object({ id: z.uuid(), name: z.string() })),
  figurePartners: z.array(z.object({ id: z.uuid(), statement: z.string() }))
    .describe("For a figure conflict: the first claims (up to 3, the widest) whose figures this claim's contradicts; the claim's figure conflicts list them all."),
  moreFigurePartners: z.boolean().describe("True when the claim conflicts with more claims than figurePartners names."),
});
