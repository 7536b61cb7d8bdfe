// Which network an IP address belongs to, for the server's fetches of pages that users name
// (issue 16, "Safety"). A URL is hostile: it may name this server, the office network behind it or
// the cloud's metadata service, directly or through an IPv6 form that embeds such an IPv4 address.
// Only "public" may be fetched (unless an operator allows a host:port by setting).
//
// Pure: addresses are first written out in their canonical form by the WHATWG URL parser (a global,
// no I/O; lib/domain may not use node:net), which also folds the old IPv4 spellings ("0x7f.1",
// "2130706433") and dotted IPv6 tails ("::ffff:127.0.0.1") into one shape. The ranges are a table.

export type AddressKind =
  | "public"
  | "loopback"
  | "private"
  | "link-local"
  | "metadata"
  | "cgnat"
  | "multicast"
  | "unspecified"
  | "broadcast"
  | "reserved";

export interface ClassifiedAddress {
  /** The address in canonical form (IPv6 without brackets). */
  address: string;
  family: 4 | 6;
  kind: AddressKind;
  /** Why it may not be fetched, in the user's words; null for a public address. */
  reason: string | null;
}

const REASONS: Record<Exclude<AddressKind, "public">, string> = {
  loopback: "it points at this server itself",
  private: "it points at a private network address",
  "link-local": "it points at a link-local network address, which only this server's own network can reach",
  metadata: "it points at the cloud metadata address, which holds this server's credentials",
  cgnat: "it points at a shared (carrier-grade NAT) network address, not a public one",
  multicast: "it points at a multicast address, not a web server",
  unspecified: "it points at the unspecified address (0.0.0.0 or ::), which reaches this server itself",
  broadcast: "it points at the broadcast address, not a web server",
  reserved: "it points at a reserved address that is not on the public internet",
};

/** The sentence saying why an address of this kind is refused; null for a public one. */
export const addressRefusalReason = (kind: AddressKind): string | null => (kind === "public" ? null : REASONS[kind]);

interface Parsed {
  family: 4 | 6;
  value: bigint;
}

const V4_DOTTED = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The canonical text of an IP address, or null when the text is not one (a host name, garbage). */
function canonical(text: string): { family: 4 | 6; text: string } | null {
  const bare = text.trim().replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, ""); // a zone id ("fe80::1%eth0") names an interface, not another address
  const isV6 = bare.includes(":");
  if (isV6 ? !/^[0-9a-f:.]+$/i.test(bare) : !/^[0-9a-fx.]+$/i.test(bare)) return null;
  let host: string;
  try {
    host = new URL(`http://${isV6 ? `[${bare}]` : bare}/`).hostname;
  } catch {
    return null;
  }
  if (isV6) return /^\[[0-9a-f:]+\]$/.test(host) ? { family: 6, text: host.slice(1, -1) } : null;
  return V4_DOTTED.test(host) ? { family: 4, text: host } : null;
}

function toValue(family: 4 | 6, text: string): bigint {
  if (family === 4) return V4_DOTTED.exec(text)!.slice(1).reduce((sum, octet) => (sum << 8n) | BigInt(octet), 0n);
  const [head = "", tail] = text.split("::");
  const groupsOf = (part: string) => (part === "" ? [] : part.split(":"));
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.reduce((sum, group) => (sum << 16n) | BigInt(`0x${group}`), 0n);
}

function parse(text: string): (Parsed & { text: string }) | null {
  const found = canonical(text);
  return found && { ...found, value: toValue(found.family, found.text) };
}

interface Range {
  family: 4 | 6;
  base: bigint;
  bits: number;
  kind: AddressKind;
}

function range(cidr: string, kind: AddressKind): Range {
  const [address = "", bits = ""] = cidr.split("/");
  const parsed = parse(address);
  if (!parsed) throw new Error(`bad range ${cidr}`);
  return { family: parsed.family, base: parsed.value, bits: Number(bits), kind };
}

const inRange = (address: Parsed, r: Range) => {
  const width = address.family === 4 ? 32 : 128;
  const shift = BigInt(width - r.bits);
  return address.family === r.family && address.value >> shift === r.base >> shift;
};

