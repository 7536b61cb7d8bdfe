import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createTestArticle } from "./fixtures/articles";
import { selectText } from "./fixtures/select-text";
import { createTestWorkspace, signIn, type TestWorkspace } from "./fixtures/workspace";

const ARABIC_TITLE = "تقرير: معركة الموصل";
const ARABIC_QUOTE = "فقد التنظيم السيطرة على مدينة الموصل";
const ARABIC_TEXT = [
  `قال المتحدث باسم التحالف إن ${ARABIC_QUOTE} في صيف عام 2017.`,
  "وأضاف أن القوات العراقية دخلت المدينة القديمة بعد أشهر من القتال.",
].join("\n\n");

let workspace: TestWorkspace;
let arabicUrl: string;
test.beforeAll(async () => {
  workspace = await createTestWorkspace();
  arabicUrl = (await createTestArticle(workspace, { title: ARABIC_TITLE, text: ARABIC_TEXT, publisher: "الجزيرة", language: "ar" })).url;
});

const markButton = (page: Page) => page.getByRole("toolbar", { name: "Selection" }).getByRole("button", { name: /Mark claim/ });

async function openArticle(page: Page, title: RegExp) {
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByTestId("article-body")).toBeVisible();
}

test("a sentence with a year and a quantity pre-fills the quantity, offers the year, and the claim keeps the quantity", async ({ page }, testInfo) => {
  await signIn(page, workspace.users.REVIEWER.email);
  await openArticle(page, /How the Islamic State ends/);

  await selectText(page, "At its peak in 2014, IS commanded over a population of around 12 million people", 0, markButton(page));
  await page.keyboard.press("c");
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form.getByLabel("Value")).toHaveValue("12000000");
  await expect(form.getByLabel("Unit")).toHaveValue("count");
  await expect(form.getByLabel("Qualifier")).toHaveValue("about");
  await expect(form.getByLabel("What is counted")).toHaveValue("people");
  const choices = form.getByRole("group", { name: "Other figures in this passage:" });
  await expect(choices.getByRole("button")).toHaveText(["2014 (year)"]);
  await form.screenshot({ path: testInfo.outputPath("claim-form-figure-choices.png") });

  // Taking the year swaps it in; the quantity is then offered, and taking it back restores every field.
  await choices.getByRole("button", { name: /2014 \(year\)/ }).click();
  await expect(form.getByLabel("Value")).toHaveValue("2014");
  await expect(form.getByLabel("Unit")).toHaveValue("year");
  await expect(form.getByLabel("What is counted")).toHaveValue("");
  await choices.getByRole("button", { name: /around 12 million people \(count\)/ }).click();
  await expect(form.getByLabel("Value")).toHaveValue("12000000");
  await expect(form.getByLabel("What is counted")).toHaveValue("people");

  await form.getByRole("button", { name: "Save claim" }).click();
  // The claim's chip reads the saved figure, not the first number of the quote.
  const listed = page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /At its peak in 2014/ });
  await expect(listed).toContainText("about 12,000,000 people");
  await expect(listed).not.toContainText("· 2014");
});

test("an Arabic quote is marked and its statement typed right to left", async ({ page }) => {
  await signIn(page, workspace.users.REVIEWER.email);
  await page.goto(arabicUrl);
  await expect(page.getByTestId("article-body")).toBeVisible();

  await selectText(page, ARABIC_QUOTE, 0, markButton(page));
  await page.keyboard.press("c");
  const form = page.getByRole("form", { name: "New claim" });
  const statement = form.getByLabel("Statement");
  await expect(statement).toHaveAttribute("dir", "auto");
  await expect(form.getByLabel("Claimant")).toHaveAttribute("dir", "auto");

  // dir="auto" follows what is typed: Latin reads left to right, Arabic right to left.
  await statement.fill("IS lost Mosul in 2017");
  expect(await statement.evaluate((el) => el.matches(":dir(ltr)"))).toBe(true);
  await statement.fill("");
  await statement.pressSequentially("فقد التنظيم الموصل عام 2017");
  await expect(statement).toHaveValue("فقد التنظيم الموصل عام 2017");
  expect(await statement.evaluate((el) => el.matches(":dir(rtl)"))).toBe(true);

  await form.getByRole("button", { name: "Save claim" }).click();
  const listed = page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /فقد التنظيم الموصل/ });
  await expect(listed).toBeVisible();
  expect(await listed.getByText("فقد التنظيم الموصل عام 2017").evaluate((el) => el.matches(":dir(rtl)"))).toBe(true);

  // In the articles table the Arabic title is isolated, so it cannot reorder the text around it.
  await page.goto(`/w/${workspace.slug}/articles`);
  const title = page.getByRole("link", { name: ARABIC_TITLE });
  expect(await title.evaluate((el) => getComputedStyle(el.querySelector("bdi") ?? el).unicodeBidi)).toBe("isolate");
});

test("at 360 px the workspace page and the reader fit without scrolling sideways", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, workspace.users.REVIEWER.email);
  const scrollWidth = () => page.evaluate(() => document.scrollingElement!.scrollWidth);

  await page.goto(`/w/${workspace.slug}`);
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeVisible();
  expect(await scrollWidth()).toBeLessThanOrEqual(360);
  const signOut = await page.getByRole("button", { name: "Sign out" }).boundingBox();
  expect(signOut!.x + signOut!.width).toBeLessThanOrEqual(360);

  await openArticle(page, /How the Islamic State ends/);
  expect(await scrollWidth()).toBeLessThanOrEqual(360);
  await page.screenshot({ path: testInfo.outputPath("reader-360.png") });

  // Marking still fits: the toolbar and the form stay inside the screen.
  await selectText(page, "around 12 million people", 0, markButton(page));
  expect(await scrollWidth()).toBeLessThanOrEqual(360);
  await page.keyboard.press("c");
  await expect(page.getByRole("form", { name: "New claim" })).toBeVisible();
  expect(await scrollWidth()).toBeLessThanOrEqual(360);

  await page.goto(arabicUrl);
  await expect(page.getByTestId("article-body")).toBeVisible();
  expect(await scrollWidth()).toBeLessThanOrEqual(360);
});
