// Turns a raw article capture (plain text as pasted or scraped, junk included) into a
// title and a body, reporting every line it drops so the UI can show and undo it.
//
// Decisions:
// - Work line by line and never edit inside a kept line: claims are later anchored to
//   exact character offsets in the body, so the only changes allowed are line-ending
//   normalisation (\r\n and lone \r become \n), dropping a leading BOM and trimming
//   trailing whitespace.
// - Every kept non-blank line is its own paragraph and paragraphs are joined with exactly
//   one blank line. Captures disagree on paragraph breaks (some use a blank line, some a
//   single newline), but a captured line is always a paragraph, so this is uniform.
// - Blank lines that do not end up as that single separator are reported as "whitespace".
// - Dates, duplicate titles and bylines are only recognised in the header zone (the first
//   HEADER_LINES lines of text; bylines and feed footers in the last FOOTER_LINES), because
//   the same shapes deeper in the body ("July 13, 2016" heading a timeline entry) are content.
// - When in doubt a line is kept: losing a sentence is worse than leaving some junk.
// - What the page's markup said (an HTML page's ads, share bars, bylines, captions and code samples,
//   see html-furniture.mjs) comes before any rule about the words, and the CSS/script line rule does
//   not run on HTML at all: its scripts are already gone, so what looks like code there is the
//   article's own <pre> (a technical article's samples).

import { braceBalance, isCssBlockOpener, isCssLine, isScriptLine, naturalWordRatio } from "./code-line";
import { parseDateLine } from "./date-line";
import { matchByline, matchFurniture } from "./furniture-line";

export type RemovedKind = "css" | "script" | "furniture" | "ad" | "share" | "caption" | "duplicate-title" | "date-line" | "byline" | "whitespace" | "html-script";

/** What an HTML page's markup says a line is (html-furniture.mjs): furniture to remove, or code to keep as it is. */
export type LineMark = "ad" | "share" | "byline" | "caption" | "code";

export interface CleanOptions {
  /** Lines (1-based) the page's markup marked. */
  marks?: ReadonlyMap<number, LineMark>;
  /** Whether to look for CSS and script lines (txt and md: yes; HTML, whose scripts were stripped from the page: no). */
  codeLines?: boolean;
}

export interface RemovedItem {
  kind: RemovedKind;
  /** 1-based line number in the raw input. */
  line: number;
  /** The line as removed, trailing whitespace trimmed. */
  text: string;
  /**
   * Where in the body the line stood: the end of the paragraph before it (0 when none), so that
   * restoring it puts it back as a paragraph there. Absent for what was never part of the text
   * (scripts stripped from HTML).
   */
  at?: number;
}

export interface CleanedArticle {
  title: string;
  body: string;
  removed: RemovedItem[];
  detected: { publishedAt?: string; author?: string; readingTime?: string };
}

const HEADER_LINES = 8;
const FOOTER_LINES = 5;
// Longer than any headline; a first line this long is a paragraph of an untitled text.
const MAX_TITLE_LENGTH = 200;

type LineClass = RemovedKind | "blank" | "text" | "title" | "code";

function splitLines(raw: string): string[] {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text === "") return [];
  const lines = text.split("\n");
  // A final newline terminates the last line; it does not start an empty one.
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.trimEnd());
}

const CSS_DECLARATION = /^(--)?-?[a-z][-a-z]*\s*:\s*[^{}]*;?$/i;

/** Marks CSS and script lines, following multi-line blocks that a code line opens. */
function classifyCode(lines: string[]): LineClass[] {
  const classes: LineClass[] = [];
  let block: { kind: "css" | "script"; depth: number } | null = null;
  for (const line of lines) {
    const text = line.trim();
    if (text === "") {
      classes.push("blank");
      continue;
    }
    if (block) {
      const inside =
        block.kind === "css"
          ? CSS_DECLARATION.test(text) || isCssBlockOpener(text) || /^\}+$/.test(text)
          : !(naturalWordRatio(text) >= 0.6 && !/[;{}(),]$/.test(text));
      if (inside) {
        classes.push(block.kind);
        block.depth += braceBalance(text);
        if (block.depth <= 0) block = null;
        continue;
      }
      block = null;
    }
    const kind = isCssLine(text) || isCssBlockOpener(text) ? "css" : isScriptLine(text) ? "script" : null;
    if (kind) {
      classes.push(kind);
      const depth = braceBalance(text);
      if (depth > 0) block = { kind, depth };
      continue;
    }
    classes.push("text");
  }
  return classes;
}

