import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
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

const markButton = (page: Page) => page.getByRole("toolbar", { name: "Selection" }).getByRole("button", { name: /Mark claim/ });
const claimHighlight = (page: Page, text: string) => page.getByTestId("article-body").locator("mark", { hasText: text });

test("a reviewer marks a figure by selecting it and pressing c; it stays highlighted after a reload", async ({ page }) => {
  await signIn(page, workspace.users.REVIEWER.email);
  await openArticle(page, /How the Islamic State ends/);

  await selectText(page, "around 12 million people", 0, markButton(page));
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
  await selectText(reviewer, "Nearly 3,000 Yazidi women and children", 0, markButton(reviewer));
  await reviewer.keyboard.press("c");
  const form = reviewer.getByRole("form", { name: "New claim" });
  await form.getByLabel("Statement").fill("Nearly 3,000 Yazidi women and children were held by IS in August 2017");
  await form.getByRole("button", { name: "Save claim" }).click();
  await reviewer.getByRole("link", { name: "Open claim page" }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(/Nearly 3,000 Yazidi/);
  const claimUrl = reviewer.url();

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(claimUrl);

  // The reviewer's changes are under way when the editor saves: a form left untouched would take the
  // editor's version as it arrives live (e2e/live.spec.ts), and saving it would not be stale.
  await reviewer.getByLabel("Claimant").fill("The New Arab, citing the UN");
  await editor.getByLabel("Claimant").fill("UN");
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByRole("main").getByRole("status")).toHaveText("Claim saved.");

  await reviewer.getByRole("button", { name: "Save changes" }).click();
  await expect(reviewer.getByRole("main").getByRole("alert")).toContainText("Someone else saved this claim while you were editing (you had version");
  await expect(reviewer.getByTestId("claim-conflict")).toContainText("UN");

  await reviewer.getByRole("button", { name: "Keep editing mine" }).click();
  await reviewer.getByRole("button", { name: "Save changes" }).click();
  await expect(reviewer.getByRole("main").getByRole("status")).toHaveText("Claim saved.");
  await expect(reviewer.getByRole("complementary", { name: "History" })).toContainText("edited the claim");
});

test("a viewer sees highlights but no marking controls, and bad selections get clear messages", async ({ browser }) => {
  const reviewer = await signedInPage(browser, workspace.users.REVIEWER.email);
  await openArticle(reviewer, /ISIS: No Longer Everlasting/);
  // A single space between two words is shorter than a word: refused where it was made, no form opens.
  const refused = reviewer.getByRole("status").filter({ hasText: "Select at least one whole word to mark it as a claim." });
  await selectText(reviewer, " ", 0, refused);
  await expect(markButton(reviewer)).toHaveCount(0);
  await reviewer.keyboard.press("c");
  await expect(reviewer.getByRole("form", { name: "New claim" })).toHaveCount(0);

  await selectText(reviewer, "600 fighters", 0, markButton(reviewer));
  await reviewer.keyboard.press("c");
  const form = reviewer.getByRole("form", { name: "New claim" });
  await form.getByLabel("Value").fill("six hundred");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(reviewer.getByText("Enter a number, such as 12000000 or 12.5.")).toBeVisible();
  // A comma before three digits is 1234 to some and 1.234 to others: the article's language decides, and the form
  // says how it reads it (an article in no known language refuses it on saving, with both ways to write it).
  await form.getByLabel("Value").fill("1,234");
  await expect(form.getByText("Read as 1234: in English a comma groups thousands.")).toBeVisible();
  // Arabic-Indic digits, as copied from an Arabic source, and a decimal comma in the range are read.
  await form.getByLabel("Value").fill("٦٠٠");
  await form.getByLabel("Range low").fill("550,5");
  await form.getByLabel("Range high").fill("٦٥٠");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(claimHighlight(reviewer, "600 fighters")).toBeVisible();
  await expect(reviewer.getByRole("complementary", { name: "Claims" })).toContainText("550.5–650 fighters");

  const viewer = await signedInPage(browser, workspace.users.VIEWER.email);
  await openArticle(viewer, /ISIS: No Longer Everlasting/);
  await expect(claimHighlight(viewer, "600 fighters")).toBeVisible();
  await expect(viewer.getByRole("button", { name: /Suggested figure/ })).toHaveCount(0);
  await selectText(viewer, "thousands");
  await viewer.keyboard.press("c");
  await expect(viewer.getByRole("toolbar", { name: "Selection" })).toHaveCount(0);
  await expect(viewer.getByRole("form", { name: "New claim" })).toHaveCount(0);
});

test("claims inside claims both work: the inner one opens where they overlap", async ({ page }) => {
  await signIn(page, workspace.users.REVIEWER.email);
  await openArticle(page, /ISIS enters its final days/);
  const outer = "a deal was done to allow the 350 remaining ISIS fighters in the city to leave";
  await selectText(page, outer, 0, markButton(page));
  await page.keyboard.press("c");
  let form = page.getByRole("form", { name: "New claim" });
  await form.getByLabel("Statement").fill("A deal let the remaining ISIS fighters leave Raqqa");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(claimHighlight(page, "350 remaining").first()).toBeVisible();

  await selectText(page, "350 remaining ISIS fighters", 0, markButton(page));
  await page.keyboard.press("c");
  form = page.getByRole("form", { name: "New claim" });
  await form.getByLabel("Statement").fill("350 ISIS fighters remained in Raqqa");
  await form.getByRole("button", { name: "Save claim" }).click();

  const inner = page.getByTestId("article-body").locator("mark", { hasText: /^350 remaining ISIS fighters$/ });
  await expect(inner).toHaveAttribute("data-claims", /^\S+ \S+$/); // covered by both claims
  await page.getByRole("button", { name: "Close claim" }).click();
  await inner.click();
  await expect(page.getByRole("heading", { name: "350 ISIS fighters remained in Raqqa" })).toBeVisible();
  await page.getByTestId("article-body").locator("mark", { hasText: /^a deal was done to allow the $/ }).click();
  await expect(page.getByRole("heading", { name: "A deal let the remaining ISIS fighters leave Raqqa" })).toBeVisible();
});

