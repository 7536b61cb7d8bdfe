import { z } from "zod";
import { versionSchema } from "./common";
import { sourceCheckHoursSchema } from "./source-check";

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
  }, { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown settings: ${issue.keys.join(", ")}. Send name, description, organizationName, blindReview or sourceCheckHours.` : undefined) })
  .refine((patch) => Object.keys(patch).some((key) => key !== "version"), { message: "Nothing to change: send at least one of name, description, organizationName, blindReview or sourceCheckHours, with the version." });

export type WorkspaceSettingsPatch = z.infer<typeof workspaceSettingsPatchSchema>;

export const workspaceSettingsResponse = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  organizationName: z.string().nullable().describe("The publisher named as author in ClaimReview exports."),
  blindReview: z.boolean().describe("Reviewers see no other reviewer's verdict on a claim until they have recorded their own."),
  sourceCheckHours: z.number().int().nullable(),
  version: z.number().int(),
  updatedAt: z.iso.datetime().or(z.date()),
});
