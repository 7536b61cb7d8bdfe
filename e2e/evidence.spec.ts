import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { seedWorkspace } from "@/seeds/seed-workspace";
import { createTestWorkspace, signedInPage, signIn, TEST_PASSWORD, type TestWorkspace } from "./fixtures/workspace";
import { selectText } from "./fixtures/select-text";

// Every test has a workspace of its own, and fails if any browser dialog opens on any of its
// pages: nothing a reviewer types may ever run as script.
const dialogs: string[] = [];
function failOnDialogs(page: Page): Page {
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}
test.beforeEach(({ page }) => {
  dialogs.length = 0;
  failOnDialogs(page);
});
test.afterEach(() => {
  expect(dialogs, "a dialog opened").toEqual([]);
});
const openPage = async (browser: Browser, email: string) => failOnDialogs(await signedInPage(browser, email));

const COMMENT = "That sounds high. Fallujah, Qayyarah airbase, and the area around Manbij don't hold that much territory.";

/** Marks the post's "12 percent" figure in "The End of the Caliphate" through the reader, and opens the claim's page. */
async function markTwelvePercent(page: Page, workspace: TestWorkspace): Promise<string> {
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: /The End of the Caliphate/ }).click();
  await page.getByRole("button", { name: /Suggested figure: 12 percent/ }).first().click();
  await page.getByRole("form", { name: "New claim" }).getByRole("button", { name: "Save claim" }).click();
  await page.getByRole("link", { name: "Open claim page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/cost ISIS 12 percent of their territory/);
  return new URL(page.url()).pathname;
}

/** A second reviewer in the workspace (the fixture makes one of each role). */
async function addReviewer(workspace: TestWorkspace) {
  const id = randomBytes(4).toString("hex");
  const reviewer = { email: `reviewer-b-${id}@e2e.example.org`, name: `Reviewer B ${id}` };
  await seedWorkspace({
    slug: workspace.slug,
    name: workspace.name,
    withCorpus: false,
    users: [{ ...workspace.users.OWNER, role: "OWNER", password: TEST_PASSWORD }, { ...reviewer, role: "REVIEWER", password: TEST_PASSWORD }],
  });
  return reviewer;
}

const evidenceGroup = (page: Page, name: RegExp) => page.getByRole("region", { name });

test("a reviewer links a passage of the same article as contradicting evidence, and the claim goes into review", async ({ page }) => {
  const workspace = await createTestWorkspace();
  await signIn(page, workspace.users.REVIEWER.email);
  const claimPath = await markTwelvePercent(page, workspace);

  await page.getByRole("link", { name: "Add evidence" }).click();
  await page.getByLabel("Search articles by title").fill("caliphate");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: /How the Islamic State ends/ })).toHaveCount(0);
  await page.getByRole("link", { name: /The End of the Caliphate/ }).click();

  await selectText(page, COMMENT, 0, page.getByTestId("selected-passage"));
  await expect(page.getByTestId("selected-passage")).toHaveText(COMMENT);
  await page.getByRole("radio", { name: /Contradicts/ }).check();
  await page.getByLabel("Note").fill("A reader doubts the figure: the places retaken are small.");
  await page.getByRole("button", { name: "Link evidence" }).click();

  await expect(page).toHaveURL(claimPath);
  const contradicting = evidenceGroup(page, /Contradicting evidence/);
  await expect(contradicting.getByRole("blockquote")).toHaveText(COMMENT);
  await expect(contradicting).toContainText("A reader doubts the figure: the places retaken are small.");
  await expect(contradicting).toContainText("In place");
  await expect(contradicting).toContainText("The End of the Caliphate · 13 Jul 2016"); // copied from the article
  await expect(contradicting.getByRole("link", { name: "The End of the Caliphate" })).toBeVisible();
  await expect(contradicting.getByRole("link", { name: "Show the passage in the article" })).toHaveAttribute("href", /#:~:text=That%20sounds%20high/);
  await expect(evidenceGroup(page, /Supporting evidence/)).toContainText("None yet.");
  await expect(page.getByRole("main").getByText("In review", { exact: true })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "History" })).toContainText("linked evidence");
});

