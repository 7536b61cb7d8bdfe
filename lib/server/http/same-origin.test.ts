import { describe, expect, it } from "vitest";
import { checkSameOrigin, requireSameOrigin } from "./same-origin";

const request = (headers: Record<string, string>) => new Headers({ host: "localhost:3000", ...headers });

describe("checkSameOrigin", () => {
  it("lets an upload from the app's own pages through", () => {
    expect(checkSameOrigin(request({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }))).toEqual({ ok: true });
    expect(checkSameOrigin(request({ origin: "http://LOCALHOST:3000" }))).toEqual({ ok: true });
  });

  it("compares with X-Forwarded-Host first, as Next does behind a proxy", () => {
    const headers = request({ origin: "https://claims.example.org", "x-forwarded-host": "claims.example.org, internal:3000" });
    expect(checkSameOrigin(headers)).toEqual({ ok: true });
  });

  it("accepts the configured public address when a proxy rewrote Host", () => {
    const headers = request({ origin: "https://claims.example.org", host: "10.0.0.5:3000" });
    expect(checkSameOrigin(headers).ok).toBe(false);
    expect(checkSameOrigin(headers, { publicUrl: "https://claims.example.org" })).toEqual({ ok: true });
  });

  it("refuses another site's page, whatever it claims", () => {
    for (const headers of [
      request({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }),
      request({ origin: "https://evil.example" }),
      request({ origin: "http://localhost:3001" }),
      request({ origin: "http://localhost:3000.evil.example" }),
      request({ origin: "null" }),
      request({ origin: "not a url" }),
      request({ origin: "file:///tmp/x.html" }),
      // A sibling subdomain is the same site but not the same origin.
      request({ origin: "https://other.example.org", host: "claims.example.org", "sec-fetch-site": "same-site" }),
      // Fetch metadata wins over a matching Origin.
      request({ origin: "http://localhost:3000", "sec-fetch-site": "cross-site" }),
      // A browser (it sent fetch metadata) that did not say where the request came from.
      request({ "sec-fetch-site": "cross-site" }),
      request({ "sec-fetch-site": "same-origin" }),
    ]) {
      expect(checkSameOrigin(headers, { publicUrl: "http://localhost:3000" }).ok).toBe(false);
    }
  });

  it("lets a client with neither Origin nor Sec-Fetch-Site through (curl, scripts)", () => {
    expect(checkSameOrigin(request({}))).toEqual({ ok: true });
  });
});

describe("requireSameOrigin", () => {
  it("refuses with a 403 that says why and what to do", () => {
    const forged = new Request("http://localhost:3000/w/x/sources/claimreview/file", { method: "POST", headers: { host: "localhost:3000", origin: "https://evil.example" } });
    expect(() => requireSameOrigin(forged)).toThrow(expect.objectContaining({
      code: "FORBIDDEN",
      message: expect.stringMatching(/refused because it was sent from another site \(https:\/\/evil\.example\)\. Upload from Claimbench's own pages/),
    }));
    const own = new Request("http://localhost:3000/w/x/sources/claimreview/file", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" } });
    expect(() => requireSameOrigin(own)).not.toThrow();
  });
});
