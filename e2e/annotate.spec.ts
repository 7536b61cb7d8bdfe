import { expect, test, type Page } from "@playwright/test";
import { createTestWorkspace, signedInPage, signIn, type TestWorkspace } from "./fixtures/workspace";
import { selectText } from "./fixtures/select-text";

let workspace: TestWorkspace;
test.beforeAll(async () => {
  workspace = await createTestWorkspace();
});

async function openArticle(page: Page, title: RegExp) {
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByTestId("article-body")).toBeVisible();
}

const claimHighlight = (page: Page, text: string) => page.getByTestId("article-body").locator("mark", { hasText: text });

test("a reviewer marks a figure by selecting it and pressing c; it stays highlighted after a reload", async ({ page }) => {
  await signIn(page, workspace.users.REVIEWER.email);
  await openArticle(page, /How the Islamic State ends/);

  await selectText(page, "around 12 million people");
  await expect(page.getByRole("toolbar", { name: "Selection" }).getByRole("button", { name: /Mark claim/ })).toBeVisible();
  await page.keyboard.press("c");

  const form = page.getByRole("form", { name: "New claim" });
  await expect(form.getByTestId("claim-quote")).toHaveText("around 12 million people");
  await expect(form.getByLabel("Statement")).toHaveValue(/At its peak in 2014, IS commanded over a population of around 12 million people/);
  await form.getByLabel("Statement").fill("IS controlled territory with about 12 million people in 2014");
  await expect(form.getByLabel("This claim is a figure")).toBeChecked();
  await form.getByLabel("Value").fill("12000000");
  await form.getByLabel("Qualifier").selectOption("about");
  await form.getByRole("button", { name: "Save claim" }).click();

  await expect(claimHighlight(page, "around 12 million people")).toBeVisible();
  await page.reload();
  const mark = claimHighlight(page, "around 12 million people");
  await expect(mark).toHaveText("around 12 million people");
  await mark.hover();
  await expect(page.getByRole("tooltip")).toContainText("IS controlled territory with about 12 million people in 2014");
  await expect(page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /IS controlled territory/ })).toBeVisible();
});

test("clicking the suggested figure '12 percent' opens a pre-filled claim that can be saved", async ({ page }) => {
  await signIn(page, workspace.users.REVIEWER.email);
  await openArticle(page, /The End of the Caliphate/);

  const suggestion = page.getByRole("button", { name: /Suggested figure: 12 percent/ }).first();
  await suggestion.click();
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form.getByTestId("claim-quote")).toContainText("12 percent");
  await expect(form.getByLabel("Value")).toHaveValue("12");
  await expect(form.getByLabel("Unit")).toHaveValue("percent");
  await form.getByRole("button", { name: "Save claim" }).click();

  await expect(claimHighlight(page, "12 percent").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /Suggested figure: 12 percent/ })).toHaveCount(1); // the one in the reader comment remains
});

test("a second editor saving a stale copy of a claim gets the concurrency message with what changed", async ({ browser }) => {
  const reviewer = await signedInPage(browser, workspace.users.REVIEWER.email);
  await openArticle(reviewer, /How the Islamic State ends/);
  await selectText(reviewer, "Nearly 3,000 Yazidi women and children");
  await reviewer.keyboard.press("c");
  const form = reviewer.getByRole("form", { name: "New claim" });
  await form.getByLabel("Statement").fill("Nearly 3,000 Yazidi women and children were held by IS in August 2017");
  await form.getByRole("button", { name: "Save claim" }).click();
  await reviewer.getByRole("link", { name: "Open claim page" }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(/Nearly 3,000 Yazidi/);
  const claimUrl = reviewer.url();

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(claimUrl);

  await editor.getByLabel("Claimant").fill("UN");
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByRole("main").getByRole("status")).toHaveText("Claim saved.");

  await reviewer.getByLabel("Claimant").fill("The New Arab, citing the UN");
  await reviewer.getByRole("button", { name: "Save changes" }).click();
  await expect(reviewer.getByRole("main").getByRole("alert")).toContainText("Someone else saved this claim while you were editing it");
  await expect(reviewer.getByTestId("claim-conflict")).toContainText("UN");

  await reviewer.getByRole("button", { name: "Keep editing mine" }).click();
  await reviewer.getByRole("button", { name: "Save changes" }).click();
  await expect(reviewer.getByRole("main").getByRole("status")).toHaveText("Claim saved.");
  await expect(reviewer.getByRole("complementary", { name: "History" })).toContainText("edited the claim");
});

test("a viewer sees highlights but no marking controls, and bad selections get clear messages", async ({ browser }) => {
  const reviewer = await signedInPage(browser, workspace.users.REVIEWER.email);
  await openArticle(reviewer, /ISIS: No Longer Everlasting/);
  await selectText(reviewer, " "); // a single space between two words
  await reviewer.keyboard.press("c");
  await reviewer.getByRole("form", { name: "New claim" }).getByRole("button", { name: "Save claim" }).click();
  await expect(reviewer.getByText("The selection holds only spaces. Select the words of the claim.")).toBeVisible();
  await reviewer.getByRole("form", { name: "New claim" }).getByRole("button", { name: "Cancel" }).click();

  await selectText(reviewer, "600 fighters");
  await reviewer.keyboard.press("c");
  await reviewer.getByRole("form", { name: "New claim" }).getByLabel("Value").fill("six hundred");
  await reviewer.getByRole("form", { name: "New claim" }).getByRole("button", { name: "Save claim" }).click();
  await expect(reviewer.getByText("Enter a number, such as 12000000 or 12.5.")).toBeVisible();
  await reviewer.getByRole("form", { name: "New claim" }).getByLabel("Value").fill("600");
  await reviewer.getByRole("form", { name: "New claim" }).getByRole("button", { name: "Save claim" }).click();
  await expect(claimHighlight(reviewer, "600 fighters")).toBeVisible();

  const viewer = await signedInPage(browser, workspace.users.VIEWER.email);
  await openArticle(viewer, /ISIS: No Longer Everlasting/);
  await expect(claimHighlight(viewer, "600 fighters")).toBeVisible();
  await expect(viewer.getByRole("button", { name: /Suggested figure/ })).toHaveCount(0);
  await selectText(viewer, "thousands");
  await viewer.keyboard.press("c");
  await expect(viewer.getByRole("toolbar", { name: "Selection" })).toHaveCount(0);
  await expect(viewer.getByRole("form", { name: "New claim" })).toHaveCount(0);
});
