// The settings of the server's page fetcher (README "Settings"), read on every fetch so that tests and
// a running server's environment take effect without a restart. A number that is unset, empty or
// nonsense falls back to its default, as the upload limits do (lib/uploads.ts); a malformed allow-list
// entry stops start-up (lib/server/start-up-checks.ts) and is otherwise ignored, never widened.

type Env = Record<string, string | undefined>;

export const FETCH_ALLOW_SETTING = "CLAIMBENCH_FETCH_ALLOW";
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const DEFAULT_FETCH_CONNECT_TIMEOUT_MS = 10_000;

export interface FetchLimits {
  /** Most bytes of a page's body, after decompression. */
  maxBytes: number;
  /** The whole fetch, every redirect included. */
  timeoutMs: number;
  /** Each connection, until the server has accepted it (and TLS is set up). */
  connectTimeoutMs: number;
}

function positiveInteger(raw: string | undefined, fallback: number): number {
  const value = Number(raw?.trim() || Number.NaN);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

export function fetchLimits(env: Env = process.env): FetchLimits {
  return {
    maxBytes: positiveInteger(env.CLAIMBENCH_FETCH_MAX_BYTES, DEFAULT_FETCH_MAX_BYTES),
    timeoutMs: positiveInteger(env.CLAIMBENCH_FETCH_TIMEOUT_MS, DEFAULT_FETCH_TIMEOUT_MS),
    connectTimeoutMs: positiveInteger(env.CLAIMBENCH_FETCH_CONNECT_TIMEOUT_MS, DEFAULT_FETCH_CONNECT_TIMEOUT_MS),
  };
}

/** "host:port" keys the way the allow-list and the fetcher write them: lower case, IPv6 in brackets. */
export function hostPortKey(host: string, port: number): string {
  const bare = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return `${bare.includes(":") ? `[${bare}]` : bare}:${port}`;
}

export interface FetchAllowList {
  entries: ReadonlySet<string>;
  /** Entries that are not host:port, for the start-up check to name. */
  malformed: string[];
}

/**
 * CLAIMBENCH_FETCH_ALLOW: comma-separated host:port pairs ("127.0.0.1:8080", "wiki.intranet:443",
 * "[::1]:8080") that may be fetched even though they are loopback or private. Each names a host (as
 * written in URLs, or the address it resolves to) and one port: allowing a whole host would open
 * every service on it.
 */
export function parseFetchAllow(raw: string | undefined): FetchAllowList {
  const entries = new Set<string>();
  const malformed: string[] = [];
  for (const entry of (raw ?? "").split(",").map((part) => part.trim()).filter(Boolean)) {
    const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):(\d{1,5})$/i.exec(entry);
    const port = Number(match?.[2]);
    if (match && port > 0 && port <= 65535 && URL.canParse(`http://${match[1]}:${port}/`)) {
      entries.add(hostPortKey(new URL(`http://${match[1]}/`).hostname, port));
    } else {
      malformed.push(entry);
    }
  }
  return { entries, malformed };
}

export const fetchAllowList = (env: Env = process.env): FetchAllowList => parseFetchAllow(env[FETCH_ALLOW_SETTING]);

/** The start-up check's sentence for a malformed allow-list, or null when it is well formed. */
export function fetchAllowProblem(env: Env): string | null {
  const { malformed } = fetchAllowList(env);
  if (malformed.length === 0) return null;
  return (
    `${FETCH_ALLOW_SETTING} must be a comma-separated list of host:port pairs (such as 127.0.0.1:8080,wiki.intranet:443,[::1]:8080); ` +
    `${malformed.map((entry) => `"${entry}"`).join(", ")} ${malformed.length === 1 ? "is" : "are"} not. Leave it unset to allow no private address.`
  );
}
