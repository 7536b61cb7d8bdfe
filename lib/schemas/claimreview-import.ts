import { z } from "zod";
import { idSchema } from "./common";
import { STANCES } from "@/lib/domain/vocabulary";
import { blankToUndefined } from "./source";

// schema.org ClaimReview as publishers write it (https://schema.org/ClaimReview and Google's
// fact-check markup). Lenient where publishers differ (a name or an Organization; numbers as
// strings; one object or a list), strict where a fact-check is useless without it: the claim
// reviewed, the review's address, and a rating.

const text = z.string({ error: "must be text" }).trim().min(1, "is empty");
const httpUrl = z
  .string({ error: "must be a web address" })
  .trim()
  .refine((value) => URL.canParse(value) && ["http:", "https:"].includes(new URL(value).protocol), "must be a web address starting with http:// or https://");
const numberLike = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/, "must be a number").transform(Number)]);
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]));

const named = z.union([text.transform((name) => ({ name })), z.looseObject({ name: text.optional(), url: z.string().optional() })]);

export const reviewRatingSchema = z.looseObject({
  ratingValue: numberLike.optional(),
  bestRating: numberLike.optional(),
  worstRating: numberLike.optional(),
  alternateName: text.optional(),
  name: text.optional(),
}).refine((rating) => rating.ratingValue !== undefined || rating.alternateName !== undefined || rating.name !== undefined, "needs an alternateName or a ratingValue");

export const claimReviewSchema = z.looseObject({
  claimReviewed: text.max(5000, "is longer than 5,000 characters"),
  url: httpUrl,
  author: oneOrMany(named).optional(),
  datePublished: z.string().trim().optional(),
  headline: text.optional(),
  name: text.optional(),
  reviewRating: oneOrMany(reviewRatingSchema),
  itemReviewed: z.looseObject({
    author: oneOrMany(named).optional(),
    datePublished: z.string().optional(),
    appearance: oneOrMany(z.union([httpUrl.transform((url) => ({ url })), z.looseObject({ url: z.string().optional(), headline: z.string().optional() })])).optional(),
  }).optional(),
});

export type ClaimReviewInput = z.infer<typeof claimReviewSchema>;

export const linkFactCheckSchema = z.object({
  sourceId: idSchema,
  claimId: idSchema,
  stance: z.enum(STANCES, { error: "Choose whether this fact-check supports the claim, contradicts it, or gives context." }),
  note: z.preprocess(blankToUndefined, z.string().trim().max(2000, "A note has at most 2,000 characters.").optional()),
});
export type LinkFactCheckInput = z.infer<typeof linkFactCheckSchema>;
