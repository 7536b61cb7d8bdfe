// HTML → plain text through Mozilla Readability (the Firefox reader view), with the page's own
// metadata. Nothing of the HTML is kept: the article is the text of the readable part, one
// paragraph per block element. Scripts are never run (jsdom runs none unless asked).
//
// The page is untrusted: it is first measured without a DOM (html-shape.ts), and only then parsed,
// in a worker thread with time and memory limits (html-reader-pool.ts, html-dom.mjs), so that no
// page stalls the server. A page refused at any of these steps is refused with the reason.
import { countWords, type RemovedItem } from "../clean-article-text";
import type { DomReading, Mark } from "./html-dom.mjs";
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
  /** What the reader itself dropped before cleaning (the page's scripts). */
  removed: RemovedItem[];
  /** Lines of `text` (1-based) that the page's markup says are furniture or code (html-furniture.mjs), for the cleaner. */
  marks?: ReadonlyMap<number, Mark>;
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

/**
 * The page's author: as Readability read it (stated metadata, else the byline it took out of the text), narrowed to the
 * name the byline's markup gives when that byline says more ("Omar Haddad, Middle East correspondent"); else as the page states.
 */
function authorOf(byline: string | undefined, page: DomReading["page"]): string | undefined {
  const read = bylineName(byline);
  const named = page.bylineAuthor;
  if (read && named && read !== named && read.includes(named)) return named;
  return read ?? page.author ?? named;
}

// Fewer words than this once the scripts are gone, on a page that had scripts: its text is built by them.
const SCRIPT_BUILT_WORDS = 25;

/** The refusal of a page whose text its scripts build, pointing at the clipper, which takes the page as the browser shows it. */
function scriptBuiltReason(scripts: number, words: number): string {
  const left = words === 0 ? "no text was left" : `only ${words} ${words === 1 ? "word was" : "words were"} left`;
  return (
    `its text seems to be built by its scripts: once its ${scripts === 1 ? "script was" : `${scripts} scripts were`} removed (they are never run), ${left}. ` +
    'Open the page in your browser and use the "Clip to Claimbench" bookmarklet (offered on the import page): it takes the page as your browser shows it.'
  );
}

function limitReason(answer: Exclude<HtmlReaderAnswer, { kind: "done" }>): string {
  if (answer.kind === "timeout") return `reading it took longer than ${answer.limitMs / 1000} seconds, so it was stopped; the page is too complex to read. ${INSTEAD}`;
  if (answer.kind === "memory") return `reading it needed more than ${answer.limitMb} MB of memory, so it was stopped; the page is too large to read. ${INSTEAD}`;
  return `it nests elements too deeply to be read. ${INSTEAD}`;
}

/**
 * Reads an HTML page, its scripts stripped (and listed as removed). Refuses pages over the caps of
 * html-shape.ts, pages that take too long or too much memory to read, pages with no readable text,
 * and pages whose text their scripts build, unless `rendered` (the HTML is what a browser rendered,
 * as a clip's is, so its scripts already ran).
 */
export async function readHtmlArticle(html: string, options: { rendered?: boolean; pool?: HtmlReaderPool } = {}): Promise<HtmlReadResult> {
  const shape = await htmlShapeProblem(html);
  if (shape) return { ok: false, reason: shape };
  const answer = await (options.pool ?? sharedHtmlReaderPool()).read(html);
  if (answer.kind !== "done") return { ok: false, reason: limitReason(answer) };
  // Only what is not the page's own noise comes back (see quietVirtualConsole): it means our reading is wrong somewhere.
  for (const message of answer.reading.jsdomErrors) console.error(`jsdom, reading an imported HTML page: ${message}`);
  return articleOf(answer.reading, options.rendered ?? false);
}

function articleOf(reading: DomReading, rendered: boolean): HtmlReadResult {
  const { paragraphs, page, reader, removed } = reading;
  const title = (reader.title?.trim() || page.title)?.replace(/\s+/g, " ");
  if (!rendered && removed.length > 0) {
    const words = countWords(paragraphs.filter((p) => (!p.mark || p.mark === "code") && p.text !== title).map((p) => p.text).join("\n"));
    if (words < SCRIPT_BUILT_WORDS) return { ok: false, reason: scriptBuiltReason(removed.length, words) };
  }
  // Stray markup read as text ("<<>>") is no article: readable text has letters or digits.
  if (!paragraphs.some((p) => /[\p{L}\p{N}]/u.test(p.text))) {
    return { ok: false, reason: "no readable text was found in it (the HTML may be broken, or the page may hold no article). Open it in a browser to check, or paste its text instead." };
  }
  const lines = [title, ...paragraphs.map((p) => p.text)].filter(Boolean);
  // Line n of the text is entry (n + 1) / 2 of `lines`: one blank line separates each.
  const firstParagraphLine = title ? 3 : 1;
  const marks = new Map(paragraphs.flatMap((p, i) => (p.mark ? [[firstParagraphLine + 2 * i, p.mark] as const] : [])));
  return {
    ok: true,
    article: {
      text: lines.join("\n\n"),
      title,
      url: httpUrl(page.url),
      author: authorOf(reader.byline, page),
      publisher: reader.siteName?.trim() || page.publisher,
      publishedAt: isoDay(reader.publishedTime ?? page.publishedAt),
      language: reader.lang?.trim() || page.language,
      removed,
      marks,
    },
  };
}
