import "server-only";
import { trustedProxies, peerAddress } from "@/lib/server/http/client-address";
import { configuredPublicUrl, decideBaseUrl } from "@/lib/server/http/public-url";
import { normaliseAddress, type TrustedProxies } from "@/lib/server/http/trusted-proxies";
import { isIP } from "node:net";

// The request's side of lib/http/public-url.ts: the base URL of the request being answered. Route
// handlers pass their Request; server actions and pages pass `await headers()` (next/headers).

type HeaderSource = Headers | Record<string, unknown>;

function header(headers: HeaderSource, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * Whether the connection comes from a proxy we were told to believe: with a hop count, every connection
 * does (the operator says a proxy is always in front); with a list, the socket's address must be on it.
 */
export function isFromTrustedProxy(peer: string, trusted: TrustedProxies): boolean {
  if (trusted.kind === "none") return false;
  if (trusted.kind === "hops") return trusted.hops >= 1;
  const address = normaliseAddress(peer);
  const family = isIP(address);
  return family !== 0 && trusted.list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The public base URL for links and redirects made while answering this request (no trailing slash). */
export function requestBaseUrl(source: Request | HeaderSource): string {
  const headers = source instanceof Request ? source.headers : source;
  return decideBaseUrl({
    configured: configuredPublicUrl(),
    host: header(headers, "host"),
    forwardedHost: header(headers, "x-forwarded-host"),
    forwardedProto: header(headers, "x-forwarded-proto"),
    fromTrustedProxy: isFromTrustedProxy(peerAddress(headers), trustedProxies()),
    requestUrl: source instanceof Request ? source.url : undefined,
  });
}
