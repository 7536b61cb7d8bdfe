// One GET of the fetcher, connected to the address pin-target.ts checked and nowhere else. The URL's
// own host name is kept for the Host header, TLS's server name (SNI) and the certificate check, so
// HTTPS works as usual; only the name-to-address step is replaced by the pinned answer.
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import packageJson from "@/package.json" with { type: "json" };
import type { PinnedTarget } from "./pin-target";

export const USER_AGENT = `Claimbench/${packageJson.version} (+fact-check workbench)`;

/**
 * What every request sends, and all it sends: no cookie, no Authorization, nothing of the user's or
 * the app's. Deflate is not asked for: servers disagree about what it means (zlib or raw).
 */
export const REQUEST_HEADERS = {
  "user-agent": USER_AGENT,
  accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
  "accept-encoding": "gzip, br",
} as const;

/** The Accept header of a fetch that also takes JSON (a fact-checker's feed or API answer). */
export const ACCEPT_WITH_JSON = "text/html,application/xhtml+xml;q=0.9,application/ld+json;q=0.9,application/json;q=0.9,text/plain;q=0.8";

/** A lookup that answers only the pinned address, in whichever form the socket asks for. */
export function pinnedLookup(address: string, family: 4 | 6): LookupFunction {
  return ((_hostname: string, options: unknown, callback?: unknown) => {
    const done = (typeof options === "function" ? options : callback) as (...args: unknown[]) => void;
    const wantsAll = typeof options === "object" && options !== null && (options as { all?: boolean }).all === true;
    process.nextTick(() => (wantsAll ? done(null, [{ address, family }]) : done(null, address, family)));
  }) as LookupFunction;
}

export class ConnectTimeoutError extends Error {
  override name = "ConnectTimeoutError";
}

/**
 * Sends the GET and resolves with the response's head; the body is left to be read (read-body.ts).
 * A connection not made within `connectTimeoutMs` (TLS included) is ended with ConnectTimeoutError;
 * `signal` ends the request, and the response with it, at any point.
 */
export function httpGet(target: PinnedTarget, { signal, connectTimeoutMs, accept = REQUEST_HEADERS.accept }: { signal: AbortSignal; connectTimeoutMs: number; accept?: string }): Promise<IncomingMessage> {
  const { url } = target;
  const isHttps = url.protocol === "https:";
  const request = (isHttps ? httpsRequest : httpRequest)({
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    method: "GET",
    headers: { ...REQUEST_HEADERS, accept },
    // A fresh connection every time: a pooled one might have been opened to another address.
    agent: false,
    lookup: pinnedLookup(target.address, target.family),
    signal,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => request.destroy(new ConnectTimeoutError()), connectTimeoutMs);
    request.once("socket", (socket) => socket.once(isHttps ? "secureConnect" : "connect", () => clearTimeout(timer)));
    request.once("response", (response) => {
      clearTimeout(timer);
      resolve(response);
    });
    // `on`, not `once`: a socket can fail twice (reset after the head), and an unheard error would end the process.
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end();
  });
}
