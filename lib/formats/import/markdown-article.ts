// Markdown → plain text: the words a reader sees, one paragraph per block. Soft-wrapped lines of a
// paragraph are joined; headings, list items, quotes and table rows are paragraphs of their own;
// emphasis, links, images, inline code marks, HTML tags and fences go. A YAML front matter block
// gives title, author, date, url and language when it states them.
import type { ReadArticle } from "./html-article";
import { isoDay } from "./html-article";

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function frontMatter(text: string): { rest: string; fields: Record<string, string> } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { rest: text, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? "").split("\n")) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field?.[1] && field[2]) fields[field[1].toLowerCase()] = field[2].trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return { rest: text.slice(match[0].length), fields };
}

/** Inline markup of one line of text, removed. */
export function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images: their alt text
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, "$1") // links: their text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1") // autolinks
    .replace(/<\/?[A-Za-z][^>]*>/g, "") // inline HTML tags
    .replace(/(`+)(.+?)\1/g, "$2") // code spans
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2") // strong
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, "$1$3") // emphasis
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, "$1"); // escapes
}

const HEADING = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+\s*)?$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|(\d+)[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
const QUOTE = /^\s*>\s?/;
const FENCE = /^\s*(```|~~~)/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s+\S+/;

/** Paragraphs of a markdown document's text. */
export function markdownToParagraphs(markdown: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = stripInline(current.join(" ").replace(/\s+/g, " ").trim()).trim();
    if (text) paragraphs.push(text);
    current = [];
  };
  let inFence = false;
  const lines = markdown.split("\n");
  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+$/, "");
    if (FENCE.test(line)) {
      flush();
      inFence = !inFence;
      return;
    }
    if (inFence) {
      current = [line];
      flush();
      return;
    }
    const next = lines[index + 1] ?? "";
    if (line.trim() === "" || RULE.test(line) || LINK_DEFINITION.test(line) || TABLE_DIVIDER.test(line) && line.includes("|")) return flush();
    if (SETEXT.test(line) && current.length > 0) return flush();
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      current = [heading[1] ?? ""];
      return flush();
    }
    const unquoted = line.replace(QUOTE, "");
    const item = LIST_ITEM.exec(unquoted);
    if (item) {
      flush();
      current = [item[1] ? `${item[1]}. ${item[2] ?? ""}` : (item[2] ?? "")];
      return;
    }
    if (/^\s*\|.*\|\s*$/.test(unquoted)) {
      flush();
      current = [unquoted.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim()).join(" · ")];
      return flush();
    }
    // Two trailing spaces or a backslash end a line inside a paragraph: kept as a paragraph break.
    current.push(unquoted.replace(/\\$/, ""));
    if (/( {2,}|\\)$/.test(raw) && !SETEXT.test(next)) flush();
  });
  flush();
  return paragraphs;
}

/** Reads a markdown file: front matter, then the text, its first heading as the title when it opens with one. */
export function readMarkdownArticle(markdown: string): ReadArticle {
  const normalised = markdown.replace(/\r\n?/g, "\n");
  const { rest, fields } = frontMatter(normalised);
  const paragraphs = markdownToParagraphs(rest);
  const title = fields.title;
  return {
    text: [title, ...paragraphs].filter(Boolean).join("\n\n"),
    title,
    url: fields.url ?? fields.canonical_url,
    author: fields.author,
    publisher: fields.publisher,
    publishedAt: isoDay(fields.date ?? fields.published),
    language: fields.lang ?? fields.language,
    removed: [],
  };
}
