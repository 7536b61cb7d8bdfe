import { expect, test } from "./fixtures/test";
import { createTestWorkspace, signIn, signedInPage, type TestWorkspace } from "./fixtures/workspace";

let workspace: TestWorkspace;
test.beforeAll(async () => {
  workspace = await createTestWorkspace();
});

test("a reviewer sees the five articles and reads one in full", async ({ page }) => {
  await signIn(page, workspace.users.REVIEWER.email);
  await page.getByRole("link", { name: new RegExp(workspace.name) }).click();
  // The workspace opens on its dashboard; the articles are one link away.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${workspace.name}: dashboard`);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Articles" }).click();

  const rows = page.getByRole("table", { name: "Articles in this workspace" }).getByRole("row");
  await expect(rows).toHaveCount(6); // header + five articles
  const row = rows.filter({ hasText: "How the Islamic State ends" });
  await expect(row).toContainText("The New Arab");
  await expect(row).toContainText("3 Aug 2017");
  await expect(row).toContainText("574");

  await row.getByRole("link", { name: /How the Islamic State ends/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the Islamic State ends: scrambling for Deir al-Zour");
  const body = page.getByTestId("article-body");
  await expect(body).toContainText("IS commanded over a population of around 12 million people");
  await expect(body.locator("p").first()).toHaveAttribute("dir", "auto");
  // The junk the capture carried is gone from the body and listed as removed.
  await expect(body).not.toContainText("3 min read");
  await page.getByText(/Cleaned on import: \d+ lines? removed/).click();
  await expect(page.getByText("3 min read")).toBeVisible();
});

test("a viewer cannot reach the owner-only settings page", async ({ page }) => {
  await signIn(page, workspace.users.VIEWER.email);
  await page.goto(`/w/${workspace.slug}/articles`);
  await expect(page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Settings" })).toHaveCount(0);

  const response = await page.goto(`/w/${workspace.slug}/settings`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Your role does not allow this" })).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveCount(0);
});

test("someone outside the workspace gets a 404, not its data", async ({ page }) => {
  const other = await createTestWorkspace({ withCorpus: false });
  await signIn(page, other.users.OWNER.email);
  const articleUrl = `/w/${workspace.slug}/articles`;
  const response = await page.goto(articleUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText("How the Islamic State ends")).toHaveCount(0);
});

test("an owner saves settings, and a stale second save is refused with what changed", async ({ browser }) => {
  const first = await signedInPage(browser, workspace.users.OWNER.email);
  const second = await signedInPage(browser, workspace.users.OWNER.email);
  for (const page of [first, second]) await page.goto(`/w/${workspace.slug}/settings`);

  await first.getByLabel("Organisation name").fill("Desk One");
  await first.getByRole("button", { name: "Save settings" }).click();
  await expect(first.getByRole("status")).toHaveText("Settings saved.");

  await second.getByLabel("Organisation name").fill("Desk Two");
  await second.getByRole("button", { name: "Save settings" }).click();
  const alert = second.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Someone else saved these settings");
  await expect(alert).toContainText("Desk One");

  // Having seen the other change, saving again goes through.
  await second.getByRole("button", { name: "Save settings" }).click();
  await expect(second.getByRole("status")).toHaveText("Settings saved.");
  await second.reload();
  await expect(second.getByLabel("Organisation name")).toHaveValue("Desk Two");
});

test("an empty workspace name is refused next to the field", async ({ page }) => {
  await signIn(page, workspace.users.OWNER.email);
  await page.goto(`/w/${workspace.slug}/settings`);
  await page.getByLabel("Name", { exact: true }).fill("   ");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Give the workspace a name.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(workspace.name);
});
