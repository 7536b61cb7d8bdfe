import { z } from "zod";
import { readLanguageTag } from "@/lib/domain/languages";
import { idSchema, versionSchema } from "./common";

export const LANGUAGE_MESSAGE = 'Write the language as a code such as en, ar, fr or es (a tag such as "fr-FR" is stored as fr), or leave it blank if it is not known.';

/**
 * A language as people type it: a BCP-47 tag, stored as its short code ("fr-FR" → "fr"). Blank, "und" and the
 * like mean "not known" (null). Anything else is refused with what to write.
 */
export const languageTagSchema = z
  .string({ error: LANGUAGE_MESSAGE })
  .max(100, LANGUAGE_MESSAGE)
  .transform((value, ctx) => {
    const reading = readLanguageTag(value);
    if (reading.ok) return reading.code;
    ctx.addIssue({ code: "custom", message: LANGUAGE_MESSAGE });
    return z.NEVER;
  });

/** A language that may also be null ("not known"); null is read as blank so that a bad string keeps its own message. */
export const nullableLanguageSchema = z.preprocess((value) => (value === null ? "" : value), languageTagSchema);

/** An optional language of a form or body: left out → undefined (identified from the text), else the code or null. */
export const optionalLanguageSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  languageTagSchema.optional(),
);

/** Sets an article's language (editors): the version read, and the code, or blank/null for "not known". */
export const articleLanguageSchema = z.object({
  articleId: idSchema,
  version: versionSchema,
  language: nullableLanguageSchema.describe("A BCP-47 language tag, stored as its primary code; null (or \"\") when it is not known."),
});
export type ArticleLanguageInput = z.infer<typeof articleLanguageSchema>;
