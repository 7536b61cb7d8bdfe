// The DOM side of reading an HTML page: jsdom parses it (running no script), scripts are found and
// stripped on request, Mozilla Readability (the Firefox reader view) picks the readable part, and
// its text comes back as paragraphs beside the page's own metadata, all as plain data. It runs in
// the HTML reader's worker thread (html-read-worker.mjs), so it is plain JavaScript that Node loads
// as it is; html-article.ts turns its answer into an article or a refusal.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
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
 * Reads an HTML page to plain data. With scripts found and `stripScripts` off, it stops there and
 * says what it found; html-article.ts words the refusal.
 * @param {string} html
 * @param {{ stripScripts: boolean }} options
 * @returns {import("./html-dom.mjs").DomReading}
 */
export function readHtmlDom(html, { stripScripts: strip }) {
  /** @type {string[]} */
  const jsdomErrors = [];
  const dom = new JSDOM(html, { includeNodeLocations: true, virtualConsole: quietVirtualConsole((message) => jsdomErrors.push(message)) });
  try {
    const scripts = findScripts(dom);
    if (scripts.length > 0 && !strip) {
      const first = scripts[0];
      return { kind: "scripts", count: scripts.length, first: { description: first?.description ?? "a script", line: first?.line ?? 0 }, jsdomErrors };
    }
    const removed = stripScripts(scripts);
    const doc = dom.window.document;
    const page = pageMetadata(doc);
    const parsed = new Readability(doc, { serializer: (node) => node }).parse();
    const root = parsed?.content instanceof dom.window.Node ? parsed.content : doc.body;
    return {
      kind: "read",
      paragraphs: root ? htmlToParagraphs(root) : [],
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
