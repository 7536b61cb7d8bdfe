import "server-only";
import { databaseReachable } from "@/lib/db/health";
import { DATABASE_RETRY_SECONDS } from "@/lib/errors";
import { renderGonePage, renderNotFoundPage, renderUnavailablePage } from "@/lib/formats/public/status-pages";
import { publicDocument } from "@/lib/formats/public/public-document";
import { html } from "@/lib/formats/html";
import { PUBLIC_CACHE_CONTROL, type CachedBody } from "./public-cache";

// The answers of the public routes, with their headers in one place.

export const HTML_TYPE = "text/html; charset=utf-8";
// Withdrawn and never-published answers may be cached briefly too (a crawler hammering a withdrawn
// viral URL should not reach the app), but shorter, so a republished page comes back within a minute.
const SHORT_CACHE = "public, max-age=60, s-maxage=60";

export function publicOk({ body, contentType }: CachedBody, etag: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { status: 200, headers: { "Content-Type": contentType, "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: etag } });
}

/** 304: no body, and the same caching headers as the 200 (RFC 9110 §15.4.5). */
export function publicNotModified(etag: string): Response {
  return new Response(null, { status: 304, headers: { "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: etag } });
}

export const publicGone = () => new Response(renderGonePage(), { status: 410, headers: { "Content-Type": HTML_TYPE, "Cache-Control": SHORT_CACHE } });
export const publicMissing = () => new Response(renderNotFoundPage(), { status: 404, headers: { "Content-Type": HTML_TYPE, "Cache-Control": SHORT_CACHE } });

/** 400 with a page that says what to change in the address (a bad ?page= or a too-long search). */
export function publicBadRequest(message: string, back: string): Response {
  const page = publicDocument({ title: "Check the address", body: html`<main class="page gone"><h1>Check the address</h1><p>${message}</p><p><a href="${back}">Back to the fact-checks</a></p></main>` });
  return new Response(page, { status: 400, headers: { "Content-Type": HTML_TYPE, "Cache-Control": "no-store" } });
}

/**
 * Runs a public route; when it fails because the database is away, answers 503 with Retry-After (the
 * proxy does not probe the database for /p/, to keep these answers cheap). Any other failure is rethrown
 * for Next to log and answer 500, never with its message.
 */
export async function withDatabaseCheck(answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    if (await databaseReachable()) throw error;
    return new Response(renderUnavailablePage(), { status: 503, headers: { "Content-Type": HTML_TYPE, "Retry-After": String(DATABASE_RETRY_SECONDS), "Cache-Control": "no-store" } });
  }
}