function normaliseForComparison(line: string): string {
  return line.replace(/[\s\u00A0]+/g, " ").trim().toLowerCase();
}

/** Lines as the markup marked them; the rest blank or text. */
function classifyMarked(lines: string[], marks: ReadonlyMap<number, LineMark>, codeLines: boolean): LineClass[] {
  const classes = codeLines ? classifyCode(lines) : lines.map((line): LineClass => (line.trim() === "" ? "blank" : "text"));
  classes.forEach((kind, i) => {
    const mark = marks.get(i + 1);
    if (mark && kind !== "blank") classes[i] = mark;
  });
  return classes;
}

export function cleanArticleText(raw: string, { marks = new Map(), codeLines = true }: CleanOptions = {}): CleanedArticle {
  const lines = splitLines(raw);
  const classes = classifyMarked(lines, marks, codeLines);
  const detected: CleanedArticle["detected"] = {};
  // A byline the markup found names the author, when it reads as one ("By Jane Roe").
  for (const [i, kind] of classes.entries()) {
    if (kind === "byline") detected.author ??= matchByline(lines[i] ?? "")?.author;
  }

  const textIndexes = classes.flatMap((c, i) => (c === "text" ? [i] : []));
  const headerZone = new Set(textIndexes.slice(0, HEADER_LINES));
  const footerZone = new Set(textIndexes.slice(-FOOTER_LINES));

  for (const i of textIndexes) {
    const line = lines[i] ?? "";
    const furniture = matchFurniture(line, footerZone.has(i));
    if (furniture) {
      classes[i] = furniture.kind;
      if (furniture.kind === "furniture" && furniture.readingTime) detected.readingTime ??= furniture.readingTime;
      continue;
    }
    if (!headerZone.has(i) && !footerZone.has(i)) continue;
    const byline = matchByline(line);
    if (byline?.kind === "byline") {
      classes[i] = "byline";
      detected.author ??= byline.author;
      continue;
    }
    const date = headerZone.has(i) ? parseDateLine(line) : undefined;
    if (date) {
      classes[i] = "date-line";
      detected.publishedAt ??= date;
    }
  }

  let title = "";
  const titleIndex = classes.indexOf("text");
  const titleLine = titleIndex >= 0 ? (lines[titleIndex] ?? "") : "";
  if (titleIndex >= 0 && titleLine.trim().length <= MAX_TITLE_LENGTH) {
    title = titleLine.trim();
    classes[titleIndex] = "title";
    const wanted = normaliseForComparison(titleLine);
    for (const i of headerZone) {
      if (classes[i] === "text" && normaliseForComparison(lines[i] ?? "") === wanted) classes[i] = "duplicate-title";
    }
  }

  const lastTextIndex = Math.max(classes.lastIndexOf("text"), classes.lastIndexOf("code"));
  const removed: RemovedItem[] = [];
  const paragraphs: string[] = [];
  let separatorAvailable = false;
  let bodyLength = 0;
  classes.forEach((kind, i) => {
    const line = lines[i] ?? "";
    if (kind === "text" || kind === "code") {
      bodyLength += (paragraphs.length > 0 ? 2 : 0) + line.length;
      paragraphs.push(line);
      separatorAvailable = true;
    } else if (kind === "blank") {
      // The first blank line after a paragraph is the one separator we keep; any other is surplus.
      if (separatorAvailable && i < lastTextIndex) separatorAvailable = false;
      else removed.push({ kind: "whitespace", line: i + 1, text: line, at: bodyLength });
    } else if (kind !== "title") {
      removed.push({ kind, line: i + 1, text: line, at: bodyLength });
    }
  });

  return { title, body: paragraphs.join("\n\n"), removed, detected };
}

/** Counts words in any script: a word is a run of letters, marks and digits, with inner ' ’ or -. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu)?.length ?? 0;
}
