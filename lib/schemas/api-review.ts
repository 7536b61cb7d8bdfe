import { z } from "zod";
import { CLAIM_STATUSES, ROLES } from "@/lib/domain/vocabulary";
import { idSchema } from "./common";

// Requests and answers of the API's review endpoints (the rating scale, members, assignments, the
// caller's queue, a claim's history, agreement statistics), for the handlers, the OpenAPI document
// and the contract tests. lib/schemas/api.ts holds the rest.

const date = z.string().describe("ISO 8601 date-time");
const person = z.object({ id: z.uuid(), name: z.string() });
const role = z.enum(ROLES);

export const ratingLevelResponse = z.object({
  id: z.uuid().describe("Send as ratingId (verdicts) or finalRatingId (resolving)."),
  label: z.string(),
  ordinal: z.number().int().nullable().describe("Rank for agreement statistics and ClaimReview's ratingValue; null for a level outside the scale, such as Unverifiable."),
  colour: z.string().describe("The colour that marks claims resolved with this rating, as #rrggbb."),
  position: z.number().int(),
});
export const ratingScaleResponse = z.object({
  version: z.string().describe("Changes whenever an owner edits the scale."),
  levels: z.array(ratingLevelResponse).describe("In the scale's order."),
});

export const memberResponse = z.object({
  id: z.uuid().describe("The user id: send it as userId to assign a claim."),
  name: z.string(),
  role,
  version: z.number().int().describe("The membership's version: send it with a role change (PATCH members/{userId})."),
  email: z.string().optional().describe("Only when the caller is an owner of the workspace."),
});
export const memberListResponse = z.object({ items: z.array(memberResponse) });

/** POST claims/{claimId}/assignments. */
export const assignReviewerSchema = z.object({
  claimId: idSchema,
  userId: idSchema.describe("A reviewer, editor or owner of the workspace (see GET members)."),
});

export const assignmentListResponse = z.object({
  items: z.array(
    z.object({
      id: z.uuid(), name: z.string(), role,
      assignment: z.object({ at: date, by: z.string().nullable().describe("Who assigned it; null when that account was removed.") }).nullable()
        .describe("Null when this member is not assigned the claim."),
    }),
  ).describe("Every member who can be assigned a claim (reviewers, editors, owners), by name."),
});

export const queueItemResponse = z.object({
  id: z.uuid().describe("The claim."),
  statement: z.string(),
  status: z.enum(CLAIM_STATUSES),
  article: z.object({ id: z.uuid(), title: z.string() }),
  assignedAt: date,
  assignedBy: z.string().nullable(),
});

export const historyEventResponse = z.object({
  id: z.uuid(),
  entityType: z.string().describe("What changed: claim, evidence, verdict, source…"),
  action: z.string(),
  actor: z
    .object({ id: z.uuid().nullable(), name: z.string() })
    .nullable()
    .describe("Who did it. `id` is null where blind review hides the reviewer (name \"A reviewer\") or the event was imported (the name it had in the file); the whole is null when the account was removed."),
  imported: z
    .object({ fileName: z.string(), importedAt: date, importedBy: z.string().nullable() })
    .nullable()
    .describe("Set when the event came in a workspace import: it happened elsewhere, not in this workspace."),
  at: date,
  before: z.unknown().describe("The changed fields before, as recorded; under blind review other reviewers' ratings are left out."),
  after: z.unknown(),
});

/** ?article=<id> narrows the statistics to one article, as on the review page. */
export { agreementQuerySchema } from "./agreement";

const statistic = z.object({
  value: z.number().nullable().describe("Null when undefined; `reason` says why."),
  n: z.number().int().describe("Claims it rests on."),
  reason: z.string().nullable(),
});
const scopeFigures = z.object({
  ratedClaims: z.number().int(),
  singleRated: z.number().int(),
  fleiss: statistic.extend({ raters: z.number().int().nullable(), skipped: z.number().int() }).describe("Fleiss' kappa over the claims rated by `raters` reviewers."),
  alphaNominal: statistic.describe("Krippendorff's alpha, nominal."),
  alphaOrdinal: statistic.extend({ withoutOrdinal: z.number().int() }).describe("Krippendorff's alpha over the levels' ordinal values."),
});
export const agreementResponse = z.object({
  article: z.object({ id: z.uuid(), title: z.string() }).nullable().describe("The article the figures are narrowed to; null for the whole workspace."),
  articles: z.array(z.object({ id: z.uuid(), title: z.string() })).describe("Articles with verdicts, to narrow by."),
  reviewers: z.array(person),
  overall: scopeFigures,
  pairs: z.array(statistic.extend({ a: person, b: person })).describe("Cohen's kappa of each pair of reviewers."),
  perArticle: z.array(scopeFigures.extend({ articleId: z.uuid(), title: z.string() })),
});

export const importedVerdictResponse = z.object({
  id: z.uuid(),
  reviewerName: z.string().describe("As the imported file names them: not a member of this workspace."),
  rating: z.object({ label: z.string(), colour: z.string() }),
  rationale: z.string(),
  at: date.describe("When the verdict was recorded, where it was made."),
  imported: z.object({ fileName: z.string(), importedAt: date, importedBy: z.string().nullable() }),
});
export const importedVerdictsResponse = z.object({
  items: z.array(importedVerdictResponse),
  hiddenCount: z.number().int().describe("Imported verdicts blind review hides from the caller until they rate the claim."),
});
