import { describe, expect, it } from "vitest";
import { captureFileName, captureHost, captureOriginalPath, shortSha256 } from "./captures";

const SHA = "3f2a9c01d4e5b6a7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5";
const AT = new Date("2026-03-07T23:30:00Z");

describe("captureFileName", () => {
  it("names an HTML capture after its host, its UTC day and its fingerprint", () => {
    expect(captureFileName({ finalUrl: "https://www.example.org/news/story?id=1", capturedAt: AT, sha256: SHA, contentType: "text/html; charset=utf-8" })).toBe("www.example.org-2026-03-07-3f2a9c01.html");
  });

  it("gives a plain-text page .txt and anything else .html", () => {
    expect(captureFileName({ finalUrl: "http://example.org/a.txt", capturedAt: AT, sha256: SHA, contentType: "TEXT/PLAIN" })).toMatch(/\.txt$/);
    expect(captureFileName({ finalUrl: "http://example.org/a", capturedAt: AT, sha256: SHA, contentType: "application/xhtml+xml" })).toMatch(/\.html$/);
  });

  it("never puts a path, a port or a scheme other than http(s) into the name", () => {
    expect(captureHost("https://example.org:8443/../../etc/passwd")).toBe("example.org");
    expect(captureHost("javascript:alert(1)")).toBe("capture");
    expect(captureHost("https://[::1]:3000/")).toBe("__1");
    expect(captureHost("https://xn--mller-kva.example/")).toBe("xn--mller-kva.example");
  });

  it("shortens a sha256 to its first 8 digits", () => {
    expect(shortSha256(SHA)).toBe("3f2a9c01");
  });

  it("addresses an original under the API, the workspace's slug escaped", () => {
    expect(captureOriginalPath("desk", "a1", "c2")).toBe("/api/v1/workspaces/desk/articles/a1/captures/c2/original");
    expect(captureOriginalPath("a/b", "a1", "c2")).toBe("/api/v1/workspaces/a%2Fb/articles/a1/captures/c2/original");
  });
});
