import "server-only";
import { STATUS_CODES, type IncomingMessage } from "node:http";
import type { WebPage } from "@/lib/domain/web-page";
import { classifyPage, decodePage, parseContentType, WEB_PAGE_FORMATS, type PageFormat } from "@/lib/formats/import/web-page-text";
import { fetchRefusal, redirectReason, refusalReason, REASONS } from "./fetch-refusal";
import { fetchAllowList, fetchLimits, type FetchLimits } from "./fetch-settings";
import { ACCEPT_WITH_JSON, ConnectTimeoutError, httpGet, REQUEST_HEADERS } from "./http-get";
import { parseFetchUrl, pinTarget, systemResolver, type HostResolver } from "./pin-target";
import { BodyTooLargeError, readBody, UnknownEncodingError } from "./read-body";

// The server's fetch of a page a user named (issue 16, "Safety"): only http(s), only public addresses
// (or a host:port in CLAIMBENCH_FETCH_ALLOW), the host resolved once and the connection pinned to that
// address, redirects followed by hand and each checked again, limits on size and time, only HTML,
// XHTML or plain text (and JSON for a caller that names it in `accept`), decoded in its charset. Every refusal is an AppError VALIDATION whose `url`
// field says why (fetch-refusal.ts). Cancelling with `signal` rejects with the signal's reason, as
// fetch() does, so a caller can tell "cancelled" from "refused".

export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Longest address accepted: far beyond any real article's, short of a denial of service. */
const MAX_URL_CHARS = 8192;

export interface FetchPageOptions {
  signal?: AbortSignal;
  /**
   * The formats the caller reads; by default a web page (HTML or plain text). JSON is refused unless
   * named here: an article import has no use for data, the ClaimReview import by URL does.
   */
  accept?: readonly PageFormat[];
}

/** For tests: another resolver, to show what happens when names answer private or changing addresses. */
export interface FetchPageInternals {
  resolve?: HostResolver;
}

const statusText = (response: IncomingMessage) => {
  const status = response.statusCode ?? 0;
  return `${status} ${response.statusMessage || STATUS_CODES[status] || ""}`.trim();
};

/** Fetches a page by its URL; see the comment above for what is refused. */
export function fetchPage(url: string, options: FetchPageOptions = {}): Promise<WebPage> {
  return fetchPageWith(url, options, {});
}

export async function fetchPageWith(url: string, { signal, accept = WEB_PAGE_FORMATS }: FetchPageOptions, { resolve = systemResolver }: FetchPageInternals): Promise<WebPage> {
  signal?.throwIfAborted();
  if (url.length > MAX_URL_CHARS) throw fetchRefusal(url, `it is longer than ${MAX_URL_CHARS.toLocaleString("en")} characters`);
  const start = parseFetchUrl(url.trim());
  const limits = fetchLimits();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error("fetch deadline")), limits.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
  try {
    return await followRedirects(url, start, { limits, resolve, accept, signal: combined });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (deadline.signal.aborted) throw fetchRefusal(url, REASONS.timeout(limits.timeoutMs));
    throw translate(url, error, limits);
  } finally {
    clearTimeout(timer);
  }
}

interface FetchContext {
  limits: FetchLimits;
  resolve: HostResolver;
  accept: readonly PageFormat[];
  signal: AbortSignal;
}

