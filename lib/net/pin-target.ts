// Where one request of the fetcher may go. The host is resolved once, every address it resolves to
// must be public (or its host:port allowed by CLAIMBENCH_FETCH_ALLOW), and the request then connects
// to that one address (http-get.ts), so a name that answers a public address now and a private one
// a moment later (DNS rebinding) cannot steer the connection.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { classifyAddress } from "@/lib/domain/network-address";
import { fetchRefusal, REASONS } from "./fetch-refusal";
import { hostPortKey, type FetchAllowList } from "./fetch-settings";

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses; the fetcher's default is the system resolver (dns.lookup). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

export interface PinnedTarget {
  url: URL;
  /** The address the connection goes to, and nothing else. */
  address: string;
  family: 4 | 6;
}

const defaultPort = (url: URL) => Number(url.port || (url.protocol === "https:" ? 443 : 80));

/** The URL parsed and checked for what it says by itself: scheme and credentials. */
export function parseFetchUrl(raw: string): URL {
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url) throw fetchRefusal(raw, REASONS.invalid);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fetchRefusal(raw, REASONS.scheme(url.protocol));
  if (!url.hostname) throw fetchRefusal(raw, REASONS.invalid);
  if (url.username || url.password) throw fetchRefusal(raw, REASONS.credentials);
  return url;
}

const DNS_NOT_FOUND = new Set(["ENOTFOUND", "ENODATA", "EAI_NONAME", "EAI_NODATA", "EAI_FAIL"]);

async function resolveAll(url: URL, resolve: HostResolver, signal: AbortSignal): Promise<ResolvedAddress[]> {
  // getaddrinfo cannot be cancelled; the fetch's deadline and the caller's signal still end the wait.
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    const found = await Promise.race([resolve(url.hostname), aborted]);
    if (found.length === 0) throw fetchRefusal(url.href, REASONS.notFound(url.hostname));
    return found;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string" && DNS_NOT_FOUND.has(code)) throw fetchRefusal(url.href, REASONS.notFound(url.hostname));
    throw error;
  }
}

/**
 * Checks one URL (the first, or a redirect's) and pins the address its request must connect to.
 * An IP address written in the URL is classified as it is; a name is resolved once with `resolve`.
 */
export async function pinTarget(url: URL, { resolve, allow, signal }: { resolve: HostResolver; allow: FetchAllowList; signal: AbortSignal }): Promise<PinnedTarget> {
  parseFetchUrl(url.href);
  const port = defaultPort(url);
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const found = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolveAll(url, resolve, signal);
  const nameAllowed = allow.entries.has(hostPortKey(url.hostname, port));
  const classified = found.map(({ address }) => {
    const verdict = classifyAddress(address);
    if (!verdict) throw fetchRefusal(url.href, REASONS.unreachable);
    return verdict;
  });
  // Every address must pass, not just the one used: a resolver's order may change between two looks.
  const refused = classified.find((verdict) => verdict.reason && !nameAllowed && !allow.entries.has(hostPortKey(verdict.address, port)));
  if (refused?.reason) throw fetchRefusal(url.href, refused.reason);
  const first = classified[0]!;
  return { url, address: first.address, family: first.family };
}
