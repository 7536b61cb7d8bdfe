// Links in exports and the sign-out redirect carry the address the app was opened at (or the configured
// public URL), through the real route handlers: opened at 127.0.0.1, at another host name
// ("claimbench.test", as a browser sends it in Host), and with CLAIMBENCH_PUBLIC_URL set.
import { createRequire } from "node:module";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as reportsDownloadRoute } from "@/app/(workbench)/w/[workspace]/reports/download/route";
import { authOptionsFor } from "@/lib/auth/request-auth-options";
import { createJob, openJobFile } from "@/lib/data/jobs/jobs";
import { stopJobQueue } from "@/lib/jobs/queue";
import { runJob } from "@/lib/jobs/runner";
import { callApi } from "@test-support/call-api";
import { createTestApiToken, createTestClaim, createTestWorkspace } from "@test-support/data";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import { PEER_HEADER } from "@/lib/server/http/trusted-proxies";

process.env.NEXTAUTH_SECRET ||= "a-test-secret-for-session-tokens-only";

// next-auth's core handler, which its App Router entry calls after reading the request through
// next/headers (which needs a live Next request). Not in its package exports, so loaded by path.
type AuthAnswer = { body?: unknown; cookies?: { name: string; value: string }[]; redirect?: string };
const { AuthHandler } = createRequire(import.meta.url)(path.resolve(import.meta.dirname, "../../../node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: unknown; options: unknown }) => Promise<AuthAnswer>;
};

let w: Awaited<ReturnType<typeof createTestWorkspace>>;
let claimId: string;
beforeAll(async () => {
  w = await createTestWorkspace(["OWNER", "VIEWER"]);
  claimId = (await createTestClaim(w.workspace.id)).id;
});
afterAll(() => stopJobQueue());
afterEach(() => {
  delete process.env.CLAIMBENCH_PUBLIC_URL;
  delete process.env.NEXTAUTH_URL;
});

const OPENED_AT = ["127.0.0.1:3044", "claimbench.test"] as const;
const claimPage = (base: string) => `${base}/w/${w.workspace.slug}/claims/${claimId}`;

/** The reports page's download, as the browser asks for it at `host`. */
async function download(host: string, format: string) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: w.users.OWNER.id, sv: 0 }, secret: process.env.NEXTAUTH_SECRET! })}`;
  const request = new Request(`http://${host}/w/${w.workspace.slug}/reports/download?format=${format}`, { headers: { host, cookie, [PEER_HEADER]: "127.0.0.1" } });
  const response = await reportsDownloadRoute(request, { params: Promise.resolve({ workspace: w.workspace.slug }) });
  expect(response.status).toBe(200);
  return response.text();
}

const csvClaimUrls = (text: string) => (parse(text, { bom: true, columns: true }) as Record<string, string>[]).map((row) => row["Claim URL"] ?? row["Claim page"] ?? Object.values(row)[0]);