async function followRedirects(requested: string, start: URL, context: FetchContext): Promise<WebPage> {
  const { limits, resolve, accept, signal } = context;
  const allow = fetchAllowList();
  let current = start;
  for (let hop = 0; ; hop += 1) {
    const target = await pinTarget(current, { resolve, allow, signal }).catch((error: unknown) => {
      const reason = refusalReason(error);
      // A redirect's refusal names where it went; the first URL's is about the URL the user gave.
      throw hop > 0 && reason ? fetchRefusal(requested, redirectReason(current.href, reason)) : error;
    });
    const response = await httpGet(target, { signal, connectTimeoutMs: limits.connectTimeoutMs, accept: accept.includes("json") ? ACCEPT_WITH_JSON : REQUEST_HEADERS.accept });
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      response.destroy(); // a redirect's body is never read
      if (hop >= MAX_REDIRECTS) throw fetchRefusal(requested, REASONS.tooManyRedirects(MAX_REDIRECTS));
      const location = response.headers.location;
      if (!location) throw fetchRefusal(requested, REASONS.redirectWithoutLocation(statusText(response)));
      if (!URL.canParse(location, current)) throw fetchRefusal(requested, REASONS.badRedirect);
      current = new URL(location, current);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw fetchRefusal(requested, REASONS.status(statusText(response)));
    }
    return readPage(requested, current, response, context);
  }
}

async function readPage(requested: string, final: URL, response: IncomingMessage, { limits, accept, signal }: FetchContext): Promise<WebPage> {
  const capturedAt = new Date();
  const header = response.headers["content-type"];
  // Refused by its type before a byte of it is read; by its first bytes once they are in.
  const byType = classifyPage(header, new Uint8Array(), accept);
  if (!byType.ok) {
    response.destroy();
    throw fetchRefusal(requested, byType.reason);
  }
  // The capture keeps the body with the transfer's compression undone: the page the server meant.
  const bytes = await readBody(response, { maxBytes: limits.maxBytes, signal });
  const kind = classifyPage(header, bytes.subarray(0, 1024), accept);
  if (!kind.ok) throw fetchRefusal(requested, kind.reason);
  const { text, charset } = decodePage(bytes, parseContentType(header).charset, kind.format);
  const finalUrl = new URL(final);
  finalUrl.hash = ""; // the fragment never reached the server: it is not part of the page's address
  return {
    method: "FETCH",
    requestedUrl: requested.trim(),
    finalUrl: finalUrl.href,
    httpStatus: response.statusCode ?? 200,
    contentType: kind.contentType,
    charset,
    bytes,
    text,
    capturedAt,
  };
}

const CONNECTION_ERRORS: Record<string, string> = {
  ECONNREFUSED: REASONS.refused,
  ECONNRESET: REASONS.reset,
  EPIPE: REASONS.reset,
  ERR_STREAM_PREMATURE_CLOSE: REASONS.reset,
  EHOSTUNREACH: REASONS.unreachable,
  ENETUNREACH: REASONS.unreachable,
  Z_DATA_ERROR: REASONS.damaged,
  Z_BUF_ERROR: REASONS.damaged,
  ERR_BROTLI_DECOMPRESSION_FAILED: REASONS.damaged,
};

/** Any failure after the checks, as a refusal in the user's words (an AppError passes unchanged). */
function translate(url: string, error: unknown, limits: FetchLimits): unknown {
  if (refusalReason(error)) return error;
  if (error instanceof BodyTooLargeError) return fetchRefusal(url, REASONS.tooLarge(limits.maxBytes));
  if (error instanceof ConnectTimeoutError) return fetchRefusal(url, REASONS.connectTimeout(limits.connectTimeoutMs));
  if (error instanceof UnknownEncodingError) return fetchRefusal(url, REASONS.encoding(error.encoding));
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  if (CONNECTION_ERRORS[code]) return fetchRefusal(url, CONNECTION_ERRORS[code]);
  if (code.startsWith("ERR_TLS") || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return fetchRefusal(url, REASONS.tls);
  if (code.startsWith("ERR_ZLIB") || code.startsWith("Z_")) return fetchRefusal(url, REASONS.damaged);
  // The socket's and the HTTP parser's other failures (EAI_AGAIN, ETIMEDOUT, HPE_…): the server's doing, not ours.
  if (/^(E[A-Z_]+|HPE_[A-Z_]+)$/.test(code)) return fetchRefusal(url, REASONS.failed);
  return error;
}
