import "server-only";
import { createHash } from "node:crypto";

// Caching of the public pages (/p/...), in two layers:
// - HTTP: every answer says `public, max-age=60, s-maxage=300, stale-while-revalidate=86400` with an ETag,
//   so browsers keep it a minute, a CDN five minutes (then revalidates with If-None-Match, answered 304
//   after one cheap query) and may serve a stale copy for a day while it revalidates: a viral fact-check
//   is served from the edge.
// - In process: rendered bodies keyed by the validator read from Postgres on every request. The key
//   changes with every publish, republish, unpublish, reopening and publisher change, so an entry is never
//   stale, and several app servers never disagree (each reads the validator; none trusts its memory).

export const PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=86400";

/** Bumped when the renderers change, so an ETag a CDN holds from an older release no longer matches. */
const RENDER_VERSION = "1";

/** A strong ETag for one representation: the validator plus what else shapes the bytes (URL base, query). */
export function publicEtag(validator: string, ...variant: string[]): string {
  const digest = createHash("sha256").update([RENDER_VERSION, validator, ...variant].join("\u0000")).digest("base64url").slice(0, 27);
  return `"${digest}"`;
}

/** Whether If-None-Match names this ETag (a list, weak forms and * included, as RFC 9110 §13.1.2 says). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** A small least-recently-used map: Map keeps insertion order, so the first key is the oldest. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface CachedBody {
  body: string | Uint8Array;
  contentType: string;
}

// One cache per process for every public representation: 500 entries of a few tens of kB (cards ~60 kB)
// stay well under 50 MB.
const state = globalThis as unknown as { claimbenchPublicCache?: LruCache<CachedBody> };
export const publicBodies: LruCache<CachedBody> = (state.claimbenchPublicCache ??= new LruCache<CachedBody>(500));
