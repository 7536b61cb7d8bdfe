import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/domain/vocabulary";
import type { CursorKey } from "./api";
import { claimListQuerySchema } from "./claim";
import { idSchema, versionSchema } from "./common";
import { reopenClaimSchema, resolveClaimSchema } from "./verdict";

// The claims table (a spreadsheet over the claims list): which column it is sorted by, and the bulk
// writes on the rows selected in it. The filters are the claims list's own (claim.ts).

/** Columns the table sorts by in SQL; a reviewer's rating is `rating:<reviewer id>`. */
export const CLAIM_SORT_COLUMNS = ["statement", "article", "figure", "status", "finalRating", "assignee", "supporting", "contradicting", "context", "groupSize", "updatedAt"] as const;
export type ClaimSortColumn = (typeof CLAIM_SORT_COLUMNS)[number];
export type ClaimSort = ClaimSortColumn | `rating:${string}`;

const SORT_MESSAGE = `sort is one of ${CLAIM_SORT_COLUMNS.join(", ")}, or rating:<reviewer id> for a reviewer's rating.`;

export const claimSortSchema = z
  .string()
  .refine((sort) => (CLAIM_SORT_COLUMNS as readonly string[]).includes(sort) || (sort.startsWith("rating:") && idSchema.safeParse(sort.slice(7)).success), SORT_MESSAGE)
  .transform((sort) => sort as ClaimSort);

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** The table's query: the list's filters, a sort column and direction (last change, newest first, unless given). */
export const claimTableQuerySchema = claimListQuerySchema.omit({ page: true }).extend({
  sort: z.preprocess(blankToUndefined, claimSortSchema.optional()).describe(SORT_MESSAGE),
  dir: z.preprocess(blankToUndefined, z.enum(["asc", "desc"], { error: "dir is asc or desc." }).optional()).describe("asc or desc; claims without a value in the column come last either way."),
});
export type ClaimTableQuery = z.output<typeof claimTableQuerySchema>;

export const BULK_MAX_CLAIMS = 200;

/** Each selected claim with the version the table showed, so a row changed since is refused. */
const bulkIds = z
  .array(z.object({ id: idSchema, version: versionSchema }), { error: "ids is a list of { id, version }: the claims chosen, each with the version you read." })
  .min(1, "Choose at least one claim.")
  .max(BULK_MAX_CLAIMS, `At most ${BULK_MAX_CLAIMS} claims at once.`)
  .refine((ids) => new Set(ids.map((entry) => entry.id)).size === ids.length, "A claim is listed twice.");

export const claimBulkSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("assign"), ids: bulkIds, reviewerIds: z.array(idSchema).min(1, "Choose a reviewer to assign.").max(50) }),
    z.object({ action: z.literal("resolve"), ids: bulkIds, ...resolveClaimSchema.pick({ finalRatingId: true, resolutionNote: true }).shape }),
    z.object({ action: z.literal("reopen"), ids: bulkIds, ...reopenClaimSchema.pick({ reason: true }).shape }),
  ],
  { error: 'action is "assign" (with reviewerIds), "resolve" (with finalRatingId and resolutionNote) or "reopen" (with reason).' },
);
export type ClaimBulkInput = z.output<typeof claimBulkSchema>;

// Answers, for the OpenAPI document and the contract test.
const bulkOutcome = z.object({
  id: z.uuid(),
  ok: z.boolean(),
  version: z.number().int().nullable().describe("The claim's version now (after the change when it succeeded); null when not found."),
  status: z.enum(CLAIM_STATUSES).nullable(),
  code: z.enum(["NOT_FOUND", "CONFLICT"]).optional().describe("Why this claim stopped the whole change."),
  message: z.string().optional(),
});
export const claimBulkResponse = z.object({ results: z.array(bulkOutcome) });

const rating = z.object({ label: z.string(), colour: z.string() });
export const claimTableRowResponse = z.looseObject({
  id: z.uuid(),
  version: z.number().int(),
  statement: z.string(),
  status: z.string(),
  updatedAt: z.iso.datetime(),
  article: z.object({ id: z.uuid(), title: z.string() }),
  figure: z.looseObject({ value: z.number(), unit: z.string() }).nullable(),
  finalRating: rating.nullable(),
  assignees: z.array(z.object({ id: z.uuid(), name: z.string() })),
  evidence: z.object({ SUPPORTS: z.number().int(), CONTRADICTS: z.number().int(), CONTEXT: z.number().int() }),
  groupSize: z.number().int().describe("How many claims are linked as the same claim as this one, itself included (1: in no group). sort=groupSize&dir=desc lists the most repeated first."),
  ratings: z.record(z.string(), rating).describe("Reviewer id → their current rating, only those blind review lets the caller see."),
  othersHidden: z.boolean().describe("True where blind review hides the other reviewers' ratings of this claim from the caller (until they rate it)."),
});
export const claimTableResponse = z.object({
  items: z.array(claimTableRowResponse),
  next: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page."),
  reviewers: z.array(z.object({ id: z.uuid(), name: z.string() })).describe("The reviewers with a rating column, by name."),
});

/**
 * The table's cursor key: the sort it was made for (a cursor of another sort names no row of this
 * one), whether the last row had a value in the sort column, that value as Postgres printed it, and
 * the row's id. See lib/data/claim-table-sort.ts.
 */
export function tableCursorKey(query: Pick<ClaimTableQuery, "sort" | "dir">, last: { key: string | null; id: string }): CursorKey {
  return [sortTag(query), last.key === null ? 0 : 1, last.key ?? "", last.id];
}

const sortTag = (query: Pick<ClaimTableQuery, "sort" | "dir">) => `${query.sort ?? "updatedAt"}:${query.dir ?? "default"}`;

/** The seek a cursor key names for this query's sort, or null when it is not a key of this sort. */
export function tableSeekOf(query: Pick<ClaimTableQuery, "sort" | "dir">, key: CursorKey): { key: string | null; id: string } | null {
  const parsed = z.tuple([z.literal(sortTag(query)), z.union([z.literal(0), z.literal(1)]), z.string(), idSchema]).safeParse(key);
  if (!parsed.success) return null;
  const [, hasKey, value, id] = parsed.data;
  return { key: hasKey ? value : null, id };
}