test("a second reviewer links an external source as supporting; the sources page counts it", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  const reviewerA = await openPage(browser, workspace.users.REVIEWER.email);
  const claimPath = await markTwelvePercent(reviewerA, workspace);

  const reviewerB = await openPage(browser, (await addReviewer(workspace)).email);
  await reviewerB.goto(claimPath);
  await reviewerB.getByRole("link", { name: "Add evidence" }).click();
  await reviewerB.getByRole("link", { name: "External source" }).click();
  const form = reviewerB.getByRole("form", { name: "Link an external source" });
  await expect(form.getByRole("radio", { name: "A new source" })).toBeChecked();
  await form.getByLabel("Title").fill("Islamic State territory down 12 percent in first half of 2016");
  await form.getByLabel("URL", { exact: true }).fill("https://example.org/ihs-conflict-monitor-2016");
  await form.getByLabel("Publisher").fill("IHS Conflict Monitor");
  await form.getByLabel("Published").fill("2016-07-10");
  await form.getByLabel("Excerpt").fill("The Islamic State's territory shrank by 12 percent in the first six months of 2016.");
  await form.getByRole("radio", { name: /Supports/ }).check();
  await form.getByRole("button", { name: "Link evidence" }).click();

  await expect(reviewerB).toHaveURL(claimPath);
  const supporting = evidenceGroup(reviewerB, /Supporting evidence/);
  const link = supporting.getByRole("link", { name: "Islamic State territory down 12 percent in first half of 2016" });
  await expect(link).toHaveAttribute("href", "https://example.org/ihs-conflict-monitor-2016");
  await expect(supporting).toContainText("IHS Conflict Monitor · 10 Jul 2016");
  await expect(supporting).toContainText("shrank by 12 percent");

  await reviewerB.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Sources" }).click();
  const row = reviewerB.getByRole("row", { name: /Islamic State territory down 12 percent/ });
  await expect(row.getByRole("list", { name: "Claims by stance" })).toContainText("supports 1");
  await expect(row).toContainText("contradicts 0");
  // Reviewers add sources; editing them is for editors.
  await expect(row.getByRole("link", { name: /Edit/ })).toHaveCount(0);
});

