// Marking starts with a selection, and a selection may start anywhere: on plain text, on a suggested
// figure, on the first word of a claim, inside a claim nested in another, in either direction, with a
// real mouse (Chromium starts no selection on a focusable element, and every highlight is one).
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { drag, selectText, textPoint } from "./fixtures/select-text";
import { createTestWorkspace, signIn, type TestWorkspace } from "./fixtures/workspace";

const ARTICLE = /ISIS: No Longer Everlasting/;
const OUTER = "sending 600 fighters of the Albattar brigade to attack Kirkuk";
const INNER = "600 fighters of the Albattar brigade";

let workspace: TestWorkspace;
test.beforeAll(async () => {
  workspace = await createTestWorkspace();
  await createTestClaim(workspace, { article: ARTICLE, quote: OUTER, statement: "ISIS sent 600 Albattar brigade fighters to attack Kirkuk" });
  await createTestClaim(workspace, { article: ARTICLE, quote: INNER, statement: "The Albattar brigade had 600 fighters" });
});

async function openReader(page: Page) {
  await signIn(page, workspace.users.REVIEWER.email);
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: ARTICLE }).click();
  await expect(page.getByTestId("article-body")).toBeVisible();
  // Wait until the page has hydrated (it notices a selection), as a person waits for a page to be ready.
  await selectText(page, "Kobani", 0, page.getByRole("toolbar", { name: "Selection" }));
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await expect(page.getByRole("toolbar", { name: "Selection" })).toHaveCount(0);
}

const toolbar = (page: Page) => page.getByRole("toolbar", { name: "Selection" });
const form = (page: Page) => page.getByRole("form", { name: "New claim" });

/** Drags from `from` to `to` (texts in the article, by their first and last characters) and marks what was selected. */
async function dragAndMark(page: Page, from: { text: string; at: "start" | "end" }, to: { text: string; at: "start" | "end" }, expectedStartOn?: string) {
  const start = await textPoint(page, from.text, from.at);
  if (expectedStartOn) expect(start.on, `the drag starts on a ${expectedStartOn}`).toBe(expectedStartOn);
  const end = await textPoint(page, to.text, to.at, { scroll: false });
  await drag(page, start, end, {
    // Nothing moves under the pointer while the button is held: no toolbar, no tooltip yet.
    beforeRelease: async () => {
      await expect(toolbar(page)).toHaveCount(0);
      await expect(page.getByRole("tooltip")).toHaveCount(0);
    },
  });
  await expect(toolbar(page).getByRole("button", { name: /Mark claim/ })).toBeVisible();
  await page.keyboard.press("c");
  return form(page).getByTestId("claim-quote");
}

async function cancel(page: Page) {
  await page.keyboard.press("Escape");
  await expect(form(page)).toHaveCount(0);
}

test("a drag that starts on a suggested figure selects the words and offers Mark claim, left to right and right to left", async ({ page }) => {
  await openReader(page);
  const quote = "a hundred air strikes a day";
  await expect(await dragAndMark(page, { text: "a hundred air strikes", at: "start" }, { text: "a day", at: "end" }, "suggestion")).toHaveText(quote);
  await cancel(page);
  await expect(await dragAndMark(page, { text: "a day", at: "end" }, { text: "a hundred air strikes", at: "start" })).toHaveText(quote);
  await cancel(page);

  // A click without a drag still opens the suggestion as a pre-filled claim.
  await page.getByRole("button", { name: /Suggested figure: a hundred air strikes/ }).click();
  await expect(form(page).getByTestId("claim-quote")).toHaveText("a hundred air strikes");
});

test("a drag from the first word of a claim, or inside a claim nested in it, selects in both directions; cut words grow to whole ones", async ({ page }) => {
  await openReader(page);
  const longer = `${OUTER}. Of course`;
  await expect(await dragAndMark(page, { text: OUTER, at: "start" }, { text: "Of course", at: "end" }, "claim")).toHaveText(longer);
  await cancel(page);
  await expect(await dragAndMark(page, { text: "Of course", at: "end" }, { text: OUTER, at: "start" })).toHaveText(longer);
  await cancel(page);

  // Inside the inner claim (covered by both), out to the outer one's last word and back.
  await expect(await dragAndMark(page, { text: "fighters of the Albattar", at: "start" }, { text: "Kirku", at: "end" }, "claim")).toHaveText("fighters of the Albattar brigade to attack Kirkuk");
  await cancel(page);
  await expect(await dragAndMark(page, { text: "attack Kirkuk", at: "end" }, { text: "fighters of the Albattar", at: "start" }, "claim")).toHaveText("fighters of the Albattar brigade to attack Kirkuk");
  await cancel(page);

  // A drag that starts and ends mid-word takes the whole words.
  await expect(await dragAndMark(page, { text: "nding 600", at: "start" }, { text: "Albat", at: "end" }, "claim")).toHaveText("sending 600 fighters of the Albattar");
  await cancel(page);

  // A click without a drag still opens the claim under it (the innermost).
  await page.getByTestId("article-body").locator("mark", { hasText: "Albattar" }).first().click();
  await expect(page.getByRole("heading", { name: "The Albattar brigade had 600 fighters" })).toBeVisible();
});

test("a double click takes a word and a triple click its paragraph, inside claims too; a selection shorter than a word is refused", async ({ page }) => {
  await openReader(page);
  const word = await textPoint(page, "Albattar", "start");
  await page.mouse.dblclick(word.x + 8, word.y);
  await expect(toolbar(page)).toBeVisible();
  await page.keyboard.press("c");
  await expect(form(page).getByTestId("claim-quote")).toHaveText("Albattar");
  await cancel(page);

  const paragraph = (await page.getByTestId("article-body").locator("p", { hasText: "Albattar" }).textContent())!.trim();
  await page.mouse.click(word.x + 8, word.y, { clickCount: 3 });
  await expect(toolbar(page)).toBeVisible();
  await page.keyboard.press("c");
  await expect(form(page).getByTestId("claim-quote")).toHaveText(paragraph);
  await cancel(page);

  await selectText(page, "? ", 0);
  await expect(page.getByRole("status").filter({ hasText: "Select at least one whole word to mark it as a claim." })).toBeVisible();
  await expect(toolbar(page)).toHaveCount(0);
  await page.keyboard.press("c");
  await expect(form(page)).toHaveCount(0);
});
