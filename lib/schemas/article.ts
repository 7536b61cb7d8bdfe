import { z } from "zod";
import { httpUrlSchema } from "./source";
import { idSchema, versionSchema } from "./common";
import { nullableLanguageSchema, optionalLanguageSchema } from "./language";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = (max: number, label: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${label} has at most ${max.toLocaleString("en")} characters.`).optional());

/** The longest text an article may have, in characters, whichever way it comes in. */
export const MAX_ARTICLE_LENGTH = 2_000_000;

/**
 * The one check of an article's length, for every way in (API, text edit, file and pasted imports,
 * workspace import): null when it fits, else why not, with the limit. `subject` starts the
 * sentence: "it" in an import's reasons, "The text" in a form.
 */
export function articleLengthProblem(length: number, subject = "The text"): string | null {
  if (length <= MAX_ARTICLE_LENGTH) return null;
  return `${subject} has ${length.toLocaleString("en")} characters, over the limit of ${MAX_ARTICLE_LENGTH.toLocaleString("en")} characters for one article.`;
}

/** A string of at most MAX_ARTICLE_LENGTH characters, refused with articleLengthProblem's message. */
export const articleLengthSchema = z
  .string({ error: "Send the article's text as a string." })
  .max(MAX_ARTICLE_LENGTH, { error: (issue) => articleLengthProblem(typeof issue.input === "string" ? issue.input.length : MAX_ARTICLE_LENGTH + 1) ?? undefined });

/** An article's text: plain text, line breaks normalised, never empty. */
export const articleBodySchema = articleLengthSchema
  .transform((text) => text.replace(/\r\n?/g, "\n"))
  .refine((text) => text.trim().length > 0, "The text is empty. An article needs some text.");

export const articleTextSchema = z.object({
  articleId: idSchema,
  version: versionSchema,
  body: articleBodySchema,
});

/** The API's article PATCH: a new text, a new language, or both, from the version read. */
export const articlePatchSchema = z
  .object({
    articleId: idSchema,
    version: versionSchema,
    body: articleBodySchema.optional().describe("The new text; claims and evidence on it are re-anchored."),
    language: nullableLanguageSchema.optional().describe('A BCP-47 language tag, stored as its primary code ("fr-FR" → "fr"); null or "" when not known. Search and figure suggestions follow it.'),
  })
  .refine((patch) => patch.body !== undefined || patch.language !== undefined, { message: "Send the new body, the new language, or both.", path: ["body"] });
export type ArticlePatchInput = z.infer<typeof articlePatchSchema>;

/** A new article from its text and metadata (the API's import of plain text). */
export const createArticleSchema = z.strictObject({
  title: z.string({ error: "Give the article a title." }).trim().min(1, "Give the article a title.").max(500, "A title has at most 500 characters."),
  body: articleBodySchema,
  url: z.preprocess(blankToUndefined, httpUrlSchema.optional()),
  publisher: optionalText(200, "A publisher"),
  author: optionalText(200, "An author"),
  publishedAt: z.preprocess(
    blankToUndefined,
    z.iso.date("Enter the date as YYYY-MM-DD, such as 2017-08-03.").transform((value) => new Date(`${value}T00:00:00Z`)).optional(),
  ),
  /** Left out: identified from the text. */
  language: optionalLanguageSchema,
});
export type CreateArticleInput = z.infer<typeof createArticleSchema>;

export const articleListQuerySchema = z.object({
  q: optionalText(200, "A search"),
  sourceChanged: z
    .enum(["true", "false"], { error: "sourceChanged is true or false." })
    .optional()
    .describe("true: only articles whose web page changed since it was captured, with the change not yet applied or dismissed."),
});