test("a note with markup is saved and shown as text, and runs nothing", async ({ page }) => {
  const workspace = await createTestWorkspace();
  await signIn(page, workspace.users.REVIEWER.email);
  await markTwelvePercent(page, workspace);
  const markup = "<img src=x onerror=alert(1)>";

  await page.getByRole("link", { name: "Add evidence" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add evidence");
  await page.getByRole("main").getByRole("listitem").getByRole("link", { name: /The End of the Caliphate/ }).click();
  await selectText(page, "Fallujah, Qayyarah airbase", 0, page.getByTestId("selected-passage"));
  await page.getByRole("radio", { name: /Context/ }).check();
  await page.getByLabel("Note").fill(markup);
  await page.getByRole("button", { name: "Link evidence" }).click();

  const context = evidenceGroup(page, /^Context/);
  await expect(context.getByText(markup)).toBeVisible();
  await expect(context.locator("img")).toHaveCount(0);
  await page.reload();
  await expect(evidenceGroup(page, /^Context/).getByText(markup)).toBeVisible();
  await expect(page.locator("img[src=x]")).toHaveCount(0);
});

/** A reviewer marks the claim and submits an external source as supporting evidence, with these fields. */
async function submitExternalSource(page: Page, fields: { title: string; url: string; excerpt: string }) {
  const workspace = await createTestWorkspace();
  await signIn(page, workspace.users.REVIEWER.email);
  const claimPath = await markTwelvePercent(page, workspace);
  await page.goto(`${claimPath}/evidence/new?from=external`);
  const form = page.getByRole("form", { name: "Link an external source" });
  await form.getByLabel("Title").fill(fields.title);
  await form.getByLabel("URL", { exact: true }).fill(fields.url);
  await form.getByLabel("Excerpt").fill(fields.excerpt);
  await form.getByRole("radio", { name: /Supports/ }).check();
  await form.getByRole("button", { name: "Link evidence" }).click();
  return { workspace, claimPath, form };
}

async function expectNoEvidence(page: Page, claimPath: string) {
  await page.goto(claimPath);
  await expect(page.getByRole("region", { name: "Evidence", exact: true })).toContainText("No evidence yet.");
}

test("a javascript: address is refused with a message next to the field, and nothing is linked", async ({ page }) => {
  const { workspace, claimPath, form } = await submitExternalSource(page, { title: "A page that runs script", url: "javascript:alert(document.cookie)", excerpt: "Anything at all." });

  await expect(form.getByLabel("URL", { exact: true })).toHaveAccessibleDescription(/Only web addresses starting with http:\/\/ or https:\/\/ are accepted\./);
  await expect(form.getByRole("alert")).toHaveText("Some fields need attention.");
  await expectNoEvidence(page, claimPath);
  await page.goto(`/w/${workspace.slug}/sources`);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("0 sources");
});

test("an excerpt pasted with a NUL character (as copied from some PDFs) is refused next to the field, and nothing is linked", async ({ page }) => {
  const { claimPath, form } = await submitExternalSource(page, { title: "Conflict monitor, July 2016", url: "https://example.org/monitor-2016", excerpt: "Territory shrank by\u000012 percent." });

  await expect(form.getByLabel("Excerpt")).toHaveAccessibleDescription(/may not contain the NUL character/);
  await expect(form.getByRole("alert")).toHaveText("Some fields need attention.");
  await expectNoEvidence(page, claimPath);
});

test("one click links a suggested passage: the reader's comment quoting the figure, as contradicting", async ({ page }) => {
  const workspace = await createTestWorkspace();
  await signIn(page, workspace.users.REVIEWER.email);
  await markTwelvePercent(page, workspace);

  const suggestions = page.getByRole("region", { name: "Suggested evidence" });
  const comment = suggestions.getByTestId("evidence-suggestion").filter({ hasText: '"Recent advances by the Iraqi government and Syrian Kurds' });
  await expect(comment).toHaveCount(1);
  await expect(comment).toContainText("figure: 12 percent of their territory");
  await comment.getByRole("button", { name: "Contradicts" }).click();

  await expect(evidenceGroup(page, /Contradicting evidence/).getByRole("blockquote")).toHaveText(/^"Recent advances by the Iraqi government .* 12 percent of their territory"$/);
  await expect(comment).toHaveCount(0);
  await expect(page.getByRole("main").getByText("In review", { exact: true })).toBeVisible();
});

test("an editor removes evidence after confirming; a viewer sees evidence but no way to change it", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  const reviewer = await openPage(browser, workspace.users.REVIEWER.email);
  const claimPath = await markTwelvePercent(reviewer, workspace);
  await reviewer.getByRole("region", { name: "Suggested evidence" }).getByRole("button", { name: "Context" }).first().click();
  await expect(evidenceGroup(reviewer, /^Context/).getByTestId("evidence-item")).toHaveCount(1);

  const viewer = await openPage(browser, workspace.users.VIEWER.email);
  await viewer.goto(claimPath);
  await expect(evidenceGroup(viewer, /^Context/).getByTestId("evidence-item")).toHaveCount(1);
  await expect(viewer.getByRole("link", { name: "Add evidence" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await expect(viewer.getByRole("region", { name: "Suggested evidence" })).toHaveCount(0);
  await viewer.goto(`${claimPath}/evidence/new`);
  await expect(viewer.getByRole("heading", { name: "Your role does not allow this" })).toBeVisible();

  const editor = await openPage(browser, workspace.users.EDITOR.email);
  await editor.goto(claimPath);
  await editor.getByRole("button", { name: "Remove" }).click();
  const confirm = editor.getByRole("group", { name: "Confirm removal" });
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect(evidenceGroup(editor, /^Context/).getByTestId("evidence-item")).toHaveCount(1);
  await editor.getByRole("button", { name: "Remove" }).click();
  await confirm.getByRole("button", { name: "Yes, remove" }).click();
  await expect(editor.getByRole("region", { name: "Evidence", exact: true })).toContainText("No evidence yet.");
  await expect(editor.getByRole("complementary", { name: "History" })).toContainText("removed evidence");
});
