import { z } from "zod";
import {
  findScaleProblems, LEVEL_LABEL_MAX, ORDINAL_MAX, ORDINAL_MIN, SCALE_MAX_LEVELS, SCALE_MIN_LEVELS,
} from "@/lib/domain/rating-scale";
import { idSchema } from "./common";

// An empty value field means "no value" (like Unverifiable); anything else must be a whole number.
const ordinal = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : typeof value === "string" ? Number(value.trim()) : value),
  z
    .number({ error: `Enter a whole number from ${ORDINAL_MIN} to ${ORDINAL_MAX}, or leave it empty for no value.` })
    .int(`Enter a whole number from ${ORDINAL_MIN} to ${ORDINAL_MAX}, or leave it empty for no value.`)
    .min(ORDINAL_MIN, `Enter a whole number from ${ORDINAL_MIN} to ${ORDINAL_MAX}, or leave it empty for no value.`)
    .max(ORDINAL_MAX, `Enter a whole number from ${ORDINAL_MIN} to ${ORDINAL_MAX}, or leave it empty for no value.`)
    .nullable(),
);

export const ratingLevelSchema = z.object({
  id: idSchema.optional(),
  label: z
    .string({ error: "Give the level a label, such as Mostly true." })
    .trim()
    .min(1, "Give the level a label, such as Mostly true.")
    .max(LEVEL_LABEL_MAX, `A label has at most ${LEVEL_LABEL_MAX} characters.`),
  ordinal,
  colour: z
    .string({ error: "Choose a colour." })
    .regex(/^#[0-9a-fA-F]{6}$/, "Choose a colour, written as #rrggbb.")
    .transform((colour) => colour.toLowerCase()),
});

export const ratingScaleSchema = z.object({
  /** The scale's version as the editor read it (see lib/data/workspaces/rating-scale.ts). */
  version: z.string().min(1).max(100),
  levels: z
    .array(ratingLevelSchema)
    .min(SCALE_MIN_LEVELS, `A scale needs at least ${SCALE_MIN_LEVELS} levels.`)
    .max(SCALE_MAX_LEVELS, `A scale has at most ${SCALE_MAX_LEVELS} levels.`)
    .superRefine((levels, ctx) => {
      for (const problem of findScaleProblems(levels)) ctx.addIssue({ code: "custom", path: [problem.index, problem.field], message: problem.message });
    }),
});

export type RatingLevelInput = z.infer<typeof ratingLevelSchema>;
export type RatingScaleInput = z.infer<typeof ratingScaleSchema>;
