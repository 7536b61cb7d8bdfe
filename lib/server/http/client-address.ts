import "server-only";
import { PEER_HEADER, parseTrustedProxies, resolveClientAddress, TRUSTED_PROXIES_SETTING, type TrustedProxies } from "@/lib/server/http/trusted-proxies";

type HeaderSource = Headers | Record<string, unknown>;

let parsed: { raw: string | undefined; value: TrustedProxies } | null = null;

/** The parsed CLAIMBENCH_TRUSTED_PROXIES (also asked by request-base-url.ts: which forwarded host to believe). */
export function trustedProxies(): TrustedProxies {
  const raw = process.env[TRUSTED_PROXIES_SETTING];
  // Checked at start-up (scripts/start.ts, instrumentation.ts); parsed once per value here.
  if (!parsed || parsed.raw !== raw) parsed = { raw, value: parseTrustedProxies(raw) };
  return parsed.value;
}

function header(headers: HeaderSource, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The one answer to "which address is this request from", for every per-address limit (sign-in and
 * the API). The socket's address comes from PEER_HEADER, which our server (scripts/serve.mjs) sets
 * on every request. Without it (the app started some other way, or a test calling a handler
 * directly) the last X-Forwarded-For entry stands in: Next writes the socket's address there when a
 * request has none, but keeps a client's own value, so serve the app with `npm start`.
 */
export function clientAddress(headers: HeaderSource): string {
  const forwardedFor = header(headers, "x-forwarded-for");
  const peer = peerAddress(headers);
  return resolveClientAddress({ peer, forwardedFor, trusted: trustedProxies() }) || "unknown";
}

/** The socket's address (see clientAddress for the stand-in when our server did not stamp it). */
export function peerAddress(headers: HeaderSource): string {
  return header(headers, PEER_HEADER) ?? header(headers, "x-forwarded-for")?.split(",").pop()?.trim() ?? "";
}
