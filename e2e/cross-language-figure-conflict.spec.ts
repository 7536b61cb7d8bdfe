import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signIn } from "./fixtures/workspace";

// Issue 13: "12 million people" in an English article and "١٠ ملايين شخص" in an Arabic one are figures of one
// quantity, so a reviewer marking the Arabic figure finds it in the queue beside the English claim.
const ENGLISH = "At its 2014 peak IS ruled about 12 million people";
const ARABIC_TITLE = "تقرير: كم شخصا حكم التنظيم؟";
const ARABIC_FIGURE = "١٠ ملايين شخص";
const ARABIC_TEXT = [
  ARABIC_TITLE,
  `قالت مصادر محلية إن ${ARABIC_FIGURE} كانوا يعيشون تحت حكم التنظيم في ذروته عام 2014.`,
  "وأضافت المصادر أن التنظيم خسر معظم أراضيه بحلول عام 2017.",
].join("\n");
const ARABIC_STATEMENT = "كان ١٠ ملايين شخص يعيشون تحت حكم التنظيم في ذروته عام 2014";

test("an Arabic figure marked from its suggestion is queued beside the English claim it conflicts with", async ({ page }) => {
  const workspace = await createTestWorkspace();
  await createTestClaim(workspace, { article: /How the Islamic State ends/, quote: "around 12 million people", statement: ENGLISH, figure: { value: 12_000_000, qualifier: "about", counted: "people" } });
  await signIn(page, workspace.users.EDITOR.email);

  // Imported as a person would: pasted, with its language.
  await page.goto(`/w/${workspace.slug}/articles/import`);
  await page.getByLabel("Article text").fill(ARABIC_TEXT);
  await page.getByLabel("Publisher").fill("موقع محلي");
  await page.getByLabel("Language").fill("ar");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARABIC_TITLE);

  // The figure is underlined as a suggestion on exactly its characters, in text that runs right to left.
  const suggestion = page.getByTestId("article-body").getByRole("button", { name: `Suggested figure: ${ARABIC_FIGURE}. Mark it as a claim.` });
  await expect(suggestion).toHaveText(ARABIC_FIGURE);
  expect(await suggestion.evaluate((el) => el.matches(":dir(rtl)"))).toBe(true);
  expect(await suggestion.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");

  await suggestion.click();
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form.getByTestId("claim-quote")).toContainText(ARABIC_FIGURE);
  // A quote's bar sits where its text starts: on the right of Arabic.
  const sides = (el: Element) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth];
  expect(await form.getByTestId("claim-quote").evaluate(sides)).toEqual(["4px", "0px"]);
  await expect(form.getByLabel("Value")).toHaveValue("10000000");
  await expect(form.getByLabel("Unit")).toHaveValue("count");
  await expect(form.getByLabel("What is counted")).toHaveValue("شخص");
  await form.getByLabel("Statement").fill(ARABIC_STATEMENT);
  await form.getByRole("button", { name: "Save claim" }).click();
  const listed = page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /كان ١٠ ملايين شخص/ });
  await expect(listed).toContainText("10,000,000");

  await page.goto(`/w/${workspace.slug}/review?kind=figure-conflict`);
  const queue = page.getByRole("table", { name: "Open disagreements" });
  await expect(queue.getByRole("row")).toHaveCount(3); // header + both claims of the conflict
  const rowOf = (statement: string) => queue.getByRole("row").filter({ has: page.getByRole("link", { name: statement }) });
  await expect(rowOf(ARABIC_STATEMENT).getByRole("cell").nth(1)).toHaveText("Figure conflict");
  await expect(rowOf(ARABIC_STATEMENT)).toContainText(`Figure differs from: ${ENGLISH}`);
  await expect(rowOf(ENGLISH)).toContainText(`Figure differs from: ${ARABIC_STATEMENT}`);
  // Each statement keeps its own direction inside the row.
  const arabicLink = rowOf(ARABIC_STATEMENT).getByRole("link", { name: ARABIC_STATEMENT });
  expect(await arabicLink.evaluate((el) => el.matches(":dir(rtl)"))).toBe(true);
  const partnerInEnglishRow = rowOf(ENGLISH).getByText(ARABIC_STATEMENT, { exact: true });
  expect(await partnerInEnglishRow.evaluate((el) => el.matches(":dir(rtl)"))).toBe(true);
  await page.screenshot({ path: "/tmp/xconf-queue.png", fullPage: true });

  // The claim's page shows the two figures side by side.
  await arabicLink.click();
  const figures = page.getByRole("region", { name: /Figures in conflict/ });
  await expect(figures.getByRole("article", { name: "This claim" }).getByTestId("normalised-value")).toHaveText("10,000,000 شخص");
  await expect(figures.getByRole("article", { name: "Conflicting claim" }).getByTestId("normalised-value")).toHaveText("12,000,000 people");
  expect(await figures.getByRole("article", { name: "This claim" }).getByRole("blockquote").evaluate(sides)).toEqual(["4px", "0px"]);
  // The Arabic statement and its quote both run, and align, right to left.
  const statementLine = figures.getByRole("article", { name: "This claim" }).getByRole("link", { name: ARABIC_STATEMENT });
  expect(await statementLine.evaluate((el) => getComputedStyle(el.parentElement!).direction)).toBe("rtl");
  expect(await figures.getByRole("article", { name: "Conflicting claim" }).getByRole("blockquote").evaluate(sides)).toEqual(["0px", "4px"]);
  await page.screenshot({ path: "/tmp/xconf-claim.png", fullPage: true });
});
