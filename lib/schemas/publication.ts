import { z } from "zod";
import { idSchema } from "./common";

// Publishing a resolved claim as a public fact-check (issue 19).
//
// PublishedFactCheck is the snapshot stored on the publication: everything a reader of the public page,
// the feeds and the social card sees, as it was when last published, and nothing else. Public routes read
// only this (and the workspace's publisher fields), so no reviewer name, internal note or unpublished claim
// can reach them. Parsed on the way out too: a snapshot written by an older version reads or fails loudly.

const text = z.string();
const nullableText = z.string().nullable();
const isoDate = z.string().describe("ISO 8601 date or date-time");

export const publishedEvidenceSchema = z.object({
  title: text,
  /** Always an absolute http(s) URL: only evidence with a public address can be cited. */
  url: z.url({ protocol: /^https?$/ }),
  publisher: nullableText,
  stance: z.enum(["SUPPORTS", "CONTRADICTS", "CONTEXT"]),
});
export type PublishedEvidence = z.infer<typeof publishedEvidenceSchema>;

export const publishedFactCheckSchema = z.object({
  headline: text,
  summary: text,
  claim: z.object({
    statement: text,
    claimant: nullableText,
    claimDate: isoDate.nullable(),
    /** The quoted passage and the words around it, from the article's text. */
    quote: z.object({ exact: text, before: text, after: text }),
    /** BCP 47 tag of the claim's language when known; the page is right to left where it is. */
    language: nullableText,
    direction: z.enum(["ltr", "rtl"]),
  }),
  article: z.object({
    title: text,
    url: nullableText,
    publisher: nullableText,
    author: nullableText,
    publishedAt: isoDate.nullable(),
  }),
  rating: z.object({
    label: text,
    /** A CSS hex colour of the rating scale. */
    colour: z.string().regex(/^#[0-9a-f]{6}$/i),
    ordinal: z.number().int().nullable(),
    /** The scale's lowest and highest ordinals (ClaimReview worstRating/bestRating), null without one. */
    worst: z.number().int().nullable(),
    best: z.number().int().nullable(),
  }),
  evidence: z.array(publishedEvidenceSchema),
  /** When the claim was resolved (the verdict's date). */
  resolvedAt: isoDate.nullable(),
});
export type PublishedFactCheck = z.infer<typeof publishedFactCheckSchema>;

/** The editor's publish form and `POST …/claims/{id}/publication`. All optional: defaults come from the claim. */
export const publishInputSchema = z.strictObject({
  summary: z.string().trim().max(5000, "A summary has at most 5,000 characters.").optional(),
  headline: z.string().trim().max(300, "A headline has at most 300 characters.").optional(),
  /** The evidence to cite (ids of the claim's evidence); omitted: every citable one. */
  evidenceIds: z.array(idSchema).max(200, "Cite at most 200 pieces of evidence.").optional(),
});
export type PublishInput = z.infer<typeof publishInputSchema>;