test("an edit of the text re-anchors claims; a lost one is listed and re-attached by its reviewer", async ({ browser }) => {
  const reviewer = await signedInPage(browser, workspace.users.REVIEWER.email);
  await openArticle(reviewer, /What happened to ISIS after the raids/);
  for (const [quote, statement] of [
    ["at least 100 executions", "At least 100 executions in the Deir Ezzor region"],
    ["forced thousands in the region to undergo", "ISIS forced thousands into Sharia courses"],
  ] as const) {
    await selectText(reviewer, quote, 0, markButton(reviewer));
    await reviewer.keyboard.press("c");
    const form = reviewer.getByRole("form", { name: "New claim" });
    await form.getByLabel("Statement").fill(statement);
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(claimHighlight(reviewer, quote.split(" ")[0]!).first()).toBeVisible();
  }

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await openArticle(editor, /What happened to ISIS after the raids/);
  await editor.getByRole("link", { name: "Edit text" }).click();
  const textarea = editor.getByLabel("Article text");
  const original = await textarea.inputValue();
  const edited = `A new opening paragraph from the corrected capture.\n\n${original.replace(" The number of executions in the Deir Ezzor region has reached at least 100 executions.", "")}`;
  await textarea.fill(edited);
  await editor.getByRole("button", { name: "Save text" }).click();
  await expect(editor.getByRole("main").getByRole("status")).toHaveText("Saved. 0 claims stayed in place, 1 moved, 1 lost their place.");

  await reviewer.reload();
  const orphans = reviewer.getByRole("region", { name: /Claims that lost their place/ });
  await expect(orphans).toContainText("at least 100 executions");
  await expect(claimHighlight(reviewer, "forced thousands")).toBeVisible();
  await selectText(reviewer, "The means of such executions", 0, orphans.getByRole("button", { name: "Re-attach to the selected text" }));
  await orphans.getByRole("button", { name: "Re-attach to the selected text" }).click();
  await expect(orphans).toHaveCount(0);
  await expect(claimHighlight(reviewer, "The means of such executions")).toBeVisible();
});

test("a dismissed suggestion stays dismissed; the claims list jumps to a claim", async ({ page }) => {
  await signIn(page, workspace.users.EDITOR.email);
  await openArticle(page, /ISIS: No Longer Everlasting/);
  const hundred = page.getByRole("button", { name: /Suggested figure: a hundred air strikes/ });
  await hundred.click();
  await page.getByRole("button", { name: "Not a claim: dismiss this suggestion" }).click();
  await expect(hundred).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("article-body")).toContainText("a hundred air strikes");
  await expect(hundred).toHaveCount(0);

  await selectText(page, "executed tens of people", 0, markButton(page));
  await page.keyboard.press("c");
  await page.getByRole("form", { name: "New claim" }).getByLabel("Statement").fill("ISIS executed tens of people after retreating from Kobani");
  await page.getByRole("form", { name: "New claim" }).getByRole("button", { name: "Save claim" }).click();
  await page.getByRole("button", { name: "Close claim" }).click();
  await page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /ISIS executed tens of people/ }).click();
  await expect(page.getByRole("heading", { name: "ISIS executed tens of people after retreating from Kobani" })).toBeVisible();
  await expect(page.getByTestId("article-body").locator("mark", { hasText: "executed tens of people" })).toBeFocused();
});

test("the claims list filters by article and figure, and searches the statements", async ({ page }) => {
  const own = await createTestWorkspace();
  await signIn(page, own.users.REVIEWER.email);
  await page.goto(`/w/${own.slug}/articles`);
  await page.getByRole("link", { name: /How the Islamic State ends/ }).click();
  for (const [quote, statement, figure] of [
    ["around 12 million people", "IS ruled about 12 million people at its peak", true],
    ["the real defeat of the Islamic State arguably came with the fall of Mosul", "The fall of Mosul was the real defeat of IS", false],
  ] as const) {
    await selectText(page, quote, 0, markButton(page));
    await page.keyboard.press("c");
    const form = page.getByRole("form", { name: "New claim" });
    await form.getByLabel("Statement").fill(statement);
    if (!figure) await expect(form.getByLabel("This claim is a figure")).not.toBeChecked();
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: statement })).toBeVisible();
  }

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Claims" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("2 claims");
  const filters = page.getByRole("search", { name: "Filter claims" });
  // Filters apply as they are chosen (no Apply button).
  await filters.getByLabel("Has figure").selectOption("yes");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("1 claim");
  await expect(page.getByRole("table", { name: "Claims" })).toContainText("about 12,000,000 people");

  await filters.getByLabel("Has figure").selectOption("");
  await filters.getByLabel("Search").fill("Mosul defeat");
  await expect(page).toHaveURL(/q=Mosul\+defeat/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("1 claim");
  await page.getByRole("link", { name: "The fall of Mosul was the real defeat of IS" }).click();
  await expect(page.getByTestId("claim-context").locator("mark")).toHaveText("the real defeat of the Islamic State arguably came with the fall of Mosul");

  await page.goto(`/w/${own.slug}/claims?q=zimbabwe+-nothing&figure=maybe`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Some filters were not understood");
});
