// How a kept capture of a web page is named and described to people: its download's file name, its
// method in words, its short fingerprint. Pure: the page, the download route and the tests share it.
import { isHttpUrl } from "./http-url";

export const CAPTURE_METHOD_LABELS = { FETCH: "Fetched", CLIP: "Clipped" } as const;
export type CaptureMethodName = keyof typeof CAPTURE_METHOD_LABELS;

/** The first 8 hex digits of a sha256: enough to tell captures apart by eye; the full value is offered beside it. */
export const shortSha256 = (sha256: string) => sha256.slice(0, 8);

/**
 * The host of the page a capture came from, as a file name may hold it ("www.example.org"); "capture"
 * when the address is not an http(s) one or has no host, so a name is never empty nor a path.
 */
export function captureHost(url: string): string {
  if (!isHttpUrl(url)) return "capture";
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").replace(/[^a-z0-9.-]/gi, "_").replace(/^[.-]+|[.-]+$/g, "");
  return host || "capture";
}

/**
 * The download's name: "<host>-<yyyy-mm-dd>-<sha8>.html" (".txt" for a plain-text page), after where the
 * page came from, the day it was captured (UTC) and its fingerprint, so a folder of originals reads as a list
 * of pages and two captures of one page on one day still differ.
 */
export function captureFileName({ finalUrl, capturedAt, sha256, contentType }: { finalUrl: string; capturedAt: Date; sha256: string; contentType: string }): string {
  const extension = /^\s*text\/plain\b/i.test(contentType) ? "txt" : "html";
  return `${captureHost(finalUrl)}-${capturedAt.toISOString().slice(0, 10)}-${shortSha256(sha256)}.${extension}`;
}


/** Where a capture's original is downloaded (the API's route, which the session cookie also opens). */
export function captureOriginalPath(slug: string, articleId: string, captureId: string): string {
  return `/api/v1/workspaces/${encodeURIComponent(slug)}/articles/${articleId}/captures/${captureId}/original`;
}