describe("export links follow the address the app was opened at", () => {
  for (const host of OPENED_AT) {
    it(`the reports download opened at ${host}: the CSV's claim page and the W3C ids are on ${host}`, async () => {
      expect(csvClaimUrls(await download(host, "csv"))).toContain(claimPage(`http://${host}`));
      const w3c = JSON.parse(await download(host, "w3c")) as { id: string; first: { items: { id: string }[] } };
      expect(w3c.id).toMatch(new RegExp(`^http://${host.replace(/\./g, "\\.")}/api/v1/workspaces/`));
      expect(w3c.first.items.map((item) => item.id)).toEqual([claimPage(`http://${host}`)]);
      expect(JSON.stringify(w3c)).not.toContain("localhost");
    });

    it(`the API export called at ${host} links to ${host}`, async () => {
      const token = await createTestApiToken({ workspaceId: w.workspace.id, userId: w.users.OWNER.id });
      const answer = await callApi({ method: "GET", url: `/workspaces/${w.workspace.slug}/export?format=csv`, token, headers: { host } });
      expect(answer.status).toBe(200);
      expect(csvClaimUrls(answer.body as string)).toContain(claimPage(`http://${host}`));
    });
  }

  it("with CLAIMBENCH_PUBLIC_URL set, every door uses it whatever the Host", async () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    process.env.CLAIMBENCH_PUBLIC_URL = "https://claims.example.org/";
    expect(csvClaimUrls(await download("claimbench.test", "csv"))).toContain(claimPage("https://claims.example.org"));
    const token = await createTestApiToken({ workspaceId: w.workspace.id, userId: w.users.OWNER.id });
    const answer = await callApi({ method: "GET", url: `/workspaces/${w.workspace.slug}/export?format=csv`, token, headers: { host: "127.0.0.1:3044" } });
    expect(csvClaimUrls(answer.body as string)).toContain(claimPage("https://claims.example.org"));
  });

  it("falls back to NEXTAUTH_URL when CLAIMBENCH_PUBLIC_URL is not set", async () => {
    // http: with an https NEXTAUTH_URL next-auth names its session cookie __Secure-…, which this test does not sign.
    process.env.NEXTAUTH_URL = "http://desk.example.org";
    expect(csvClaimUrls(await download("claimbench.test", "csv"))).toContain(claimPage("http://desk.example.org"));
  });
});

describe("an export job links to the address of the request that started it", () => {
  it("the worker, which has no request, takes it from the job's payload", async () => {
    const slug = w.workspace.slug;
    const job = await createJob({ actor: w.users.OWNER, slug, kind: "export", payload: { format: "csv", baseUrl: "http://claimbench.test" } });
    await runJob(job.id);
    const file = await openJobFile({ actor: w.users.OWNER, slug, jobId: job.id });
    const chunks: Uint8Array[] = [];
    for await (const chunk of file.chunks) chunks.push(chunk);
    expect(csvClaimUrls(Buffer.concat(chunks).toString("utf8"))).toContain(claimPage("http://claimbench.test"));
  });
});

/**
 * Signs out as next-auth/react does (fetch the CSRF token, then POST the form with json=true) through
 * next-auth's own handler, with the options our auth route makes for the request: what the browser is
 * then sent to.
 */
async function signOutRedirect(host: string): Promise<string> {
  const internal = (request: Request, action: string, body?: Record<string, string>) => ({
    action, method: request.method, body, query: {},
    headers: Object.fromEntries(request.headers),
    // As Next's cookies() gives them: decoded.
    cookies: Object.fromEntries((request.headers.get("cookie") ?? "").split("; ").filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf("=")), decodeURIComponent(pair.slice(pair.indexOf("=") + 1))])),
  });
  // As next-auth's route entry does: the secret from NEXTAUTH_SECRET.
  const optionsFor = (request: Request) => ({ ...authOptionsFor(requestBaseUrl(request)), secret: process.env.NEXTAUTH_SECRET });
  const csrfRequest = new Request(`http://${host}/api/auth/csrf`, { headers: { host } });
  const csrf = await AuthHandler({ req: internal(csrfRequest, "csrf"), options: optionsFor(csrfRequest) });
  const csrfCookie = csrf.cookies!.find((cookie) => cookie.name.endsWith("next-auth.csrf-token"))!;
  const body = { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, callbackUrl: "/login", json: "true" };
  const signOut = new Request(`http://${host}/api/auth/signout`, { method: "POST", headers: { host, cookie: `${csrfCookie.name}=${csrfCookie.value}` } });
  const answer = await AuthHandler({ req: internal(signOut, "signout", body), options: optionsFor(signOut) });
  return answer.redirect!;
}

describe("the sign-out redirect follows the address the app was opened at", () => {
  for (const host of OPENED_AT) {
    it(`opened at ${host}: back to ${host}/login`, async () => {
      expect(await signOutRedirect(host)).toBe(`http://${host}/login`);
    });
  }

  it("with CLAIMBENCH_PUBLIC_URL set: to it", async () => {
    process.env.CLAIMBENCH_PUBLIC_URL = "https://claims.example.org";
    expect(await signOutRedirect("claimbench.test")).toBe("https://claims.example.org/login");
  });
});
