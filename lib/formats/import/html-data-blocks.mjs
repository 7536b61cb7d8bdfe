// The JSON-LD data blocks of an HTML page (<script type="application/ld+json">), as text, with the
// line each starts on and the language the page states. Fact-checkers publish their ClaimReviews in
// such blocks. jsdom parses the page and runs none of its scripts; nothing else of the page is read.
// Plain JavaScript because it runs in the HTML reader's worker thread (see html-reader-pool.ts).
import { JSDOM } from "jsdom";
import { quietVirtualConsole } from "./html-dom.mjs";

const JSON_LD = /^application\/ld\+json\s*(;.*)?$/i;

/**
 * @param {string} html
 * @returns {import("./html-data-blocks.mjs").DataBlockReading}
 */
export function readDataBlocks(html) {
  /** @type {string[]} */
  const jsdomErrors = [];
  const dom = new JSDOM(html, { includeNodeLocations: true, virtualConsole: quietVirtualConsole((message) => jsdomErrors.push(message)) });
  try {
    const doc = dom.window.document;
    const blocks = [...doc.querySelectorAll("script")]
      .filter((script) => JSON_LD.test(script.getAttribute("type")?.trim() ?? ""))
      .map((script) => ({ line: dom.nodeLocation(script)?.startLine ?? 0, text: script.textContent ?? "" }));
    const language = doc.documentElement.getAttribute("lang")?.trim() || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content")?.trim() || undefined;
    return { kind: "data-blocks", blocks, language, jsdomErrors };
  } finally {
    dom.window.close();
  }
}
