// The DOM side of reading an HTML page: jsdom parses it (running no script), scripts are found and
// stripped (always: every news page has them, and none is ever run), Mozilla Readability (the Firefox
// reader view) picks the readable part, the furniture it leaves in is marked by the page's own markup
// (html-furniture.mjs), and its text comes back as paragraphs beside the page's own metadata, all as
// plain data. It runs in
// the HTML reader's worker thread (html-read-worker.mjs), so it is plain JavaScript that Node loads
// as it is; html-article.ts turns its answer into an article or a refusal.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { markBlocks } from "./html-furniture.mjs";
import { findScripts, stripScripts } from "./html-scripts.mjs";
import { htmlToParagraphs } from "./html-text.mjs";

// What jsdom reports about the page itself rather than about our use of it: a stylesheet its CSS
// parser cannot read, or a resource it was not asked to load. Every imported page may have them, so
// they are not worth a line in the server log. Anything else (a jsdom feature we rely on that is
// missing) is a real error and is reported.
const PAGE_NOISE = new Set(["css-parsing", "resource-loading"]);

/**
 * A virtual console that keeps the page's noise out of the log: console calls of the page (none run,
 * as scripts never do) and page-level jsdom errors are dropped; other jsdom errors go to `onError`.
 * @param {(message: string) => void} onError
 */
export function quietVirtualConsole(onError) {
  const virtualConsole = new VirtualConsole();
  virtualConsole.on("jsdomError", (/** @type {Error & { type?: string }} */ error) => {
    if (!PAGE_NOISE.has(error.type ?? "")) onError(`${error.type ?? "error"}: ${error.message}`);
  });
  return virtualConsole;
}

/** @param {Document} doc @param {string} selector */
const meta = (doc, selector, attribute = "content") => doc.querySelector(selector)?.getAttribute(attribute)?.trim() || undefined;

/** @param {Document} doc */
function pageMetadata(doc) {
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
    // The first a page states: its root's lang, then the Content-Language it declares, then Open Graph's locale.
    language:
      doc.documentElement.getAttribute("lang")?.trim() ||
      meta(doc, 'meta[http-equiv="content-language" i]') ||
      meta(doc, 'meta[property="og:locale"]') ||
      undefined,
  };
}

/**
 * The author the page's byline names by markup (the first rel=author or itemprop=author, or its itemprop=name),
 * if short enough to be a name. Read before Readability, which takes the byline out of the document.
 * @param {Document} doc
 */
function markupAuthor(doc) {
  const element = doc.body?.querySelector('[rel~="author" i], [itemprop~="author" i]');
  const named = element?.querySelector('[itemprop~="name" i]') ?? element;
  const name = named?.textContent?.replace(/\s+/g, " ").trim();
  return name && name.length <= 80 ? name : undefined;
}

/**
 * Reads an HTML page to plain data, its scripts stripped and listed as removed.
 * @param {string} html
 * @returns {import("./html-dom.mjs").DomReading}
 */
export function readHtmlDom(html) {
  /** @type {string[]} */
  const jsdomErrors = [];
  const dom = new JSDOM(html, { includeNodeLocations: true, virtualConsole: quietVirtualConsole((message) => jsdomErrors.push(message)) });
  try {
    const removed = stripScripts(findScripts(dom));
    const doc = dom.window.document;
    const page = { ...pageMetadata(doc), bylineAuthor: markupAuthor(doc) };
    // Classes are kept: they are how the page says what is an ad, a share bar or a caption.
    const parsed = new Readability(doc, { serializer: (node) => node, keepClasses: true }).parse();
    const root = parsed?.content instanceof dom.window.Element ? parsed.content : doc.body;
    return {
      paragraphs: root ? htmlToParagraphs(root, markBlocks(root)) : [],
      page,
      reader: {
        title: parsed?.title ?? undefined,
        byline: parsed?.byline ?? undefined,
        siteName: parsed?.siteName ?? undefined,
        publishedTime: parsed?.publishedTime ?? undefined,
        lang: parsed?.lang ?? undefined,
      },
      removed,
      jsdomErrors,
    };
  } finally {
    // Frees the window's resources now rather than at the next garbage collection: a bulk import reads hundreds.
    dom.window.close();
  }
}