// Most specific first: the first range that holds the address decides.
const V4_RANGES: Range[] = [
  range("0.0.0.0/32", "unspecified"),
  range("0.0.0.0/8", "reserved"), // "this network"
  range("10.0.0.0/8", "private"),
  range("100.64.0.0/10", "cgnat"), // Alibaba's metadata service (100.100.100.200) is in here too
  range("127.0.0.0/8", "loopback"),
  range("169.254.169.254/32", "metadata"), // AWS, GCP, Azure, OpenStack, DigitalOcean
  range("169.254.0.0/16", "link-local"),
  range("172.16.0.0/12", "private"),
  range("192.0.0.0/24", "reserved"), // IETF protocol assignments
  range("192.0.2.0/24", "reserved"), // documentation
  range("192.88.99.0/24", "reserved"), // the retired 6to4 relay anycast
  range("192.168.0.0/16", "private"),
  range("198.18.0.0/15", "reserved"), // benchmarking
  range("198.51.100.0/24", "reserved"), // documentation
  range("203.0.113.0/24", "reserved"), // documentation
  range("168.63.129.16/32", "metadata"), // Azure's host endpoint: a public-looking address that only its VMs reach
  range("224.0.0.0/4", "multicast"),
  range("255.255.255.255/32", "broadcast"),
  range("240.0.0.0/4", "reserved"),
];

const V6_RANGES: Range[] = [
  range("::/128", "unspecified"),
  range("::1/128", "loopback"),
  range("fd00:ec2::254/128", "metadata"), // AWS's metadata service over IPv6
  range("fc00::/7", "private"), // unique-local
  range("fe80::/10", "link-local"),
  range("fec0::/10", "private"), // the deprecated site-local
  range("ff00::/8", "multicast"),
  range("64:ff9b:1::/48", "private"), // NAT64 for a local network
  range("100::/64", "reserved"), // discard-only
  range("2001::/32", "reserved"), // Teredo tunnels: the IPv4 inside is hidden, so none is trusted
  range("2001:db8::/32", "reserved"), // documentation
  range("3fff::/20", "reserved"), // documentation
];

// IPv6 forms that carry an IPv4 address: that IPv4 address is what they reach, so it is classified.
const MAPPED = range("::ffff:0:0/96", "reserved");
const TRANSLATED = range("::ffff:0:0:0/96", "reserved"); // SIIT, RFC 6052's older sibling
const NAT64 = range("64:ff9b::/96", "reserved");
const COMPATIBLE = range("::/96", "reserved"); // deprecated: never routed, but may reach the IPv4 address
const SIX_TO_FOUR = range("2002::/16", "reserved");
const GLOBAL_UNICAST = range("2000::/3", "public");

function v4Kind(value: bigint): AddressKind {
  return V4_RANGES.find((r) => inRange({ family: 4, value }, r))?.kind ?? "public";
}

function v6Kind(address: Parsed): AddressKind {
  const listed = V6_RANGES.find((r) => inRange(address, r));
  if (listed) return listed.kind;
  const low32 = address.value & 0xffffffffn;
  if (inRange(address, MAPPED) || inRange(address, TRANSLATED) || inRange(address, NAT64)) return v4Kind(low32);
  if (inRange(address, COMPATIBLE)) {
    const kind = v4Kind(low32);
    return kind === "public" ? "reserved" : kind;
  }
  if (inRange(address, SIX_TO_FOUR)) return v4Kind((address.value >> 80n) & 0xffffffffn);
  // Outside 2000::/3 nothing is allocated for the public internet.
  return inRange(address, GLOBAL_UNICAST) ? "public" : "reserved";
}

/** What kind of network an IP address (v4 or v6, any common spelling) is on; null when it is no IP address. */
export function classifyAddress(text: string): ClassifiedAddress | null {
  const parsed = parse(text);
  if (!parsed) return null;
  const kind = parsed.family === 4 ? v4Kind(parsed.value) : v6Kind(parsed);
  return { address: parsed.text, family: parsed.family, kind, reason: addressRefusalReason(kind) };
}

/** True for an IP address the server may fetch from without an operator's say-so. */
export const isPublicAddress = (text: string): boolean => classifyAddress(text)?.kind === "public";
