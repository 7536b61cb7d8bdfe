import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
// Next's own matcher for next.config.js `source` patterns, so the test reads the rule as Next does.
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { API_POLICY, CAPTURE_ORIGINAL_POLICY, isHttpsRequest, pagePolicy, PUBLIC_EMBED_POLICY, PUBLIC_PAGE_POLICY } from "./security-headers";

const FORGED = "Zm9yZ2VkLW5vbmNl";

async function run(path: string, headers: Record<string, string> = {}) {
  const response = await proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
  const policy = response.headers.get("content-security-policy") ?? "";
  return {
    response,
    policy,
    nonce: /'nonce-([^']+)'/.exec(policy)?.[1],
    // What NextResponse.next({ request }) hands on to the render, as Next reads it.
    passedOn: (name: string) => response.headers.get(`x-middleware-request-${name}`),
    overridden: (response.headers.get("x-middleware-override-headers") ?? "").split(","),
  };
}

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

// The app served on plain http unless a test says otherwise.
beforeEach(() => vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000"));
afterEach(() => vi.unstubAllEnvs());

describe("proxy: Content-Security-Policy", () => {
  it("gives every page request a fresh nonce, on the response and on the request Next renders", async () => {
    const first = (await run("/w/isis-decline"));
    const second = (await run("/w/isis-decline"));
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(first.passedOn("x-nonce")).toBe(first.nonce);
    expect(first.passedOn("content-security-policy")).toBe(first.policy);
  });

  it("ignores a nonce and a policy forged by the client", async () => {
    const forged = (await run("/login", { "x-nonce": FORGED, "content-security-policy": `script-src 'nonce-${FORGED}'` }));
    expect(forged.nonce).not.toBe(FORGED);
    expect(forged.passedOn("x-nonce")).toBe(forged.nonce);
    expect(forged.passedOn("content-security-policy")).toBe(forged.policy);
    expect(forged.policy).not.toContain(FORGED);
  });

  it("lets pages run only nonced scripts, with no inline or eval escape hatch in production", async () => {
    const { policy, nonce } = (await run("/w"));
    expect(directive(policy, "script-src")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(directive(policy, "style-src")).toBe(`style-src 'self' 'nonce-${nonce}'`);
    for (const fixed of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "default-src 'self'"]) {
      expect(policy.split("; ")).toContain(fixed);
    }
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("allows eval only in development, where React needs it", async () => {
    expect(directive(pagePolicy({ nonce: "n", isDev: true }), "script-src")).toBe("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
  });

  it("gives the API's answers a policy that loads nothing, and passes no nonce on", async () => {
    const api = (await run("/api/v1/workspaces/isis-decline/claims", { "x-nonce": FORGED, "content-security-policy": "script-src *" }));
    expect(api.policy).toBe(API_POLICY);
    expect(api.policy.startsWith("default-src 'none'; frame-ancestors 'none'")).toBe(true);
    expect(api.passedOn("x-nonce")).toBeNull();
    expect(api.overridden).not.toContain("x-nonce");
    expect(api.overridden).not.toContain("content-security-policy");
  });

  it("sandboxes a capture's original, so a captured page could never run as this site, and only there", async () => {
    const original = await run("/api/v1/workspaces/isis-decline/articles/0190a1b2-0000-7000-8000-000000000001/captures/0190a1b2-0000-7000-8000-000000000002/original");
    expect(original.policy).toBe(CAPTURE_ORIGINAL_POLICY);
    expect(original.policy.startsWith("sandbox; default-src 'none'")).toBe(true);
    expect((await run("/api/v1/workspaces/isis-decline/articles/0190a1b2-0000-7000-8000-000000000001/captures")).policy).toBe(API_POLICY);
    expect((await run("/w/isis-decline/articles/x/captures/y/original")).policy).not.toContain("sandbox");
  });

  it("switches off camera, microphone and geolocation on every answer", async () => {
    for (const path of ["/w", "/api/v1/openapi.json"]) {
      const value = (await run(path)).response.headers.get("permissions-policy");
      for (const feature of ["camera=()", "microphone=()", "geolocation=()"]) expect(value).toContain(feature);
    }
  });
});

describe("proxy: Strict-Transport-Security", () => {
  it("is sent only when the app is reached over https", async () => {
    expect((await run("/w")).response.headers.get("strict-transport-security")).toBeNull();
    const proxied = (await run("/w", { "x-forwarded-proto": "https" }));
    expect(proxied.response.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(proxied.policy).toContain("upgrade-insecure-requests");
    vi.stubEnv("NEXTAUTH_URL", "https://claims.example.org");
    expect((await run("/api/v1/openapi.json")).response.headers.get("strict-transport-security")).not.toBeNull();
  });

  it("reads the nearest proxy's X-Forwarded-Proto and the public address", async () => {
    expect(isHttpsRequest({ forwardedProto: "https, http" })).toBe(true);
    expect(isHttpsRequest({ forwardedProto: "http" })).toBe(false);
    expect(isHttpsRequest({ protocol: "https:" })).toBe(true);
    expect(isHttpsRequest({ publicUrl: "HTTPS://claims.example.org" })).toBe(true);
    expect(isHttpsRequest({ protocol: "http:", publicUrl: "http://localhost:3000" })).toBe(false);
  });
});

describe("proxy: the public pages (/p/...)", () => {
  const ID = "0190a1b2-0000-7000-8000-000000000001";

  it("gives them a fixed policy that runs no script and passes no nonce on", async () => {
    for (const path of ["/p/isis-decline", `/p/isis-decline/${ID}`, `/p/isis-decline/${ID}/card.png`, "/p/isis-decline/feed.xml"]) {
      const page = await run(path, { "x-nonce": FORGED });
      expect(page.policy, path).toBe(PUBLIC_PAGE_POLICY);
      expect(page.policy).not.toContain("script-src");
      expect(page.policy.startsWith("default-src 'none'")).toBe(true);
      expect(directive(page.policy, "frame-ancestors"), path).toBe("frame-ancestors 'none'");
      expect(page.passedOn("x-nonce")).toBeNull();
    }
  });

  it("lets only the embed be framed, by any site", async () => {
    const embed = await run(`/p/isis-decline/${ID}/embed`);
    expect(embed.policy).toBe(PUBLIC_EMBED_POLICY);
    expect(directive(embed.policy, "frame-ancestors")).toBe("frame-ancestors *");
    expect(embed.policy).not.toContain("script-src");
    for (const path of [`/p/isis-decline/${ID}/embed/more`, `/p/isis-decline/embed`, `/w/isis-decline/claims/${ID}/embed`]) {
      expect(directive((await run(path)).policy, "frame-ancestors"), path).toBe("frame-ancestors 'none'");
    }
  });

  it("sends X-Frame-Options: DENY everywhere but the embed (next.config.js)", async () => {
    // @ts-expect-error next.config.js is plain JavaScript (allowJs is off), typed by the cast below.
    const config = (await import("@/next.config.js")).default as { headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    const rules = await config.headers();
    const frameOptions = (pathname: string) =>
      rules.filter((rule) => getPathMatch(rule.source)(pathname) !== false).flatMap((rule) => rule.headers).find((h) => h.key === "X-Frame-Options")?.value;
    expect(frameOptions(`/p/isis-decline/${ID}/embed`)).toBeUndefined();
    for (const path of [`/p/isis-decline/${ID}`, "/p/isis-decline", "/w/isis-decline", "/api/v1/openapi.json", `/p/isis-decline/${ID}/embed/x`, "/"]) {
      expect(frameOptions(path), path).toBe("DENY");
    }
  });
});
