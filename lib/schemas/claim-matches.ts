import { z } from "zod";
import { FORM_MATCHES, MAX_MATCHES } from "@/lib/domain/claim-matching/match-score";
import { CLAIM_STATUSES } from "@/lib/domain/vocabulary";
import { claimFieldsShape } from "./claim";
import { idSchema } from "./common";

// Matches ("checked before?"): the API's query and answer, and the draft the claim forms ask about while a
// statement is written.

export const claimMatchesQuerySchema = z.object({
  limit: z.coerce
    .number({ error: `limit is a whole number from 1 to ${MAX_MATCHES}.` })
    .int(`limit is a whole number from 1 to ${MAX_MATCHES}.`)
    .min(1, `limit is a whole number from 1 to ${MAX_MATCHES}.`)
    .max(MAX_MATCHES, `limit is at most ${MAX_MATCHES}.`)
    .default(FORM_MATCHES)
    .describe(`How many matches, best first: ${FORM_MATCHES} unless given, at most ${MAX_MATCHES}.`),
});

/**
 * A statement as it is being written in the reader's new-claim form or the claim page's editor. Only the
 * statement must be there; a figure half typed ("12,0", no unit yet) is not an error here, the draft is
 * matched without it (the form says what to fix when it is saved).
 */
export const claimMatchDraftSchema = z.object({
  articleId: idSchema,
  /** The claim being edited: left out of its own matches. */
  claimId: idSchema.optional(),
  statement: z.string().trim().min(3, "Write a few words of the statement to look for matches.").max(1000, "A statement has at most 1,000 characters."),
  claimant: claimFieldsShape.claimant.catch(undefined),
  claimDate: claimFieldsShape.claimDate.catch(undefined),
  isFigure: claimFieldsShape.isFigure.catch(false),
  figureValue: claimFieldsShape.figureValue.catch(undefined),
  figureUnit: claimFieldsShape.figureUnit.catch(undefined),
  figureQualifier: claimFieldsShape.figureQualifier.catch(undefined),
  figureLow: claimFieldsShape.figureLow.catch(undefined),
  figureHigh: claimFieldsShape.figureHigh.catch(undefined),
  figureCounted: claimFieldsShape.figureCounted.catch(undefined),
});
export type ClaimMatchDraft = z.infer<typeof claimMatchDraftSchema>;

const score = z.number().min(0).max(1).describe("How strongly it matches, 0–1.");
const reasons = z.array(z.string()).describe('Why it matched, in words: "similar wording", "same quantity with a compatible value: 12 million ≈ about 12 million", "same claimant: …".');
const level = z.object({ id: z.uuid(), label: z.string(), colour: z.string() });

export const claimMatchItem = z.object({
  kind: z.literal("claim"),
  score,
  reasons,
  claim: z.object({
    id: z.uuid(),
    statement: z.string(),
    status: z.enum(CLAIM_STATUSES),
    finalRating: level.nullable().describe("The rating it was resolved with; null until resolved. No reviewer's verdict is shown through a match."),
    articleId: z.uuid(),
    articleTitle: z.string(),
  }),
});

export const claimReviewMatchItem = z.object({
  kind: z.literal("claimreview"),
  score,
  reasons,
  source: z.object({
    id: z.uuid(),
    title: z.string(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedAt: z.iso.date().nullable().describe("When the fact-check was published (YYYY-MM-DD)."),
    claimReviewed: z.string(),
  }),
  rating: z.object({
    label: z.string().nullable().describe("The fact-checker's own words (textualRating or alternateName)."),
    level: level.nullable().describe("The level of this workspace's scale it was placed on, where that was clear."),
  }),
});

export const claimMatchesResponse = z.object({ items: z.array(z.discriminatedUnion("kind", [claimMatchItem, claimReviewMatchItem])) });
export type ClaimMatchItem = z.infer<typeof claimMatchItem>;
export type ClaimReviewMatchItem = z.infer<typeof claimReviewMatchItem>;
export type MatchItem = ClaimMatchItem | ClaimReviewMatchItem;
