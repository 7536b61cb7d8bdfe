import { expect, test } from "./fixtures/test";
import { createTestWorkspace, signIn, type TestWorkspace } from "./fixtures/workspace";

let workspace: TestWorkspace;
test.beforeAll(async () => {
  workspace = await createTestWorkspace({ withCorpus: false });
});

test("an owner creates a token, a script uses it, and once revoked it is refused", async ({ page, playwright }) => {
  await signIn(page, workspace.users.OWNER.email);
  await page.goto(`/w/${workspace.slug}/settings`);
  const tokens = page.getByRole("region", { name: "API tokens" });
  await tokens.getByLabel("Token name").fill("CMS import");
  await tokens.getByRole("button", { name: "Create token" }).click();

  const shown = tokens.getByLabel("New API token");
  await expect(shown).toHaveValue(/^cbt_/);
  const token = await shown.inputValue();
  await expect(tokens.getByRole("button", { name: "Copy" })).toBeVisible();
  await expect(tokens.getByRole("row", { name: /CMS import/ })).toContainText("Active");
  await page.screenshot({ path: "test-results/api-tokens-settings.png", fullPage: true });

  // A script, with no cookie: only the token.
  const script = await playwright.request.newContext({ baseURL: page.url() });
  const ok = await script.get(`/api/v1/workspaces/${workspace.slug}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ slug: workspace.slug, role: "OWNER" });

  await tokens.getByRole("button", { name: "Revoke CMS import" }).click();
  await expect(tokens.getByRole("row", { name: /CMS import/ })).toContainText("Revoked");
  const refused = await script.get(`/api/v1/workspaces/${workspace.slug}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: "UNAUTHENTICATED", message: expect.stringContaining("revoked") } });
  await script.dispose();

  // The signed-in browser's own session works too, and the reference page is one click away.
  const viaSession = await page.request.get(`/api/v1/workspaces/${workspace.slug}/claims?limit=5`);
  expect(viaSession.status()).toBe(200);
  expect(await viaSession.json()).toEqual({ items: [], next: null });
  await page.getByRole("link", { name: "HTTP API" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API reference");
  await expect(page.getByRole("heading", { name: "Claims", exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/api-docs.png" });
});
