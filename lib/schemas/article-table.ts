import { z } from "zod";

// The articles page's search and sort (the API's article list has its own keyset order, by title).

export const ARTICLE_SORTS = ["published", "publisher", "claims", "title"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const articleTableQuerySchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, "A search has at most 200 characters.").optional()),
  sort: z.preprocess(blankToUndefined, z.enum(ARTICLE_SORTS, { error: `sort is one of ${ARTICLE_SORTS.join(", ")}.` }).optional()),
  dir: z.preprocess(blankToUndefined, z.enum(["asc", "desc"], { error: "dir is asc or desc." }).optional()),
});
export type ArticleTableQuery = z.output<typeof articleTableQuerySchema>;
