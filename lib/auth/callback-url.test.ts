import { describe, expect, it } from "vitest";
import { DEFAULT_CALLBACK_PATH, safeCallbackUrl } from "./callback-url";

const ORIGIN = "https://claims.example.org";

describe("safeCallbackUrl", () => {
  it("keeps paths of this site with their query and hash", () => {
    expect(safeCallbackUrl("/w/isis-decline/articles")).toBe("/w/isis-decline/articles");
    expect(safeCallbackUrl("/w/isis-decline/claims?status=DISPUTED&tag=a#list")).toBe("/w/isis-decline/claims?status=DISPUTED&tag=a#list");
    expect(safeCallbackUrl("/login", ORIGIN)).toBe("/login");
  });

  it("keeps an Arabic query string, percent-encoded so that it can go in a Location header", () => {
    const kept = safeCallbackUrl("/w/isis-decline/claims?q=سوريا");
    expect(kept).toBe(`/w/isis-decline/claims?q=${encodeURIComponent("سوريا")}`);
    expect(/^[\x21-\x7e]+$/.test(kept)).toBe(true);
    expect(safeCallbackUrl(`/w/isis-decline/claims?q=${encodeURIComponent("الرقة")}`)).toBe(`/w/isis-decline/claims?q=${encodeURIComponent("الرقة")}`);
  });

  it("keeps absolute URLs on the app's own origin, as a path", () => {
    expect(safeCallbackUrl(`${ORIGIN}/w/isis-decline?x=1`, ORIGIN)).toBe("/w/isis-decline?x=1");
    expect(safeCallbackUrl(`${ORIGIN}/w`, `${ORIGIN}/`)).toBe("/w");
  });

  // Each of these, used as a redirect or a client-side navigation, leaves the site (or runs script).
  const hostile = [
    "https://evil.example",
    "http://evil.example/w",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    decodeURIComponent("%2F%09%2Fevil.example"),
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/w\r\nSet-Cookie: a=b",
    decodeURIComponent("%2Fw%0D%0ALocation%3A%20https%3A%2F%2Fevil.example"),
    "/\u0000/evil.example",
    "/\u007f/evil.example",
    "/\u0085/evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/w/../..//evil.example",
    "/%2e//evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    `${ORIGIN}.evil.example/w`,
    "https://claims.example.org@evil.example/w",
  ];

  it.each(hostile)("refuses %j", (value) => {
    const kept = safeCallbackUrl(value, ORIGIN);
    expect(kept).toBe(DEFAULT_CALLBACK_PATH);
    expect(safeCallbackUrl(value)).toBe(DEFAULT_CALLBACK_PATH);
  });

  it("refuses another origin's absolute URL even when it names this app's path", () => {
    expect(safeCallbackUrl("http://claims.example.org/w", ORIGIN)).toBe(DEFAULT_CALLBACK_PATH);
    expect(safeCallbackUrl("https://claims.example.org:8443/w", ORIGIN)).toBe(DEFAULT_CALLBACK_PATH);
  });

  it("refuses values that are not a usable string", () => {
    for (const value of ["", undefined, null, 42, ["/w"], "/" + "a".repeat(5000)]) {
      expect(safeCallbackUrl(value, ORIGIN)).toBe(DEFAULT_CALLBACK_PATH);
    }
  });

  it("never answers something a browser would resolve to another host", () => {
    // "https:evil.example" is a relative reference on an https origin (a path), an absolute one elsewhere.
    for (const value of [...hostile, "https:evil.example", "http:evil.example", "/w/%2F%2Fevil.example", "/%5Cevil.example"]) {
      const resolved = new URL(safeCallbackUrl(value, ORIGIN), ORIGIN);
      expect(resolved.origin).toBe(ORIGIN);
    }
  });
});
