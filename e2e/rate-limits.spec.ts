import { expect, test } from "./fixtures/test";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

// Downloads, uploads, imports and exports share a budget per user (30 a minute as shipped): a script
// driving a signed-in browser session meets a 429 with Retry-After, and the page says how long to wait.
test("a member who downloads the agreement CSV over and over is told to wait", async ({ browser }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  const page = await signedInPage(browser, workspace.users.VIEWER.email);
  const url = `/w/${workspace.slug}/review/agreement/csv`;
  const statuses: number[] = [];
  for (let n = 0; n < 31; n++) statuses.push((await page.request.get(url)).status());
  expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
  const refused = await page.request.get(url);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await refused.json()) as unknown).toMatchObject({ error: { code: "RATE_LIMITED", message: expect.stringMatching(/Wait \d+ seconds/) } });
});
