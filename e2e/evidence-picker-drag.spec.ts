// The evidence picker captures exactly what was selected. On a short article scrolled to the bottom,
// the passage box used to replace a two-line hint when a drag began: the page got shorter, the text
// moved under the pointer and the drag ended early ("The esti" was saved as evidence).
import type { Page } from "@playwright/test";
import { DEMO_LETTER } from "@/seeds/demo-content";
import { expect, test } from "./fixtures/test";
import { createTestArticle } from "./fixtures/articles";
import { createTestClaim } from "./fixtures/claims";
import { drag, textPoint } from "./fixtures/select-text";
import { createTestWorkspace, signIn, type TestWorkspace } from "./fixtures/workspace";

const PARAGRAPH = DEMO_LETTER.body.split("\n").at(-1)!;

let workspace: TestWorkspace;
test.beforeAll(async () => {
  workspace = await createTestWorkspace();
  await createTestArticle(workspace, { title: DEMO_LETTER.title, text: DEMO_LETTER.body, publisher: DEMO_LETTER.publisher });
});

/** A claim of its own for each test, its Add evidence page, the letter picked from the list. */
async function openPicker(page: Page, height: number) {
  await page.setViewportSize({ width: 1280, height });
  const claim = await createTestClaim(workspace, { article: /How the Islamic State ends/, quote: "around 12 million people", statement: `IS ruled about 12 million people (${height})` });
  await signIn(page, workspace.users.REVIEWER.email);
  await page.goto(claim.url);
  await page.getByRole("link", { name: "Add evidence" }).click();
  await page.getByRole("link", { name: /Letter to the desk/ }).click();
  await expect(page.getByTestId("article-body")).toContainText(PARAGRAPH);
  await page.waitForFunction(() => Object.keys(document.querySelector("[data-testid=article-body]") ?? {}).some((key) => key.startsWith("__react")));
  return claim;
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const scrollToBottom = (page: Page) => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
const selectedText = async (page: Page) => (await page.evaluate(() => String(window.getSelection()))).trim();

for (const height of [700, 860, 1300]) {
  test(`in a window ${height} px high scrolled to the bottom, the paragraph dragged across is the passage shown and saved`, async ({ page }) => {
    const claim = await openPicker(page, height);
    await scrollToBottom(page);
    const before = await pageHeight(page);
    const start = await textPoint(page, PARAGRAPH, "start", { scroll: false });
    const end = await textPoint(page, PARAGRAPH, "end", { scroll: false });
    await drag(page, start, end);

    expect(await selectedText(page)).toBe(PARAGRAPH);
    await expect(page.getByTestId("selected-passage")).toHaveText(PARAGRAPH);
    expect(await pageHeight(page), "the page keeps its length when the passage appears").toBe(before);

    await page.getByRole("radio", { name: /Contradicts/ }).check();
    await page.getByRole("button", { name: "Link evidence" }).click();
    await expect(page).toHaveURL(new RegExp(`${claim.url}$`));
    await expect(page.getByRole("region", { name: /Contradicting evidence/ }).getByRole("blockquote")).toHaveText(PARAGRAPH);
  });
}

test("a triple-clicked last paragraph is the passage, and the keyboard selects one too", async ({ page }) => {
  await openPicker(page, 860);
  await scrollToBottom(page);
  const point = await textPoint(page, "most often", "start", { scroll: false });
  await page.mouse.click(point.x, point.y, { clickCount: 3 });
  await expect(page.getByTestId("selected-passage")).toHaveText(PARAGRAPH);

  // The hint says the keyboard can do it: a caret at "The estimate", then Shift with Ctrl+→ word by word.
  await expect(page.getByText(/Tab into the text, move with the arrow keys and hold Shift to select/)).toBeVisible();
  const start = await textPoint(page, PARAGRAPH, "start", { scroll: false });
  await page.mouse.click(start.x - 1, start.y);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press("Control+Shift+ArrowRight");
  await expect(page.getByTestId("selected-passage")).toHaveText(/^The estimate I/);
  await expect(page.getByTestId("selected-passage")).toHaveText(await selectedText(page));
});
