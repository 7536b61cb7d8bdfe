// One uploaded file (or pasted text) → an article ready to store, or the reason it is refused.
// Pure apart from hashing: no database, so every refusal is decided before anything is written.
import { identifyLanguage } from "@/lib/domain/language-identification";
import { statedLanguage } from "@/lib/domain/languages";
import { articleLengthProblem } from "@/lib/schemas/article";
import { formatBytes } from "@/lib/uploads";
import { hashBody } from "../body-hash";
import { cleanArticleText, countWords, type RemovedItem } from "../clean-article-text";
import { readHtmlArticle, type ReadArticle } from "./html-article";
import { readMarkdownArticle } from "./markdown-article";
import { sniffText } from "./sniff-file";

export const ARTICLE_EXTENSIONS = { txt: "txt", text: "txt", md: "md", markdown: "md", html: "html", htm: "html" } as const;
export type ArticleFormat = (typeof ARTICLE_EXTENSIONS)[keyof typeof ARTICLE_EXTENSIONS] | "paste";

export interface ArticleMetadata {
  title?: string;
  url?: string;
  publisher?: string;
  author?: string;
  /** yyyy-mm-dd */
  publishedAt?: string;
  /** A short code, as languageTagSchema reads it; null: the person said it is not known. */
  language?: string | null;
}

export interface PreparedArticle {
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: Date | null;
  language: string | null;
  body: string;
  bodyHash: string;
  wordCount: number;
  importFormat: ArticleFormat;
  importFileName: string | null;
  removed: RemovedItem[];
}

export type PrepareResult = { ok: true; article: PreparedArticle } | { ok: false; reason: string };

export interface PrepareOptions {
  maxBytes: number;
  /** The HTML is what a browser rendered (a clip): its scripts already ran, so little text is not their doing. */
  rendered?: boolean;
}

export const tooLargeReason = (size: number, maxBytes: number) =>
  `it is ${formatBytes(size)}, over the upload limit of ${formatBytes(maxBytes)} per file. Split it, or ask your administrator to raise the limit.`;

/**
 * What the file says its language is ("en-GB" → "en": the workspace compares languages, not regional variants),
 * else what its text reads as; null when neither tells. A value the file states wrongly is passed over.
 */
export const articleLanguage = (stated: (string | null | undefined)[], body: string) => statedLanguage(...stated) ?? identifyLanguage(body);

const LOOKS_LIKE_HTML = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

export function articleFormatOf(fileName: string): ArticleFormat | null {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension && extension in ARTICLE_EXTENSIONS ? ARTICLE_EXTENSIONS[extension as keyof typeof ARTICLE_EXTENSIONS] : null;
}

/** The article's length checked (articleLengthProblem), worded as an import's reason. */
function tooLongReason(length: number): string | null {
  const problem = articleLengthProblem(length, "it");
  return problem && `${problem} Split it into parts and import each.`;
}

async function read(format: ArticleFormat, text: string, options: PrepareOptions): Promise<{ ok: true; article: ReadArticle } | { ok: false; reason: string }> {
  if (format === "html") return readHtmlArticle(text, { rendered: options.rendered });
  // Markup is markdown's only overhead, so text over the limit is refused before it is read at all.
  const tooLong = tooLongReason(text.length);
  if (tooLong) return { ok: false, reason: tooLong };
  if (LOOKS_LIKE_HTML.test(text)) {
    return { ok: false, reason: `it is an HTML page, not ${format === "md" ? "markdown" : "plain text"}. Rename it to .html so that it is read as one.` };
  }
  if (format === "md") return { ok: true, article: readMarkdownArticle(text) };
  return { ok: true, article: { text, removed: [] } };
}

/**
 * Reads, checks and cleans one file. `metadata` (from a form) wins over what the file states,
 * which wins over what the cleaner detected in the text. Asynchronous because HTML is parsed on
 * another thread (see html-article.ts).
 */
export async function prepareArticleFile(
  file: { name: string; bytes: Uint8Array },
  options: PrepareOptions,
  metadata: ArticleMetadata = {},
  format: ArticleFormat | null = articleFormatOf(file.name),
): Promise<PrepareResult> {
  if (!format) {
    const extension = /\.([^./\\]+)$/.exec(file.name)?.[1];
    return { ok: false, reason: `${extension ? `.${extension} files are` : "files without an extension are"} not imported as articles. Upload .txt, .md or .html files.` };
  }
  if (file.bytes.byteLength > options.maxBytes) return { ok: false, reason: tooLargeReason(file.bytes.byteLength, options.maxBytes) };
  const sniffed = sniffText(file.bytes);
  if (sniffed.kind === "binary") return { ok: false, reason: `it is ${sniffed.format}, not a text file, whatever its name says. Export the article as text or HTML and upload that.` };
  if (sniffed.kind === "not-utf8") return { ok: false, reason: `${sniffed.detail}. Save it as UTF-8 and upload it again.` };
  if (sniffed.text.trim() === "") return { ok: false, reason: sniffed.text === "" ? "it is empty." : "it holds only whitespace." };

  const read_ = await read(format, sniffed.text, options);
  if (!read_.ok) return read_;
  const source = read_.article;
  // The text as read (an HTML page's once Readability has cleaned it) is what the API's limit applies to.
  const tooLong = tooLongReason(source.text.length);
  if (tooLong) return { ok: false, reason: tooLong };
  const title = metadata.title?.trim();
  // A title given in the form opens the text, so that the cleaner drops the text's own copy of it.
  const text = title && format === "paste" ? `${title}\n\n${source.text}` : source.text;
  const cleaned = cleanArticleText(text, { marks: source.marks, codeLines: format !== "html" });
  if (cleaned.body.trim() === "") {
    return { ok: false, reason: "nothing is left of it once its title and page furniture are removed. Check that it holds the article's text." };
  }
  const publishedAt = metadata.publishedAt ?? source.publishedAt ?? cleaned.detected.publishedAt;
  return {
    ok: true,
    article: {
      title: title || source.title || cleaned.title || file.name,
      url: metadata.url ?? source.url ?? null,
      publisher: metadata.publisher ?? source.publisher ?? null,
      author: metadata.author ?? source.author ?? cleaned.detected.author ?? null,
      publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00.000Z`) : null,
      language: metadata.language === null ? null : articleLanguage([metadata.language, source.language], cleaned.body),
      body: cleaned.body,
      bodyHash: hashBody(cleaned.body),
      wordCount: countWords(cleaned.body),
      importFormat: format,
      importFileName: format === "paste" ? null : file.name,
      removed: [...source.removed, ...cleaned.removed],
    },
  };
}
