// The hardening a user never sees until it is missing: the Content-Security-Policy and its nonces,
// redirects after sign-in that stay on this site, and uploads that only this site's pages can send.
import { expect, test } from "./fixtures/test";
import { createTestWorkspace, signIn, TEST_PASSWORD, type TestWorkspace } from "./fixtures/workspace";

let workspace: TestWorkspace;
test.beforeAll(async () => {
  workspace = await createTestWorkspace({ withCorpus: false });
});

const FORGED = "Zm9yZ2VkLW5vbmNlLTEyMw==";
const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test("pages carry a CSP with a fresh nonce on every script, and a nonce forged by the client is ignored", async ({ request }) => {
  const first = await request.get("/login", { headers: { "x-nonce": FORGED, "content-security-policy": `script-src 'nonce-${FORGED}'` } });
  expect(first.status()).toBe(200);
  const policy = first.headers()["content-security-policy"];
  const nonce = nonceOf(policy);
  expect(nonce).toBeTruthy();
  expect(nonce).not.toBe(FORGED);
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(first.headers()["permissions-policy"]).toContain("camera=()");
  expect(first.headers()["strict-transport-security"]).toBeUndefined();

  const html = await first.text();
  expect(html).not.toContain(FORGED);
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const second = await request.get("/login");
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
});

test("the API answers with a policy that loads nothing; HSTS only over https", async ({ request }) => {
  const api = await request.get("/api/v1/openapi.json");
  expect(api.headers()["content-security-policy"]).toMatch(/^default-src 'none'; frame-ancestors 'none'/);
  expect(api.headers()["strict-transport-security"]).toBeUndefined();
  const behindTls = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(behindTls.headers()["strict-transport-security"]).toMatch(/^max-age=\d+; includeSubDomains$/);
});

test("the CSP is enforced, and the guard every spec runs under reports a violation", async ({ page, cspViolations }) => {
  // As a stored XSS would: a script without the nonce in the server's HTML (the response's own
  // headers, so its policy, are kept).
  await page.route("**/login", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", "<script>window.__injected = true;</script></body>");
    await route.fulfill({ response, body });
  });
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  // Stylesheets apply under the policy: Tailwind's classes lay out the page.
  expect(await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  // Next's own (nonced) scripts ran: the form is hydrated and validates on the client.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected ?? false)).toBe(false);
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.map((v) => v.what).join("\n")).toMatch(/script-src/);
  // Expected here: cleared so that the guard's own check at the end of this test passes.
  cspViolations.length = 0;
});

test.describe("after sign-in the browser stays on this site", () => {
  const hostile = ["%2F%09%2Fevil.example", "%2F%2Fevil.example", "%2F%5Cevil.example", "https%3A%2F%2Fevil.example", "javascript%3Aalert(1)", "%2F%0D%0A%2Fevil.example", "%2F.%2F%2Fevil.example"];

  test("for a signed-in user, whatever callbackUrl says", async ({ page, baseURL }) => {
    await signIn(page, workspace.users.VIEWER.email);
    const origin = new URL(baseURL!).origin;
    for (const value of hostile) {
      const response = await page.goto(`/login?callbackUrl=${value}`);
      expect(response?.status(), value).toBe(200);
      expect(new URL(page.url()).origin, value).toBe(origin);
      await expect(page, value).toHaveURL(`${origin}/w`);
    }
    // An Arabic search kept in the callbackUrl (a 500 before) comes back as it was.
    const search = `/w/${workspace.slug}/claims?q=سوريا`;
    const response = await page.goto(`/login?callbackUrl=${encodeURIComponent(search)}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(`${origin}/w/${workspace.slug}/claims?q=${encodeURIComponent("سوريا")}`);
    await expect(page.getByRole("searchbox")).toHaveValue("سوريا");
  });

  test("through the sign-in form", async ({ page, baseURL }) => {
    await page.goto("/login?callbackUrl=%2F%09%2Fevil.example");
    await page.getByLabel("Email").fill(workspace.users.VIEWER.email);
    await page.getByLabel("Password").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${new URL(baseURL!).origin}/w`);
  });
});

test("an upload posted from another site with the user's cookie is refused, and nothing is imported", async ({ page, baseURL }) => {
  await signIn(page, workspace.users.OWNER.email);
  const article = { name: "forged.txt", mimeType: "text/plain", buffer: Buffer.from("Forged upload\n\nAbout 40,000 people were said to have left the city in a week.") };
  const crossSite = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
  type Upload = { url: string; multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> };
  const uploads: Upload[] = [
    { url: `/w/${workspace.slug}/articles/import/files`, multipart: { files: article } },
    { url: `/w/${workspace.slug}/sources/claimreview/file`, multipart: { files: { name: "reviews.json", mimeType: "application/json", buffer: Buffer.from("[]") } } },
    { url: "/api/workspaces/import", multipart: { slug: `forged-${workspace.slug}`, file: { name: "w.json", mimeType: "application/json", buffer: Buffer.from("{}") } } },
  ];
  for (const { url, multipart } of uploads) {
    // page.request carries the signed-in user's session cookie, as the victim's browser would.
    const refused = await page.request.post(url, { multipart, headers: crossSite });
    expect(refused.status(), url).toBe(403);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("FORBIDDEN");
    expect(body.error.message).toContain("sent from another site (Sec-Fetch-Site: cross-site)");
  }
  await page.goto(`/w/${workspace.slug}/articles`);
  await expect(page.getByRole("main")).not.toContainText("Forged upload");
  expect((await page.goto(`/w/forged-${workspace.slug}`))?.status()).toBe(404);

  // The same upload from this site's own pages (the Origin and fetch metadata a browser sends) is imported.
  const sameSite = { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" };
  const accepted = await page.request.post(uploads[0]!.url, { multipart: uploads[0]!.multipart, headers: sameSite });
  expect(accepted.status()).toBe(202);
  await expect(async () => {
    await page.goto(`/w/${workspace.slug}/articles`);
    await expect(page.getByRole("main")).toContainText("Forged upload", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});
