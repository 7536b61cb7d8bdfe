// A web page as the server fetched it (lib/net/fetch-page.ts) or as the browser handed it over
// (a clip): the shape the web import (lib/workflows/web-import) stores as an article and its capture.
// Declared here, below both, so that the fetcher need not know the workflow nor the workflow the fetcher.

/** How a page came in: fetched by the server, or clipped in the reader's browser. */
export type WebPageMethod = "FETCH" | "CLIP";

export interface WebPage {
  method: WebPageMethod;
  requestedUrl: string;
  /** Where the bytes came from, after redirects: the article's address. */
  finalUrl: string;
  /** The final response's HTTP status; null for a clip. */
  httpStatus: number | null;
  contentType: string;
  /** The charset `text` was decoded from; null when it was handed over as text (a clip). */
  charset: string | null;
  /** The bytes as received (or as clipped, UTF-8): the capture kept as evidence. */
  bytes: Uint8Array;
  /** The page decoded to text. */
  text: string;
  capturedAt: Date;
}
