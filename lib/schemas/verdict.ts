import { z } from "zod";
import { idSchema, versionSchema } from "./common";

export const RATIONALE_MAX = 5000;

/** Required free text: blank (or only spaces) gets the field's own sentence, not zod's default. */
const requiredText = (missing: string, max: number, label: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${label} has at most ${max.toLocaleString("en")} characters.`);

/** A level of the workspace's scale, chosen from a select; lib/data checks it belongs to this scale. */
const ratingChoice = (missing: string) =>
  z
    .string({ error: missing })
    .min(1, missing)
    .pipe(z.uuid({ error: "Choose a rating from this workspace's scale." }));

const version = versionSchema;

export const recordVerdictSchema = z.object({
  claimId: idSchema,
  ratingId: ratingChoice("Choose a rating."),
  rationale: requiredText("Write your rationale: why this rating, citing the evidence.", RATIONALE_MAX, "A rationale"),
});

export const resolveClaimSchema = z.object({
  claimId: idSchema,
  version,
  finalRatingId: ratingChoice("Choose the final rating."),
  resolutionNote: requiredText("Write a resolution note: how the desk reached this rating.", RATIONALE_MAX, "A resolution note"),
});

export const reopenClaimSchema = z.object({
  claimId: idSchema,
  version,
  reason: requiredText("Say why the claim is reopened.", 2000, "A reason"),
});

export type RecordVerdictInput = z.infer<typeof recordVerdictSchema>;
export type ResolveClaimInput = z.infer<typeof resolveClaimSchema>;
export type ReopenClaimInput = z.infer<typeof reopenClaimSchema>;
