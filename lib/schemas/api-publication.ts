import { z } from "zod";
import { idSchema } from "./common";
import { publishInputSchema } from "./publication";

// The answers of /claims/{claimId}/publication (issue 19): what the editor's side of publishing returns.
// The request body is publishInputSchema (./publication.ts).

const when = z.iso.datetime().or(z.date());

export const publishedResponse = z.object({
  id: z.uuid().describe("The publication's id: the last segment of its public URL, the same across republishing."),
  url: z.string().describe("The public page: {base}/p/{workspace}/{id}, where base is CLAIMBENCH_PUBLIC_URL, else the workspace's public base URL, else the app's address."),
  publishedAt: when.describe("When the claim was first published."),
  lastPublishedAt: when.describe("This publication: the feed's `updated`."),
  republished: z.boolean().describe("False on the first publication, true on every later one (same id and URL)."),
  correction: z.string().nullable().describe("The line this republication added to the public correction log; null on the first publication or when nothing a reader sees changed."),
});

export const claimPublicationResponse = z.object({
  id: z.uuid(),
  url: z.string(),
  state: z.enum(["published", "unpublished"]).describe("unpublished: the public URL answers 410 Gone until the claim is published again."),
  underReview: z.boolean().describe("The claim was reopened after it was published: its public page still shows the last published verdict, marked under review again."),
  headline: z.string(),
  rating: z.string().describe("The rating as published."),
  publishedAt: when,
  lastPublishedAt: when,
  unpublishedAt: when.nullable(),
  corrections: z.array(z.object({ at: when, text: z.string() })).describe("The public correction log, oldest first."),
});
export type ClaimPublicationResponse = z.infer<typeof claimPublicationResponse>;

/** The claim page's Publish form: the claim and the choices of publishInputSchema. */
export const publishFormSchema = publishInputSchema.extend({ claimId: idSchema });
/** The claim page's Unpublish button. */
export const unpublishFormSchema = z.strictObject({ claimId: idSchema });
