// The one answer to "at which address do people reach this app", for every absolute link the app writes
// (exports, the PDF, ClaimReview urls, W3C annotation ids) and every redirect (sign-in and sign-out).
// Pure: the request's side (which headers to believe) is lib/http/request-base-url.ts; proxy.ts and
// the start-up checks read only the configured part.
//
// In order:
// 1. CLAIMBENCH_PUBLIC_URL, then NEXTAUTH_URL: an address the operator wrote down wins, because it is
//    the only one a client cannot change.
// 2. Without either, the address the request came in on: the X-Forwarded-Host (and -Proto) that a
//    trusted proxy passed on, else the Host header the browser sent. Never a made-up "localhost": a
//    desk that opened the app at http://192.168.1.20:3000 gets links to http://192.168.1.20:3000.
// Only the origin is kept (scheme, host, port): the app is served at the root of its address.

export const PUBLIC_URL_SETTING = "CLAIMBENCH_PUBLIC_URL";

export class PublicUrlError extends Error {
  override name = "PublicUrlError";
}

/** The origin of an http(s) URL, or null when the value is not one. */
export function httpOrigin(value: string | undefined | null): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The configured public address, or null when neither setting is set. A setting that is set but is not
 * an http(s) URL throws PublicUrlError naming it (checked at start-up, so a typo stops the app there
 * rather than turning into links nobody can open).
 */
export function configuredPublicUrl(env: Record<string, string | undefined> = process.env): string | null {
  for (const name of [PUBLIC_URL_SETTING, "NEXTAUTH_URL"]) {
    const raw = env[name];
    if (!raw?.trim()) continue;
    const origin = httpOrigin(raw);
    if (!origin) throw new PublicUrlError(`${name} must be the app's public address starting with http:// or https://, such as https://claims.example.org; "${raw.slice(0, 100)}" is not.`);
    return origin;
  }
  return null;
}

// A host name, IPv4 address or bracketed IPv6 address, with an optional port: what a Host header may
// hold. Anything else (a path, credentials, spaces) is not used to build a link.
const HOST_PATTERN = /^(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)(?::\d{1,5})?$/i;

/** A Host (or X-Forwarded-Host) value fit for a link, lower-cased, or null. */
export function cleanHost(value: string | null | undefined): string | null {
  const host = value?.trim().toLowerCase();
  return host && host.length <= 255 && HOST_PATTERN.test(host) ? host : null;
}

/** The last value of a comma-separated forwarding header: the one the nearest proxy wrote. */
export function lastForwardedValue(value: string | null | undefined): string | undefined {
  return value?.split(",").map((part) => part.trim()).filter(Boolean).pop();
}

export interface BaseUrlInput {
  /** configuredPublicUrl()'s answer. */
  configured: string | null;
  /** The Host header. */
  host: string | null | undefined;
  /** X-Forwarded-Host and X-Forwarded-Proto, as received: used only when `fromTrustedProxy`. */
  forwardedHost?: string | null;
  forwardedProto?: string | null;
  /** Whether the connection comes from a proxy that CLAIMBENCH_TRUSTED_PROXIES names. */
  fromTrustedProxy: boolean;
  /** The URL the request handler was given: its origin stands in when there is no usable Host. */
  requestUrl?: string;
}

/** The public base URL for one request, without a trailing slash: "https://claims.example.org". */
export function decideBaseUrl({ configured, host, forwardedHost, forwardedProto, fromTrustedProxy, requestUrl }: BaseUrlInput): string {
  if (configured) return configured;
  if (fromTrustedProxy) {
    const proxied = cleanHost(lastForwardedValue(forwardedHost));
    if (proxied) {
      const proto = lastForwardedValue(forwardedProto)?.toLowerCase();
      return `${proto === "https" ? "https" : "http"}://${proxied}`;
    }
  }
  // Our server (scripts/serve.mjs) speaks plain http; https reaches it only through a proxy, above.
  const direct = cleanHost(host);
  if (direct) return `http://${direct}`;
  const fromUrl = httpOrigin(requestUrl);
  if (fromUrl) return fromUrl;
  throw new PublicUrlError(`The request names no host, and ${PUBLIC_URL_SETTING} is not set: set it to the app's public address.`);
}
