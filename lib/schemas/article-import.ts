import { z } from "zod";
import { idSchema, versionSchema } from "./common";
import { optionalLanguageSchema } from "./language";
import { blankToUndefined, httpUrlSchema, optionalText } from "./source";
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/**
 * The options of an upload form, sent beside its files. `stripScripts` is still accepted, for clients that send it,
 * and changes nothing: scripts are always stripped from HTML files and listed as removed.
 */
export const articleUploadOptionsSchema = z.object({ stripScripts: checkbox });
export type ArticleUploadOptions = z.infer<typeof articleUploadOptionsSchema>;

/**
 * The same options as the API's upload form sends them: named values instead of a checkbox's
 * presence, so that a typo is a 422 rather than silently "off", and the document can list them.
 */
export const apiArticleUploadFieldsSchema = z.object({
  stripScripts: z
    .enum(["true", "false", "on"], { error: 'stripScripts is "true" or "false".' })
    .optional()
    .describe("Accepted for compatibility and ignored: scripts (script elements, inline event handlers, javascript: links) are always stripped from HTML files, never run, and listed among the removed items.")
    .transform((value): boolean => value === "true" || value === "on"),
}) satisfies z.ZodType<ArticleUploadOptions, unknown>;

/** The most files one upload takes: a bulk import of 500 fits with room to spare. */
export const MAX_FILES_PER_UPLOAD = 1000;

/** Metadata typed into the paste form; what is left blank is taken from the text where it says. */
export const articleMetadataShape = {
  title: optionalText(300, "A title"),
  url: z.preprocess(blankToUndefined, httpUrlSchema.optional()),
  publisher: optionalText(200, "A publisher"),
  author: optionalText(200, "An author"),
  publishedAt: z.preprocess(blankToUndefined, z.iso.date("Enter the date as YYYY-MM-DD, such as 2017-08-03.").optional()),
  language: optionalLanguageSchema,
};

export const pasteArticleSchema = z.object({
  ...articleMetadataShape,
  text: z
    .string({ error: "Paste the article's text." })
    .refine((text) => text.trim() !== "", "Paste the article's text: this field is empty."),
});
export type PasteArticleInput = z.infer<typeof pasteArticleSchema>;

/** What the import cleaner removed, as stored with the article (see clean-article-text.ts). */
export const removedItemSchema = z.object({
  kind: z.string(),
  line: z.number().int(),
  text: z.string(),
  at: z.number().int().min(0).optional(),
});
export type StoredRemovedItem = z.infer<typeof removedItemSchema>;

/** Stored lists are read leniently: an entry of an unknown shape is left out rather than failing the page. */
export function parseRemovedItems(value: unknown): StoredRemovedItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = removedItemSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export const restoreRemovedSchema = z.object({
  articleId: idSchema,
  version: versionSchema,
  /** Positions in the article's list of removed items. */
  items: z.array(z.coerce.number().int().min(0)).min(1, "Choose what to put back."),
});
export type RestoreRemovedInput = z.infer<typeof restoreRemovedSchema>;
