// HTML → plain text through Mozilla Readability (the Firefox reader view), with the page's own
// metadata. Nothing of the HTML is kept: the article is the text of the readable part, one
// paragraph per block element. Scripts are never run (jsdom runs none unless asked).
//
// The page is untrusted: it is first measured without a DOM (html-shape.ts), and only then parsed,
// in a worker thread with time and memory limits (html-reader-pool.ts, html-dom.mjs), so that no
// page stalls the server. A page refused at any of these steps is refused with the reason.
import type { RemovedItem } from "../clean-article-text";
import type { DomReading } from "./html-dom.mjs";
import { sharedHtmlReaderPool, type HtmlReaderAnswer, type HtmlReaderPool } from "./html-reader-pool";
import { htmlShapeProblem, INSTEAD } from "./html-shape";

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

function limitReason(answer: Exclude<HtmlReaderAnswer, { kind: "done" }>): string {
  if (answer.kind === "timeout") return `reading it took longer than ${answer.limitMs / 1000} seconds, so it was stopped; the page is too complex to read. ${INSTEAD}`;
  if (answer.kind === "memory") return `reading it needed more than ${answer.limitMb} MB of memory, so it was stopped; the page is too large to read. ${INSTEAD}`;
  return `it nests elements too deeply to be read. ${INSTEAD}`;
}

/**
 * Reads an HTML page. Refuses pages over the caps of html-shape.ts, pages that take too long or
 * too much memory to read, pages with scripts unless `stripScripts`, and pages with no readable text.
 */
export async function readHtmlArticle(html: string, options: { stripScripts?: boolean; pool?: HtmlReaderPool } = {}): Promise<HtmlReadResult> {
  const shape = await htmlShapeProblem(html);
  if (shape) return { ok: false, reason: shape };
  const answer = await (options.pool ?? sharedHtmlReaderPool()).read(html, { stripScripts: options.stripScripts ?? false });
  if (answer.kind !== "done") return { ok: false, reason: limitReason(answer) };
  // Only what is not the page's own noise comes back (see quietVirtualConsole): it means our reading is wrong somewhere.
  for (const message of answer.reading.jsdomErrors) console.error(`jsdom, reading an imported HTML page: ${message}`);
  return articleOf(answer.reading);
}

function articleOf(reading: DomReading): HtmlReadResult {
  if (reading.kind === "scripts") {
    const { count, first } = reading;
    return {
      ok: false,
      reason:
        `it contains ${count === 1 ? "a script" : `${count} scripts`} (${first.description}${first.line ? ` on line ${first.line}` : ""}). ` +
        "HTML with scripts is refused by default because a page that builds its text with scripts may not hold the article you saw. " +
        'Tick "Strip scripts from HTML files" to import it without them (they will be listed as removed), or save the page as text.',
    };
  }
  const { paragraphs, page, reader } = reading;
  // Stray markup read as text ("<<>>") is no article: readable text has letters or digits.
  if (!paragraphs.some((p) => /[\p{L}\p{N}]/u.test(p))) {
    return { ok: false, reason: "no readable text was found in it (the HTML may be broken, or the page may hold no article). Open it in a browser to check, or paste its text instead." };
  }
  const title = (reader.title?.trim() || page.title)?.replace(/\s+/g, " ");
  return {
    ok: true,
    article: {
      text: [title, ...paragraphs].filter(Boolean).join("\n\n"),
      title,
      url: httpUrl(page.url),
      author: bylineName(reader.byline) ?? page.author,
      publisher: reader.siteName?.trim() || page.publisher,
      publishedAt: isoDay(reader.publishedTime ?? page.publishedAt),
      language: reader.lang?.trim() || page.language,
      removed: reading.removed,
    },
  };
}
