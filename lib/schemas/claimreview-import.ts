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

// A publisher or claimant: a name, or a Person/Organization with its name, address and (from Fact
// Check Tools answers) its site. A part that is not text is ignored rather than refusing the review.
const optionalText = z.unknown().transform((value) => (typeof value === "string" && value.trim() ? value.trim() : undefined)).optional();
const named = z.union([
  text.transform((name) => ({ name, url: undefined, site: undefined })),
  z.looseObject({ name: optionalText, url: optionalText, site: optionalText }),
]);
// inLanguage: a tag ("es-419"), or a Language node whose alternateName is its tag.
const language = z.union([text, z.looseObject({ alternateName: optionalText, name: optionalText })])
  .transform((value) => (typeof value === "string" ? value : (value.alternateName ?? value.name)));

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
  publisher: oneOrMany(named).optional(),
  datePublished: z.string().trim().optional(),
  inLanguage: oneOrMany(language).optional(),
  headline: text.optional(),
  name: text.optional(),
  reviewRating: oneOrMany(reviewRatingSchema),
  // Only the claimant is read from the claim; a claim described oddly (an appearance that is no
  // address) costs the claimant, never the fact-check.
  itemReviewed: z.looseObject({
    author: oneOrMany(named).optional(),
    datePublished: z.string().optional(),
    appearance: oneOrMany(z.union([httpUrl.transform((url) => ({ url })), z.looseObject({ url: z.string().optional(), headline: z.string().optional() })])).optional(),
  }).optional().catch(undefined),
});

export type ClaimReviewInput = z.infer<typeof claimReviewSchema>;

export const linkFactCheckSchema = z.object({
  sourceId: idSchema,
  claimId: idSchema,
  stance: z.enum(STANCES, { error: "Choose whether this fact-check supports the claim, contradicts it, or gives context." }),
  note: z.preprocess(blankToUndefined, z.string().trim().max(2000, "A note has at most 2,000 characters.").optional()),
});
export type LinkFactCheckInput = z.infer<typeof linkFactCheckSchema>;
