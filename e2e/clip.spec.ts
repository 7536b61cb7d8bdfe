import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { bookmarkletScript, clipBookmarklet, CLIP_MESSAGES } from "@/lib/domain/bookmarklet";
import { expect, test } from "./fixtures/test";
import { PAGE_SERVER_PORTS, startPageServer, type PageServer } from "./fixtures/page-server";
import { createTestWorkspace, signIn, TEST_PASSWORD } from "./fixtures/workspace";

// The "Clip to Claimbench" bookmarklet on a news page served from a second origin. The page builds part
// of its text with a script at load (the served HTML holds that sentence backwards), so an article that
// holds it forwards shows that what was clipped is the page as the browser rendered it.

// The specs share the clip port: they run one after the other.
test.describe.configure({ mode: "serial" });

const SENTENCE = "Officials counted 12,000 families back in the old city by the spring.";
const reversed = (text: string) => [...text].reverse().join("");

const newsPage = (title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><nav aria-label="Sections"><a href="/">Home</a> · <a href="/world">World</a></nav></header>
<main><article><h1>${title}</h1>
<p>About 40 percent of the residents fled during the siege, the council said in a statement on Monday.</p>
<div id="built"></div>
<p>Aid groups said the figure was lower, and that many families had found their homes damaged.</p>
</article></main>
<script>document.getElementById("built").innerHTML = "<p>" + ${JSON.stringify(reversed(SENTENCE))}.split("").reverse().join("") + " The council said schools would reopen in May.</p>";</script>
</body></html>`;

const OTHER_WINDOW = `<!doctype html><html lang="en"><head><title>Another window</title></head><body><main><h1>Another window</h1></main></body></html>`;

let server: PageServer;
const tag = randomBytes(3).toString("hex");
const TITLE = `Families return to the old city ${tag}`;
test.beforeAll(async () => {
  server = await startPageServer(PAGE_SERVER_PORTS.clip, { "/news/returns": { body: newsPage(TITLE) }, "/other": { body: OTHER_WINDOW } });
});
test.afterAll(() => server.close());

/** Selects `text` on the news page, as a reader's drag would. */
async function selectOnPage(news: Page, text: string) {
  await news.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not on the page`);
  }, text);
}

