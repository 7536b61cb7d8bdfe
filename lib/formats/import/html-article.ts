// HTML → plain text through Mozilla Readability (the Firefox reader view), with the page's own
// metadata. Nothing of the HTML is kept: the article is the text of the readable part, one
// paragraph per block element. Scripts are never run (jsdom runs none unless asked).
import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
import type { RemovedItem } from "../clean-article-text";
import { htmlToParagraphs } from "./html-text";
import { findScripts, stripScripts } from "./html-scripts";

export interface ReadArticle {
  /** The article's text with its title as the first line, ready for the cleaner. */
  text: string;
  title?: string;
  url?: string;
  author?: string;
  publisher?: string;
  /** ISO date (yyyy-mm-dd) as the page states it. */
  publishedAt?: string;
  language?: string;
  /** What the reader itself dropped before cleaning (scripts stripped on request). */
  removed: RemovedItem[];
}

export type HtmlReadResult = { ok: true; article: ReadArticle } | { ok: false; reason: string };

const meta = (doc: Document, selector: string, attribute = "content") => doc.querySelector(selector)?.getAttribute(attribute)?.trim() || undefined;

function pageMetadata(doc: Document) {
  return {
    title: meta(doc, 'meta[property="og:title"]') ?? (doc.querySelector("title")?.textContent?.trim() || undefined),
    url: meta(doc, 'link[rel~="canonical"]', "href") ?? meta(doc, 'meta[property="og:url"]'),
    author: meta(doc, 'meta[name="author"]') ?? meta(doc, 'meta[property="article:author"]'),
    publisher: meta(doc, 'meta[property="og:site_name"]') ?? meta(doc, 'meta[name="publisher"]'),
    publishedAt:
      meta(doc, 'meta[property="article:published_time"]') ??
      meta(doc, 'meta[name="date"]') ??
      meta(doc, 'meta[itemprop="datePublished"]') ??
      meta(doc, "time[datetime]", "datetime"),
    language: doc.documentElement.getAttribute("lang")?.trim() || undefined,
  };
}

/** yyyy-mm-dd of a date as a page writes it ("2016-07-13T09:00:00+02:00" keeps its own day). */
export function isoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const stated = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (stated?.[1] && !Number.isNaN(Date.parse(`${stated[1]}T00:00:00Z`))) return stated[1];
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

const bylineName = (byline: string | null | undefined) => byline?.replace(/^\s*by\s+/i, "").trim() || undefined;

/** Reads an HTML page. Refuses pages with scripts unless `stripScripts`, and pages with no readable text. */
export function readHtmlArticle(html: string, options: { stripScripts?: boolean } = {}): HtmlReadResult {
  const dom = new JSDOM(html, { includeNodeLocations: true });
  try {
    return readDom(dom, options.stripScripts ?? false);
  } finally {
    // Frees the window's resources now rather than at the next garbage collection: a bulk import reads hundreds.
    dom.window.close();
  }
}

function readDom(dom: JSDOM, strip: boolean): HtmlReadResult {
  const doc = dom.window.document;
  const scripts = findScripts(dom);
  if (scripts.length > 0 && !strip) {
    const first = scripts[0];
    return {
      ok: false,
      reason:
        `it contains ${scripts.length === 1 ? "a script" : `${scripts.length} scripts`} (${first?.description ?? "a script"}${first?.line ? ` on line ${first.line}` : ""}). ` +
        "HTML with scripts is refused by default because a page that builds its text with scripts may not hold the article you saw. " +
        'Tick "Strip scripts from HTML files" to import it without them (they will be listed as removed), or save the page as text.',
    };
  }
  const removed = stripScripts(dom, scripts);
  const page = pageMetadata(doc);
  const parsed = new Readability(doc, { serializer: (node) => node }).parse();
  const root = parsed?.content instanceof dom.window.Node ? parsed.content : doc.body;
  const paragraphs = root ? htmlToParagraphs(root) : [];
  // Stray markup read as text ("<<>>") is no article: readable text has letters or digits.
  if (!paragraphs.some((p) => /[\p{L}\p{N}]/u.test(p))) {
    return { ok: false, reason: "no readable text was found in it (the HTML may be broken, or the page may hold no article). Open it in a browser to check, or paste its text instead." };
  }
  const title = (parsed?.title?.trim() || page.title)?.replace(/\s+/g, " ");
  return {
    ok: true,
    article: {
      text: [title, ...paragraphs].filter(Boolean).join("\n\n"),
      title,
      url: httpUrl(page.url),
      author: bylineName(parsed?.byline) ?? page.author,
      publisher: parsed?.siteName?.trim() || page.publisher,
      publishedAt: isoDay(parsed?.publishedTime ?? page.publishedAt),
      language: parsed?.lang?.trim() || page.language,
      removed,
    },
  };
}
