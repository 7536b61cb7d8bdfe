import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const request = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/api/v1/workspaces/x/articles/import", { method: "POST", headers });

describe("isSameOriginRequest (uploads authenticated by the session cookie)", () => {
  it("accepts a page of this host, as reached or as published behind a proxy", () => {
    expect(isSameOriginRequest(request({ origin: "http://localhost:3000", host: "localhost:3000" }), undefined)).toBe(true);
    expect(isSameOriginRequest(request({ origin: "https://claims.example.org", host: "127.0.0.1:3000" }), "https://claims.example.org")).toBe(true);
  });

  it("refuses another site, a missing or opaque Origin, and a look-alike host", () => {
    expect(isSameOriginRequest(request({ origin: "https://evil.example", host: "localhost:3000" }), "http://localhost:3000")).toBe(false);
    expect(isSameOriginRequest(request({ host: "localhost:3000" }), "http://localhost:3000")).toBe(false);
    expect(isSameOriginRequest(request({ origin: "null", host: "localhost:3000" }), undefined)).toBe(false);
    expect(isSameOriginRequest(request({ origin: "http://localhost:3000.evil.example", host: "localhost:3000" }), undefined)).toBe(false);
    expect(isSameOriginRequest(request({ origin: "http://localhost:3001", host: "localhost:3000" }), undefined)).toBe(false);
  });
});
