// Types of html-dom.mjs, the plain-JavaScript DOM reader that runs in the HTML reader's worker thread.
import type { VirtualConsole } from "jsdom";

interface PageMetadata {
  title?: string;
  url?: string;
  author?: string;
  publisher?: string;
  publishedAt?: string;
  language?: string;
  /** The name a byline in the article gives by markup (rel=author, itemprop=author). */
  bylineAuthor?: string;
}

/** Furniture Readability left in the article, or code, as the page's markup says (html-furniture.mjs). */
export type Mark = "ad" | "share" | "byline" | "caption" | "code";

export interface DomReading {
  paragraphs: { text: string; mark?: Mark }[];
  page: PageMetadata;
  /** What Readability found, as it found it. */
  reader: { title?: string; byline?: string; siteName?: string; publishedTime?: string; lang?: string };
  /** The scripts stripped from the page. */
  removed: { kind: "html-script"; line: number; text: string }[];
  /** jsdom errors that are not the page's own noise. */
  jsdomErrors: string[];
}

export function quietVirtualConsole(onError: (message: string) => void): VirtualConsole;
export function readHtmlDom(html: string): DomReading;
