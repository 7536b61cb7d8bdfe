// Marking without a mouse: the skip link, a caret moved through the text with the arrow keys, a
// selection made with Shift, `c`; every claim a Tab stop, nested ones included; Enter opens a claim
// with focus in its panel, Esc closes it and gives focus back.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signIn, type TestWorkspace } from "./fixtures/workspace";

const ARTICLE = /ISIS: No Longer Everlasting/;
const CLAIMS = [
  { quote: "sending 600 fighters of the Albattar brigade to attack Kirkuk", statement: "ISIS sent 600 Albattar brigade fighters to attack Kirkuk" },
  // Starts where the claim above starts: it had no Tab stop of its own.
  { quote: "sending 600 fighters", statement: "ISIS sent 600 fighters" },
  { quote: "600 fighters of the Albattar brigade", statement: "The Albattar brigade had 600 fighters" },
];

let workspace: TestWorkspace;
test.beforeAll(async () => {
  workspace = await createTestWorkspace();
  for (const claim of CLAIMS) await createTestClaim(workspace, { article: ARTICLE, ...claim });
});

async function openReader(page: Page) {
  await signIn(page, workspace.users.REVIEWER.email);
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: ARTICLE }).click();
  await expect(page.getByTestId("article-body")).toBeVisible();
  // Keys pressed before the page has hydrated would go nowhere, as they would for a person on a slow connection.
  await page.waitForFunction(() => Object.keys(document.querySelector("[data-testid=article-body]") ?? {}).some((key) => key.startsWith("__react")));
}

const text = (page: Page) => page.getByRole("region", { name: "Article body" });
const form = (page: Page) => page.getByRole("form", { name: "New claim" });
const focusedParagraph = (page: Page) => page.evaluate(() => window.getSelection()?.focusNode?.parentElement?.closest("p")?.textContent ?? "");

test("after opening an article from the list by keyboard, the skip link is the next Tab stop", async ({ page }) => {
  await signIn(page, workspace.users.REVIEWER.email);
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: ARTICLE }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("article-body")).toBeVisible();
  await page.waitForFunction(() => Object.keys(document.querySelector("[data-testid=article-body]") ?? {}).some((key) => key.startsWith("__react")));
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to article text" })).toBeFocused();
});

test("the skip link is the first Tab stop; a claim is marked from the keyboard alone, and Esc goes back to the text", async ({ page }) => {
  await openReader(page);
  // Opened from its address (a bookmark, a link from elsewhere): the page starts at the top.
  await page.goto(page.url());
  await page.waitForFunction(() => Object.keys(document.querySelector("[data-testid=article-body]") ?? {}).some((key) => key.startsWith("__react")));
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to article text" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(text(page)).toBeFocused();
  await expect(page.getByTestId("caret")).toBeVisible();

  // Down line by line to the paragraph that begins "Perhaps", to its start, then four words with Ctrl+Shift+→.
  for (let i = 0; i < 12 && !(await focusedParagraph(page)).startsWith("Perhaps"); i += 1) await page.keyboard.press("ArrowDown");
  expect(await focusedParagraph(page)).toMatch(/^Perhaps, the best explanation/);
  await page.keyboard.press("Home");
  for (let i = 0; i < 4; i += 1) await page.keyboard.press("Control+Shift+ArrowRight");
  const selected = (await page.evaluate(() => String(window.getSelection()))).trim();
  expect(selected).toMatch(/^Perhaps, the best/);
  await expect(page.getByRole("toolbar", { name: "Selection" })).toBeVisible();
  // One more word, then one character back: Shift+arrows extend and shrink, the quote snaps to whole words.
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("c");

  const quote = form(page).getByTestId("claim-quote");
  await expect(quote).toHaveText(/^Perhaps, the best explanation/);
  const marked = (await quote.textContent())!;
  expect(marked.startsWith(selected)).toBe(true);
  expect(marked.length).toBeGreaterThan(selected.length);
  await expect(form(page).getByLabel("Statement")).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(form(page)).toHaveCount(0);
  await expect(text(page)).toBeFocused();
  // The selection is back, to adjust or mark again.
  await expect(page.getByRole("toolbar", { name: "Selection" })).toBeVisible();
  await page.keyboard.press("c");
  await expect(form(page).getByTestId("claim-quote")).toHaveText(marked);
  await form(page).getByLabel("Statement").fill("ISIS weakened because of the way it ruled");
  await form(page).getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("heading", { name: "ISIS weakened because of the way it ruled" })).toBeVisible();
  await expect(text(page).locator("mark", { hasText: "Perhaps" })).toBeVisible();
});

test("every claim, nested ones included, is a Tab stop; Enter opens it with focus in the panel, Esc closes it and returns focus", async ({ page }) => {
  await openReader(page);
  await text(page).focus();
  const reached: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => (document.activeElement?.closest("[data-testid=article-body]") ? document.activeElement.getAttribute("aria-label") : null));
    if (label === null) break;
    reached.push(label);
  }
  for (const { statement } of CLAIMS) expect(reached).toContain(`Claim: ${statement}`);

  for (const { statement } of CLAIMS) {
    const stop = text(page).getByLabel(`Claim: ${statement}`, { exact: true });
    await stop.focus();
    await page.keyboard.press("Enter");
    const heading = page.getByRole("complementary", { name: "Claims" }).getByRole("heading", { name: statement });
    await expect(heading).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(heading).toHaveCount(0);
    await expect(stop).toBeFocused();
  }
});
