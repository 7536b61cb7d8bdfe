import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { PAGE_SERVER_PORTS, startPageServer, type PageServer } from "./fixtures/page-server";
import { createTestWorkspace, signIn, type TestWorkspace } from "./fixtures/workspace";
import { importWebPage, type WebPage } from "@/lib/workflows/web-import/import-web-page";

// A news site edits a story without saying so. An editor checks the article for changes, reads the
// word diff, applies it, and sees which claims were found again and which lost their place.
const TITLE = "Relief convoys reach the old city";
const STAYS = "about 12,000 families had returned to the old city";
const GOES = "The mayor said the water network would be repaired by June";
const story = (paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title><script>track()</script></head><body><nav><a href="/">Home</a></nav>
<article><h1>${TITLE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article><footer>The Local Gazette</footer></body></html>`;
const ORIGINAL = [
  `Aid agencies said ${STAYS} by the end of the summer, after the fighting moved north.`,
  `${GOES}, though engineers on the ground doubted it.`,
  "Schools in three districts are to reopen in the autumn, the education office said.",
];
const EDITED = [
  "Update: this story was revised on Tuesday to reflect new figures from the agencies.",
  ORIGINAL[0]!,
  ORIGINAL[2]!.replace("three districts", "four districts"),
];

// One page server on this spec's port: the two tests run one after the other, in one worker.
test.describe.configure({ mode: "serial" });

let workspace: TestWorkspace;
let site: PageServer;
let articleUrl: string;
test.beforeAll(async () => {
  workspace = await createTestWorkspace({ withCorpus: false });
  site = await startPageServer(PAGE_SERVER_PORTS.recheck, { "/news/relief": { body: story(ORIGINAL) } });
  // Imported from the page through the web import's pipeline (the import page's own flow is another
  // spec's). The page is read here with a plain fetch: the app's fetcher does the checks below.
  const url = `${site.origin}/news/relief`;
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const fetched: WebPage = {
    method: "FETCH", requestedUrl: url, finalUrl: url, httpStatus: 200, contentType: "text/html; charset=utf-8", charset: "utf-8",
    bytes, text: new TextDecoder().decode(bytes), capturedAt: new Date(),
  };
  const outcome = await importWebPage({ actor: workspace.users.EDITOR, slug: workspace.slug, page: fetched });
  if (outcome.status !== "imported") throw new Error(`Not imported: ${outcome.reason}`);
  articleUrl = `/w/${workspace.slug}/articles/${outcome.articleId}`;
  await createTestClaim(workspace, { article: /Relief convoys/, quote: STAYS, statement: "12,000 families had returned" });
  await createTestClaim(workspace, { article: /Relief convoys/, quote: GOES, statement: "Water network repaired by June" });
});
test.afterAll(() => site?.close());

test("an editor checks an article for changes, reads the diff, applies it and sees the claims re-anchored", async ({ page }) => {
  await signIn(page, workspace.users.EDITOR.email);
  await page.goto(articleUrl);
  const source = page.getByRole("region", { name: "Source", exact: true });

  // The page has not changed yet.
  await source.getByRole("button", { name: "Check for changes" }).click();
  await expect(source.getByRole("status")).toContainText("No change since");

  site.set("/news/relief", { body: story(EDITED) });
  await source.getByRole("button", { name: "Check for changes" }).click();
  await expect(source.getByRole("heading", { name: "The page has changed since the article's text was captured" })).toBeVisible();
  const diff = source.getByTestId("source-diff");
  await expect(diff.locator("ins").filter({ hasText: "Update: this story was revised" })).toBeVisible();
  await expect(diff.locator("del").filter({ hasText: "water network" })).toBeVisible();
  await expect(diff.locator("del").filter({ hasText: "three" })).toBeVisible();
  await expect(diff.locator("ins").filter({ hasText: "four" })).toBeVisible();
  await source.screenshot({ path: test.info().outputPath("source-diff.png") });
  // Nothing is applied yet: the article still reads as it was.
  await expect(page.getByTestId("article-body")).toContainText(GOES);

  // The dashboard lists it, and links back to the diff.
  await page.goto(`/w/${workspace.slug}`);
  const changed = page.getByRole("region", { name: "Sources changed" });
  await changed.getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl}#source-changes$`));

  await source.getByRole("button", { name: "Apply these changes" }).click();
  await expect(source.getByRole("status")).toHaveText("Applied. 0 claims stayed in place, 1 moved, 1 lost their place.");
  await expect(source.getByText(`“${GOES}”`)).toBeVisible();
  await expect(page.getByTestId("article-body")).toContainText("Update: this story was revised");
  await expect(page.getByTestId("article-body")).not.toContainText(GOES);
  await expect(page.getByRole("region", { name: /Claims that lost their place \(1\)/ })).toContainText(GOES);
  await expect(source.getByTestId("source-diff")).toHaveCount(0);
  await source.screenshot({ path: test.info().outputPath("source-applied.png") });

  // Nothing waits any more: the dashboard no longer lists it.
  await page.goto(`/w/${workspace.slug}`);
  await expect(page.getByRole("region", { name: "Sources changed" })).toHaveCount(0);
});

test("a viewer sees no Check for changes", async ({ page }) => {
  await signIn(page, workspace.users.VIEWER.email);
  await page.goto(articleUrl);
  await expect(page.getByRole("region", { name: "Source", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Check for changes" })).toHaveCount(0);
});