test("the bookmarklet clips the rendered page: the article appears with the script-built text and the claim form on the selection", async ({ page }, testInfo) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  await signIn(page, workspace.users.EDITOR.email);
  const app = new URL(page.url()).origin;

  await page.goto(`/w/${workspace.slug}/articles/import`);
  const section = page.getByRole("region", { name: "Clip from your browser" });
  await expect(section).toContainText("Drag this button to your bookmarks bar; on any news page, click it to bring the page into Claimbench.");
  const link = section.getByTestId("clip-bookmarklet");
  await expect(link).toHaveAttribute("href", /^javascript:/);
  const href = (await link.getAttribute("href"))!;
  // The link carries the bookmarklet for this app: the one the app's own origin gives.
  expect(href).toBe(clipBookmarklet(app));
  // Clicking it on the app's page does not run it; it says to drag it.
  await link.click();
  await expect(section.getByRole("status")).toContainText("Drag the button to your bookmarks bar");
  await section.screenshot({ path: testInfo.outputPath("bookmarklet-section.png") });

  const news = await page.context().newPage();
  await news.goto(`${server.origin}/news/returns`);
  await expect(news.getByText(SENTENCE)).toBeVisible();
  expect(await (await fetch(`${server.origin}/news/returns`)).text()).not.toContain(SENTENCE);
  await selectOnPage(news, SENTENCE);

  const popupOpened = news.waitForEvent("popup");
  await news.evaluate(bookmarkletScript(href));
  const clip = await popupOpened;
  await expect(clip).toHaveURL(`${app}/clip`);
  await expect(clip.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(clip.getByText(`${server.origin}/news/returns`)).toBeVisible();
  await expect(clip.getByTestId("clip-selection")).toHaveText(SENTENCE);
  await expect(clip.getByLabel("Workspace")).toHaveValue(workspace.slug);
  await clip.screenshot({ path: testInfo.outputPath("clip-window.png") });
  await clip.getByRole("button", { name: "Import" }).click();

  await expect(clip).toHaveURL(new RegExp(`/w/${workspace.slug}/articles/[0-9a-f-]{36}\\?start=\\d+&end=\\d+$`));
  await expect(clip.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(clip.getByTestId("article-body")).toContainText(SENTENCE);
  await expect(clip.getByTestId("article-body")).not.toContainText("Home · World");
  const form = clip.getByRole("form", { name: "New claim" });
  await expect(form).toBeVisible();
  await expect(form.getByTestId("claim-quote")).toHaveText(SENTENCE);
  await expect(form.getByLabel("Statement")).toBeFocused();
  await clip.screenshot({ path: testInfo.outputPath("clipped-article.png") });

  // Clipped again: the same window (by its name) comes back to /clip, says the workspace holds the page
  // already, and links to it, on the selection.
  await news.bringToFront();
  await selectOnPage(news, SENTENCE);
  await news.evaluate(bookmarkletScript(href));
  await expect(clip).toHaveURL(`${app}/clip`);
  await expect(clip.getByRole("heading", { name: TITLE })).toBeVisible();
  await clip.getByRole("button", { name: "Import" }).click();
  await expect(clip.getByRole("status").filter({ hasText: "already in this workspace" })).toBeVisible();
  await clip.getByRole("link", { name: "Open the article already in the workspace" }).click();
  await expect(clip.getByRole("form", { name: "New claim" }).getByTestId("claim-quote")).toHaveText(SENTENCE);
});

test("the clip window ignores a page handed over by any window but its opener, and a page posing as another site", async ({ page }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  await signIn(page, workspace.users.EDITOR.email);
  const app = new URL(page.url()).origin;
  const news = await page.context().newPage();
  await news.goto(`${server.origin}/news/returns`);
  // The news page opens the clip window itself (as the bookmarklet would) and notes its "ready".
  const popupOpened = news.waitForEvent("popup");
  await news.evaluate(({ app, ready }) => {
    const w = window as unknown as { clip: Window | null; ready: Promise<void> };
    w.ready = new Promise((resolve) => window.addEventListener("message", (event) => event.data?.type === ready && resolve()));
    w.clip = window.open(`${app}/clip`, "claimbench-clip", "popup,width=560,height=720");
  }, { app, ready: CLIP_MESSAGES.ready });
  const clip = await popupOpened;
  // "ready" means the window listens.
  await news.evaluate(() => (window as unknown as { ready: Promise<void> }).ready);

  // A third window, of the news site too, reaches the clip window through the page and posts a forged clip.
  const otherOpened = news.waitForEvent("popup");
  await news.evaluate(() => void window.open("/other", "other"));
  const other = await otherOpened;
  await other.waitForLoadState();
  // Registered after the window's own listener (it was there before "ready"), so it hears each message after it.
  await clip.evaluate(() => {
    (window as unknown as { heard: Promise<string> }).heard = new Promise((resolve) => window.addEventListener("message", (event) => resolve(String(event.data?.title)), { once: true }));
  });
  await other.evaluate(({ app, type }) => {
    const clipWindow = (window.opener as { clip: Window }).clip;
    clipWindow.postMessage({ type, html: "<html><body><p>Forged words that nobody wrote on the page at all.</p></body></html>", url: `${location.origin}/forged`, title: "Forged clip", selection: "" }, app);
  }, { app, type: CLIP_MESSAGES.page });
  // The window received it (after its own listener ran) and shows nothing of it.
  expect(await clip.evaluate(() => (window as unknown as { heard: Promise<string> }).heard)).toBe("Forged clip");
  await expect(clip.getByRole("status")).toHaveText("Waiting for the page to hand itself over…");
  await expect(clip.getByText("Forged clip")).toHaveCount(0);
  await expect(clip.getByRole("button", { name: "Import" })).toHaveCount(0);

  // The opener itself may not pose as another site either: refused, and said so.
  const post = (change: Record<string, string>) =>
    news.evaluate(({ app, type, change }) => {
      const page = { type, html: document.documentElement.outerHTML, url: location.href, title: document.title, selection: "", ...change };
      (window as unknown as { clip: Window }).clip.postMessage(page, app);
    }, { app, type: CLIP_MESSAGES.page, change });
  await post({ url: "https://bank.example/statement", title: "Your statement" });
  await expect(clip.getByRole("alert").filter({ hasText: "A page can only clip itself." })).toBeVisible();
  await expect(clip.getByRole("button", { name: "Import" })).toHaveCount(0);

  // Its own page, from itself, is taken: the window was listening all along.
  await post({});
  await expect(clip.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(clip.getByRole("button", { name: "Import" })).toBeVisible();
  await page.goto(`/w/${workspace.slug}/articles`);
  await expect(page.getByText("Forged clip")).toHaveCount(0);

  // No site may frame the clip window (to lay it under its own page and have Import clicked unseen).
  const answer = await page.request.get(`${app}/clip`);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(answer.headers()["x-frame-options"]).toBe("DENY");
  // Opened by hand, it has no page to take, and says where the bookmarklet is.
  await page.goto("/clip");
  await expect(page.getByText("and none opened it")).toBeVisible();
  await expect(page.getByRole("link", { name: "your account page" })).toHaveAttribute("href", "/account#clip-heading");
});

test("signed out, the clip window signs in where it is and then takes the page", async ({ browser }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  const context = await browser.newContext();
  const news = await context.newPage();
  await news.goto(`${server.origin}/news/returns`);
  const app = new URL(test.info().project.use.baseURL!).origin;
  const popupOpened = news.waitForEvent("popup");
  await news.evaluate(bookmarkletScript(clipBookmarklet(app)));
  const clip = await popupOpened;
  await expect(clip.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await clip.getByLabel("Email").fill(workspace.users.EDITOR.email);
  await clip.getByLabel("Password").fill(TEST_PASSWORD);
  await clip.getByRole("button", { name: "Sign in" }).click();
  // The window kept its opener through the sign-in: the page hears "ready" again and hands itself over.
  await expect(clip).toHaveURL(`${app}/clip`);
  await expect(clip.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(clip.getByRole("button", { name: "Import" })).toBeVisible();
  await context.close();
});
