// The demo corpus: raw captures in ./corpus plus hand-checked metadata in articles.json.
// The metadata only records what the captures themselves state (see corpus/NOTES.md),
// which is why publisher, author, date and URL are all optional.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

import { hashBody } from "../lib/formats/body-hash";
import { cleanArticleText, countWords, type RemovedItem } from "../lib/formats/clean-article-text";

const SEEDS_DIR = import.meta.dirname;
const ARTICLES_DIR = path.join(SEEDS_DIR, "corpus");

const nonEmpty = z.string().trim().min(1);

export const seedArticleMetaSchema = z
  .strictObject({
    file: z.string().regex(/^[\w.-]+\.txt$/, "a .txt file name inside seeds/corpus"),
    title: nonEmpty,
    publisher: nonEmpty.nullable(),
    author: nonEmpty.optional(),
    publishedAt: z.iso.date().optional(),
    publishedNote: nonEmpty.optional(),
    language: z.string().regex(/^[a-z]{2}$/),
    url: z.url().optional(),
  })
  .refine((a) => a.publishedAt !== undefined || a.publishedNote !== undefined, {
    message: "state publishedAt, or explain in publishedNote why there is none",
  });

export const seedArticleMetaListSchema = z
  .array(seedArticleMetaSchema)
  .min(1)
  .refine((list) => new Set(list.map((a) => a.file)).size === list.length, { message: "duplicate file" });

export type SeedArticleMeta = z.infer<typeof seedArticleMetaSchema>;

export interface SeedArticle {
  file: string;
  title: string;
  publisher: string | null;
  author: string | null;
  /** Midnight UTC of the stated date; null when the text states none. */
  publishedAt: Date | null;
  publishedNote: string | null;
  language: string;
  url: string | null;
  body: string;
  bodyHash: string;
  wordCount: number;
  removed: RemovedItem[];
}

export async function loadSeedArticleMeta(): Promise<SeedArticleMeta[]> {
  const json: unknown = JSON.parse(await readFile(path.join(SEEDS_DIR, "articles.json"), "utf8"));
  return seedArticleMetaListSchema.parse(json);
}

export async function loadSeedArticles(): Promise<SeedArticle[]> {
  const metas = await loadSeedArticleMeta();
  return Promise.all(
    metas.map(async (meta) => {
      const raw = await readFile(path.join(ARTICLES_DIR, meta.file), "utf8");
      const cleaned = cleanArticleText(raw);
      // The curated metadata wins; what the cleaner detected only fills gaps.
      const publishedAt = meta.publishedAt ?? cleaned.detected.publishedAt;
      return {
        file: meta.file,
        title: meta.title,
        publisher: meta.publisher,
        author: meta.author ?? cleaned.detected.author ?? null,
        publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00.000Z`) : null,
        publishedNote: meta.publishedNote ?? null,
        language: meta.language,
        url: meta.url ?? null,
        body: cleaned.body,
        bodyHash: hashBody(cleaned.body),
        wordCount: countWords(cleaned.body),
        removed: cleaned.removed,
      };
    }),
  );
}
