import { z } from "zod";
import { MAX_PASSAGE_LENGTH } from "@/lib/domain/evidence-ranking";
import { idSchema, PG_INT_MAX } from "./common";
import { ALWAYS_CHECK, requireUrlForKind, sourceFieldsShape } from "./source";

import { STANCES } from "@/lib/domain/vocabulary";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const stance = z.enum(STANCES, { error: "Choose whether this evidence supports the claim, contradicts it, or gives context." });
const note = z.preprocess(blankToUndefined, z.string().trim().max(2000, "A note has at most 2,000 characters.").optional());

/** The selected passage of an article: offsets into its text and the text the reviewer saw there. */
const passageShape = {
  start: z.coerce.number().int().min(0, "The selection starts before the text.").max(PG_INT_MAX, "The selection ends after the text."),
  end: z.coerce.number().int().min(1, "Select the passage that is the evidence.").max(PG_INT_MAX, "The selection ends after the text."),
  exact: z
    .string({ error: "Select the passage that is the evidence." })
    .min(1, { message: "Select the passage that is the evidence.", abort: true })
    .max(MAX_PASSAGE_LENGTH, `A passage quotes at most ${MAX_PASSAGE_LENGTH.toLocaleString("en")} characters. Select a shorter passage.`)
    .refine((text) => text.trim().length > 0, "The selection holds only spaces. Select the words of the passage."),
};

export const addArticleEvidenceSchema = z
  .object({ claimId: idSchema, articleId: idSchema, stance, note, ...passageShape })
  .refine((input) => input.end > input.start, { path: ["exact"], message: "Select the passage that is the evidence." })
  .refine((input) => input.end - input.start === input.exact.length, { path: ["exact"], message: "The selected text does not match its position. Select it again." });

const excerpt = z
  .string({ error: "Quote the passage of the source that is the evidence." })
  .trim()
  .min(1, "Quote the passage of the source that is the evidence.")
  .max(MAX_PASSAGE_LENGTH, `An excerpt has at most ${MAX_PASSAGE_LENGTH.toLocaleString("en")} characters. Quote the decisive part.`);

const externalShape = { claimId: idSchema, stance, note, excerpt };

/** Evidence from outside the workspace: an existing source of the workspace, or one described here. */
export const addExternalEvidenceSchema = z.discriminatedUnion(
  "sourceMode",
  [
    z.object({ ...externalShape, sourceMode: z.literal("existing"), sourceId: z.uuid({ error: "Choose a source from the list, or describe a new one." }) }),
    z.object({ ...externalShape, sourceMode: z.literal("new"), ...sourceFieldsShape }).superRefine(requireUrlForKind, ALWAYS_CHECK),
  ],
  { error: "Choose an existing source or describe a new one." },
);

export const removeEvidenceSchema = z.object({ evidenceId: idSchema });

export type AddArticleEvidenceInput = z.infer<typeof addArticleEvidenceSchema>;
export type AddExternalEvidenceInput = z.infer<typeof addExternalEvidenceSchema>;

/** The add-evidence page's address: which kind of evidence, the article search, the chosen article. */
export const evidenceFormQuerySchema = z.object({
  from: z.preprocess(blankToUndefined, z.enum(["article", "external"]).default("article")),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  article: z.preprocess(blankToUndefined, idSchema.optional()),
});
