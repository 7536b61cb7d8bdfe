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
