// Which address a request comes from, when proxies may stand in front of the app. Pure: used by the
// app (lib/server/http/client-address.ts) and by the start-up checks (scripts/start.ts, instrumentation.ts).
//
// The facts we start from:
// - The socket's address ("peer") is the only one nobody can forge. Next's route handlers do not
//   see the socket, so our server (scripts/serve.mjs) writes it into PEER_HEADER on every request,
//   replacing whatever a client sent under that name.
// - X-Forwarded-For is whatever the client sent, with one address appended by each proxy on the
//   way (nginx's $proxy_add_x_forwarded_for, Caddy, Traefik and cloud load balancers all append).
//   Next itself only fills it in when it is missing; it never appends.
// So the chain, nearest first, is [peer, XFF from right to left]. Each trusted proxy vouches for
// the next entry; the client is the first entry not vouched for. Anything further left was written
// by the client and is ignored.
import { BlockList, isIP } from "node:net";

export const TRUSTED_PROXIES_SETTING = "CLAIMBENCH_TRUSTED_PROXIES";
export const PEER_HEADER = "x-claimbench-peer";

/** No proxy (XFF ignored), N proxy hops in front of the app, or the proxies' own addresses. */
export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: BlockList; text: string };

const MAX_HOPS = 10;

export class TrustedProxiesError extends Error {
  override name = "TrustedProxiesError";
}

/** Reads the setting; throws TrustedProxiesError (its message names the setting) when malformed. */
export function parseTrustedProxies(raw: string | undefined): TrustedProxies {
  const value = (raw ?? "").trim();
  if (value === "" || value === "0") return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_HOPS) throw malformed(value, `at most ${MAX_HOPS} hops`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const entry of value.split(",").map((part) => part.trim())) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!family || extra !== undefined || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
      throw malformed(value, `"${entry}" is not an IP address or CIDR range`);
    }
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { kind: "list", list, text: value };
}

function malformed(value: string, why: string): TrustedProxiesError {
  return new TrustedProxiesError(
    `${TRUSTED_PROXIES_SETTING} must be a number of proxy hops in front of the app (such as 1) or a comma-separated list of ` +
      `the proxies' addresses or CIDR ranges (such as 10.0.0.0/8,fd00::/8); in "${value}", ${why}. Leave it unset when no proxy is in front.`,
  );
}

/** One address in canonical form: IPv4-mapped IPv6 as IPv4, brackets and an IPv4 port removed. */
export function normaliseAddress(raw: string): string {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  if (v4WithPort) value = v4WithPort[1]!;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  // Not an address (a proxy may write "unknown"): kept as a key, but never a long one.
  return isIP(value) ? value.toLowerCase() : value.slice(0, 64);
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The client's address, from the socket's address and X-Forwarded-For, believing only trusted proxies. */
export function resolveClientAddress({ peer, forwardedFor, trusted }: { peer: string; forwardedFor: string | null | undefined; trusted: TrustedProxies }): string {
  if (trusted.kind === "none") return normaliseAddress(peer);
  const forwarded = (forwardedFor ?? "").split(",").map((part) => part.trim()).filter(Boolean).reverse();
  const chain = [peer, ...forwarded].map(normaliseAddress);
  if (trusted.kind === "hops") return chain[Math.min(trusted.hops, chain.length - 1)]!;
  let index = 0;
  while (index < chain.length - 1 && isTrusted(trusted.list, chain[index]!)) index += 1;
  return chain[index]!;
}
