import { z } from "zod";
import { versionSchema } from "./common";
import { sourceCheckHoursSchema } from "./source-check";
import { publicBaseUrlProblem, publisherLogoUrlProblem } from "@/lib/domain/publication";

/** A publishing setting (issue 19): blank clears it (null); otherwise `problem` says what is wrong with it, or the value is normalised. */
const publishingUrl = (problem: (value: string) => string | null, normalise: (value: string) => string) =>
  z.string().trim().max(2000, "An address has at most 2,000 characters.").transform((value, ctx) => {
    if (!value) return null;
    const message = problem(value);
    if (message) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return normalise(value);
  });

/** The publisher's logo on public pages and in ClaimReview: https only. */
export const publisherLogoUrlSchema = publishingUrl(publisherLogoUrlProblem, (value) => new URL(value).href);
/** The base of canonical public URLs (CLAIMBENCH_PUBLIC_URL overrides it): an http(s) origin, stored as one. */
export const publicBaseUrlSchema = publishingUrl(publicBaseUrlProblem, (value) => new URL(value).origin);

export const workspaceSettingsSchema = z.object({
  workspaceId: z.uuid(),
  version: versionSchema,
  name: z.string().trim().min(1, "Give the workspace a name.").max(120, "A name has at most 120 characters."),
  description: z
    .string()
    .trim()
    .max(2000, "A description has at most 2,000 characters.")
    .transform((value) => value || null),
  organizationName: z
    .string()
    .trim()
    .max(200, "An organisation name has at most 200 characters.")
    .transform((value) => value || null),
  // An unticked checkbox sends nothing, so absence means false.
  blindReview: z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
    .optional()
    .transform((value) => value === "on" || value === "true" || value === true),
  /** How often the recurring check re-fetches the workspace's web articles; left out: unchanged. */
  sourceCheckHours: sourceCheckHoursSchema.optional(),
  /** Publishing (issue 19); left out: unchanged, blank: cleared. */
  publisherLogoUrl: publisherLogoUrlSchema.optional(),
  publicBaseUrl: publicBaseUrlSchema.optional(),
});

export type WorkspaceSettingsInput = z.infer<typeof workspaceSettingsSchema>;

/**
 * PATCH workspaces/{slug}/settings: the fields to change (the others stay), with the version read from
 * GET settings. JSON, so blind review is a boolean here, not a checkbox's "on".
 */
export const workspaceSettingsPatchSchema = z
  .strictObject({
    version: versionSchema,
    name: workspaceSettingsSchema.shape.name.optional(),
    description: workspaceSettingsSchema.shape.description.nullable().optional(),
    organizationName: workspaceSettingsSchema.shape.organizationName.nullable().optional(),
    blindReview: z.boolean({ error: "blindReview is true or false." }).optional(),
    sourceCheckHours: sourceCheckHoursSchema.optional().describe("How often the recurring check re-fetches the workspace's web articles, in hours (6, 24 or 168); null: off."),
    publisherLogoUrl: publisherLogoUrlSchema.nullable().optional().describe("The publisher's logo on public fact-checks and in their ClaimReview: an https address; null or \"\" clears it."),
    publicBaseUrl: publicBaseUrlSchema.nullable().optional().describe("The origin public fact-check URLs are made with (https://checks.example.org), unless the server sets CLAIMBENCH_PUBLIC_URL, which overrides it; null or \"\" clears it."),
  }, { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown settings: ${issue.keys.join(", ")}. Send name, description, organizationName, blindReview, sourceCheckHours, publisherLogoUrl or publicBaseUrl.` : undefined) })
  .refine((patch) => Object.keys(patch).some((key) => key !== "version"), { message: "Nothing to change: send at least one of name, description, organizationName, blindReview, sourceCheckHours, publisherLogoUrl or publicBaseUrl, with the version." });

export type WorkspaceSettingsPatch = z.infer<typeof workspaceSettingsPatchSchema>;

export const workspaceSettingsResponse = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  organizationName: z.string().nullable().describe("The publisher named as author in ClaimReview exports and on public fact-checks (else the workspace's name)."),
  publisherLogoUrl: z.string().nullable().describe("The publisher's logo on public fact-checks (https)."),
  publicBaseUrl: z.string().nullable().describe("The origin of public fact-check URLs, unless CLAIMBENCH_PUBLIC_URL overrides it."),
  blindReview: z.boolean().describe("Reviewers see no other reviewer's verdict on a claim until they have recorded their own."),
  sourceCheckHours: z.number().int().nullable(),
  version: z.number().int(),
  updatedAt: z.iso.datetime().or(z.date()),
});
