import { expect, test } from "./fixtures/test";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

// A filter in the address bar is typed by anyone: text Postgres cannot hold (NUL) once made these
// pages answer 500. Each page now says the filter was not understood and shows its list.

test("list pages answer a NUL in their filters with a message, not an error page", async ({ browser }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  const page = await signedInPage(browser, workspace.users.EDITOR.email);
  const base = `/w/${workspace.slug}`;
  const visits = [
    { path: `${base}/claims?q=12%00million`, heading: "Claims", alert: /need attention|not understood|NUL/ },
    { path: `${base}/review?article=%00`, heading: "Disagreements", alert: /not understood/ },
    { path: `${base}/sources?q=%00`, heading: "Sources", alert: /not understood/ },
    { path: `${base}/review/agreement?article=%00`, heading: /agreement/i, alert: /not understood/ },
  ];
  for (const visit of visits) {
    const response = await page.goto(visit.path);
    expect(response?.status(), visit.path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(visit.heading);
    await expect(page.getByRole("alert").filter({ hasText: visit.alert }).first()).toBeVisible();
  }
  const download = await page.request.get(`${base}/reports/download?format=csv&q=%00`);
  expect(download.status()).toBe(422);
});
