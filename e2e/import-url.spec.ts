import { expect, test } from "./fixtures/test";
import { PAGE_SERVER_PORTS } from "./fixtures/page-server";
import { createTestWorkspace, signIn } from "./fixtures/workspace";
import { newsPage, startLocalSite, type LocalSite } from "@test-support/local-site";

// Import from a URL, against "news pages" on a second local origin (a port the e2e app may fetch
// from): one address, then a list run as a job whose progress and per-address outcomes are watched.

let site: LocalSite;
let release: () => void = () => {};
test.beforeAll(async () => {
  site = await startLocalSite({}, undefined, PAGE_SERVER_PORTS.importUrl);
});
test.afterAll(async () => {
  release();
  await site.close();
});

test("one address opens the new article; a list shows its progress and each address's outcome", async ({ page }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  const t = workspace.slug;
  site.set(`/${t}/returns`, { body: newsPage(`${t}-returns`, { title: "Families return to Mosul" }) });
  site.set(`/${t}/camps`, { body: newsPage(`${t}-camps`, { title: "Camps near capacity" }) });
  const slow = new Promise<void>((resolve) => (release = resolve));
  site.set(`/${t}/shelters`, { body: newsPage(`${t}-shelters`, { title: "Shelters reopen" }), hold: slow });
  site.set(`/${t}/aid`, { body: newsPage(`${t}-aid`, { title: "Aid convoys reach the city" }) });

  await signIn(page, workspace.users.EDITOR.email);
  await page.goto(`/w/${workspace.slug}/articles/import`);
  await expect(page.getByRole("heading", { name: "Import from a URL" })).toBeVisible();

  // One address: the article opens.
  const address = page.getByLabel("Address of the page");
  await address.fill(site.url(`/${t}/returns`));
  await page.getByRole("button", { name: "Import this page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Families return to Mosul");
  await expect(page.getByText(`lived under the group's rule in ${t}-returns`).first()).toBeVisible();

  // The same address again is named as a duplicate with a link; a page that is not there is refused under the field.
  await page.goto(`/w/${workspace.slug}/articles/import`);
  await address.fill(site.url(`/${t}/returns`));
  await page.getByRole("button", { name: "Import this page" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This page is already in the workspace");
  await expect(page.getByRole("link", { name: "Open the article already here" })).toBeVisible();
  await address.fill(site.url(`/${t}/missing`));
  await page.getByRole("button", { name: "Import this page" }).click();
  await expect(page.locator("#import-url-error")).toContainText("Not imported:");
  await expect(page.locator("#import-url-error")).toContainText("404");

  // A list: imported, held back by a slow site, a duplicate, refused, a blank line, imported.
  const list = [`/${t}/camps`, `/${t}/shelters`, `/${t}/returns`, `/${t}/missing`, "", `/${t}/aid`].map((path) => (path ? site.url(path) : "")).join("\n");
  await page.getByLabel("or paste a list of addresses, one per line").fill(list);
  await page.getByRole("button", { name: "Import these pages" }).click();
  const job = page.getByRole("region", { name: "Import of 5 addresses" });
  await expect(job.getByRole("status")).toContainText("1 of 5 addresses");
  const rows = page.getByRole("table", { name: "Import results, one row per address" }).getByRole("row");
  await expect(rows.filter({ hasText: `/${t}/camps` })).toContainText("Camps near capacity");
  await expect(page.getByRole("button", { name: "Import these pages" })).toHaveCount(0);

  release();
  await expect(page.getByText("Done: 3 imported, 1 duplicate, 1 refused.")).toBeVisible();
  await expect(rows).toHaveCount(6);
  await expect(rows.filter({ hasText: `/${t}/shelters` })).toContainText("Imported");
  await expect(rows.filter({ hasText: `/${t}/returns` })).toContainText("Duplicate");
  await expect(rows.filter({ hasText: `/${t}/returns` })).toContainText("same address as \"Families return to Mosul\"");
  await expect(rows.filter({ hasText: `/${t}/missing` })).toContainText("Refused");
  await expect(rows.filter({ hasText: `/${t}/missing` })).toContainText("404");

  // The results are the job's: a reload shows them again; each imported page opens.
  await page.reload();
  await expect(page.getByText("Done: 3 imported, 1 duplicate, 1 refused.")).toBeVisible();
  await rows.filter({ hasText: `/${t}/aid` }).getByRole("link", { name: "Aid convoys reach the city" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aid convoys reach the city");
});
