import { describe, expect, it } from "vitest";
import { LruCache, matchesIfNoneMatch, publicEtag } from "./public-cache";

describe("public cache", () => {
  it("forgets the least recently used entry beyond its size", () => {
    const cache = new LruCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect([cache.get("a"), cache.get("c"), cache.size]).toEqual([1, 3, 2]);
  });

  it("makes a different ETag for another validator or variant, the same for the same", () => {
    const etag = publicEtag("v1", "https://a.example");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(publicEtag("v1", "https://a.example")).toBe(etag);
    expect(publicEtag("v2", "https://a.example")).not.toBe(etag);
    expect(publicEtag("v1", "https://b.example")).not.toBe(etag);
  });

  it("matches If-None-Match lists, weak forms and *", () => {
    expect(matchesIfNoneMatch(`"x", W/"abc"`, `"abc"`)).toBe(true);
    expect(matchesIfNoneMatch("*", `"abc"`)).toBe(true);
    expect(matchesIfNoneMatch(`"abd"`, `"abc"`)).toBe(false);
    expect(matchesIfNoneMatch(null, `"abc"`)).toBe(false);
  });
});
