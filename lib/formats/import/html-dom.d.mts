// Types of html-dom.mjs, the plain-JavaScript DOM reader that runs in the HTML reader's worker thread.
import type { VirtualConsole } from "jsdom";

interface PageMetadata {
  title?: string;
  url?: string;
  author?: string;
  publisher?: string;
  publishedAt?: string;
  language?: string;
}

export type DomReading =
  | { kind: "scripts"; count: number; first: { description: string; line: number }; jsdomErrors: string[] }
  | {
      kind: "read";
      paragraphs: string[];
      page: PageMetadata;
      /** What Readability found, as it found it. */
      reader: { title?: string; byline?: string; siteName?: string; publishedTime?: string; lang?: string };
      removed: { kind: "html-script"; line: number; text: string }[];
      /** jsdom errors that are not the page's own noise. */
      jsdomErrors: string[];
    };

export function quietVirtualConsole(onError: (message: string) => void): VirtualConsole;
export function readHtmlDom(html: string, options: { stripScripts: boolean }): DomReading;
