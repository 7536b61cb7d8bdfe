import { afterEach, describe, expect, it } from "vitest";
import { configuredPublicUrl, decideBaseUrl, PublicUrlError } from "@/lib/server/http/public-url";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import { PEER_HEADER } from "@/lib/server/http/trusted-proxies";

const request = (url: string, headers: Record<string, string>) => new Request(url, { headers });

afterEach(() => {
  delete process.env.CLAIMBENCH_PUBLIC_URL;
  delete process.env.CLAIMBENCH_TRUSTED_PROXIES;
  delete process.env.NEXTAUTH_URL;
});

describe("configuredPublicUrl", () => {
  it("takes CLAIMBENCH_PUBLIC_URL first, then NEXTAUTH_URL, as an origin without a trailing slash", () => {
    expect(configuredPublicUrl({ CLAIMBENCH_PUBLIC_URL: "https://claims.example.org/", NEXTAUTH_URL: "http://localhost:3000" })).toBe("https://claims.example.org");
    expect(configuredPublicUrl({ NEXTAUTH_URL: "https://desk.example.org:8443/" })).toBe("https://desk.example.org:8443");
    expect(configuredPublicUrl({ CLAIMBENCH_PUBLIC_URL: " ", NEXTAUTH_URL: "" })).toBeNull();
    expect(configuredPublicUrl({})).toBeNull();
  });

  it("refuses a setting that is not an http(s) address, naming the setting", () => {
    expect(() => configuredPublicUrl({ CLAIMBENCH_PUBLIC_URL: "claims.example.org" })).toThrow(PublicUrlError);
    expect(() => configuredPublicUrl({ CLAIMBENCH_PUBLIC_URL: "claims.example.org" })).toThrow(/CLAIMBENCH_PUBLIC_URL must be/);
    expect(() => configuredPublicUrl({ NEXTAUTH_URL: "ftp://x.example" })).toThrow(/NEXTAUTH_URL/);
  });
});

describe("decideBaseUrl", () => {
  const base = { configured: null, host: "127.0.0.1:3000", fromTrustedProxy: false } as const;

  it("uses the configured address whatever the request says", () => {
    expect(decideBaseUrl({ ...base, configured: "https://claims.example.org", host: "evil.example", forwardedHost: "evil.example", fromTrustedProxy: true })).toBe("https://claims.example.org");
  });

  it("without one, uses the Host the browser sent, and never localhost when it came another way", () => {
    expect(decideBaseUrl(base)).toBe("http://127.0.0.1:3000");
    expect(decideBaseUrl({ ...base, host: "claimbench.test" })).toBe("http://claimbench.test");
    expect(decideBaseUrl({ ...base, host: "[::1]:3000" })).toBe("http://[::1]:3000");
    expect(decideBaseUrl({ ...base, host: "localhost:3000" })).toBe("http://localhost:3000");
  });

  it("believes X-Forwarded-Host and -Proto only from a trusted proxy", () => {
    const forwarded = { ...base, forwardedHost: "claims.example.org", forwardedProto: "https" };
    expect(decideBaseUrl({ ...forwarded, fromTrustedProxy: true })).toBe("https://claims.example.org");
    expect(decideBaseUrl({ ...forwarded, fromTrustedProxy: false })).toBe("http://127.0.0.1:3000");
    // The value the nearest proxy wrote, not what the client put in front of it.
    expect(decideBaseUrl({ ...forwarded, forwardedHost: "evil.example, claims.example.org", fromTrustedProxy: true })).toBe("https://claims.example.org");
  });

  it("ignores a host that is not a host name (a path, credentials), falling back to the request's URL", () => {
    expect(decideBaseUrl({ ...base, host: "evil.example/x", requestUrl: "http://127.0.0.1:3044/w" })).toBe("http://127.0.0.1:3044");
    expect(decideBaseUrl({ ...base, host: "a@evil.example", forwardedHost: "x y", fromTrustedProxy: true, requestUrl: "http://claimbench.test/w" })).toBe("http://claimbench.test");
    expect(() => decideBaseUrl({ ...base, host: undefined })).toThrow(/CLAIMBENCH_PUBLIC_URL/);
  });
});

describe("requestBaseUrl (the settings and the socket's address)", () => {
  it("ignores X-Forwarded-Host sent by a client when no proxy is trusted", () => {
    const sent = request("http://127.0.0.1:3000/w", { host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", [PEER_HEADER]: "203.0.113.9" });
    expect(requestBaseUrl(sent)).toBe("http://127.0.0.1:3000");
  });

  it("believes it from a listed proxy, and not from another address", () => {
    process.env.CLAIMBENCH_TRUSTED_PROXIES = "10.0.0.0/8";
    const via = (peer: string) => request("http://app:3000/w", { host: "app:3000", "x-forwarded-host": "claims.example.org", "x-forwarded-proto": "https", [PEER_HEADER]: peer });
    expect(requestBaseUrl(via("10.1.2.3"))).toBe("https://claims.example.org");
    expect(requestBaseUrl(via("203.0.113.9"))).toBe("http://app:3000");
  });

  it("believes it with a hop count, and the configured URL beats both", () => {
    process.env.CLAIMBENCH_TRUSTED_PROXIES = "1";
    const sent = request("http://app:3000/w", { host: "app:3000", "x-forwarded-host": "claimbench.test", [PEER_HEADER]: "172.17.0.1" });
    expect(requestBaseUrl(sent)).toBe("http://claimbench.test");
    process.env.NEXTAUTH_URL = "https://desk.example.org";
    expect(requestBaseUrl(sent)).toBe("https://desk.example.org");
    process.env.CLAIMBENCH_PUBLIC_URL = "https://claims.example.org";
    expect(requestBaseUrl(sent)).toBe("https://claims.example.org");
  });

  it("reads plain header records too (next/headers in server actions)", () => {
    expect(requestBaseUrl({ host: "claimbench.test" })).toBe("http://claimbench.test");
  });
});
