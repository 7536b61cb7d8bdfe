import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { selectText } from "./fixtures/select-text";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

// Issue 18: what one person does shows for the others without a reload, through the events stream.

const ARTICLE = /How the Islamic State ends/;

/** Opens a page and waits until its events stream is open, so that what others do next reaches it. */
async function openLive(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId("live-connection")).toHaveAttribute("data-state", "open");
}

const markButton = (page: Page) => page.getByRole("toolbar", { name: "Selection" }).getByRole("button", { name: /Mark claim/ });
const highlight = (page: Page, text: string) => page.getByTestId("article-body").locator("mark", { hasText: text });
const verdicts = (page: Page) => page.getByRole("region", { name: "Verdicts" });

async function recordVerdict(page: Page, rating: string, rationale: string) {
  await verdicts(page).getByLabel("Rating").selectOption({ label: rating });
  await verdicts(page).getByLabel("Rationale").fill(rationale);
  await verdicts(page).getByRole("button", { name: /^Record (new )?verdict$/ }).click();
  await expect(verdicts(page).getByRole("status")).toHaveText("Verdict recorded.");
}

test("a claim marked by one reviewer appears for the other, whose selection, scroll and half-filled claim form stay", async ({ browser }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  const [rania, sam] = [workspace.users.REVIEWER, workspace.reviewers[0]!];
  const a = await signedInPage(browser, rania.email);
  const b = await signedInPage(browser, sam.email);
  await a.goto(`/w/${workspace.slug}/articles`);
  const articleUrl = (await a.getByRole("link", { name: ARTICLE }).getAttribute("href"))!;
  await openLive(a, articleUrl);
  await openLive(b, articleUrl);

  // Sam has a passage selected further down the article when Rania marks a claim.
  await selectText(b, "Nearly 3,000 Yazidi women and children", 0, markButton(b));
  await expect(markButton(b)).toBeVisible();
  const scrolled = await b.evaluate(() => window.scrollY);

  await selectText(a, "around 12 million people", 0, markButton(a));
  await a.keyboard.press("c");
  const formA = a.getByRole("form", { name: "New claim" });
  await formA.getByLabel("Statement").fill("IS ruled about 12 million people in 2014");
  await formA.getByRole("button", { name: "Save claim" }).click();
  await expect(highlight(a, "around 12 million people")).toBeVisible();

  await expect(highlight(b, "around 12 million people")).toBeVisible();
  await expect(b.getByTestId("live-notice")).toHaveText(`${rania.name} marked a claim`);
  await expect(b.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /IS ruled about 12 million people/ })).toBeVisible();
  expect(await b.evaluate(() => window.getSelection()?.toString())).toBe("Nearly 3,000 Yazidi women and children");
  expect(await b.evaluate(() => window.scrollY)).toBe(scrolled);

  // Sam starts his own claim on that selection; another claim of Rania's arrives while he types.
  await markButton(b).click();
  const formB = b.getByRole("form", { name: "New claim" });
  await formB.getByLabel("Statement").fill("About 3,000 Yazidi women and children are still held by IS");
  await createTestClaim(workspace, { article: ARTICLE, quote: "the third anniversary of the Yazidi genocide", statement: "The UN marked the genocide's third anniversary" });
  await expect(highlight(b, "the third anniversary of the Yazidi genocide")).toBeVisible();
  await expect(formB.getByLabel("Statement")).toHaveValue("About 3,000 Yazidi women and children are still held by IS");
  await expect(formB.getByTestId("claim-quote")).toHaveText("Nearly 3,000 Yazidi women and children");
  await b.screenshot({ path: test.info().outputPath("reader-after-live-claim.png") });
  await formB.getByRole("button", { name: "Save claim" }).click();
  await expect(highlight(b, "Nearly 3,000 Yazidi women and children")).toBeVisible();
  await expect(highlight(a, "Nearly 3,000 Yazidi women and children")).toBeVisible();
});

test("under blind review a verdict shows to the other reviewer without its rating until they rate, and the editor's queue counts the split", async ({ browser }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  const [rania, sam] = [workspace.users.REVIEWER, workspace.reviewers[0]!];
  const claim = await createTestClaim(workspace, { article: ARTICLE, quote: "around 12 million people", statement: "IS ruled about 12 million people at its peak" });
  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await openLive(editor, `/w/${workspace.slug}/review`);
  const count = editor.getByRole("main").getByRole("status").filter({ hasText: /open disagreement/ });
  await expect(count).toHaveText("0 open disagreements");
  const a = await signedInPage(browser, rania.email);
  const b = await signedInPage(browser, sam.email);
  await openLive(a, claim.url);
  await openLive(b, claim.url);
  await expect(verdicts(b)).toContainText("No verdicts yet.");

  await recordVerdict(a, "False", "The figure counts people who fled.");
  await expect(b.getByTestId("live-notice")).toHaveText("A reviewer recorded a verdict");
  await expect(verdicts(b).getByTestId("verdicts-hidden")).toContainText("1 verdict hidden until you record yours");
  await expect(verdicts(b)).not.toContainText("counts people who fled");
  await expect(verdicts(b)).not.toContainText(rania.name);
  await b.screenshot({ path: test.info().outputPath("blind-verdict-notice.png") });
  await expect(count).toHaveText("0 open disagreements");

  await recordVerdict(b, "Mostly true", "Most estimates say 8 to 12 million.");
  await expect(verdicts(b).getByRole("list", { name: "Current verdicts" }).getByRole("listitem").filter({ hasText: rania.name })).toContainText("False");
  // Rania has rated, so Sam's verdict reaches her whole, with his name.
  await expect(a.getByTestId("live-notice")).toHaveText(`${sam.name} recorded a verdict`);
  await expect(verdicts(a).getByRole("list", { name: "Current verdicts" }).getByRole("listitem").filter({ hasText: sam.name })).toContainText("Mostly true");
  await expect(count).toHaveText("1 open disagreement");
  await expect(editor.getByRole("table").getByRole("row").filter({ hasText: "IS ruled about 12 million people at its peak" })).toContainText("Reviewer split");
  await editor.screenshot({ path: test.info().outputPath("queue-after-split.png") });
});

test("an editor with unsaved changes is told at once when the claim's author saves it", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  const rania = workspace.users.REVIEWER;
  const claim = await createTestClaim(workspace, { article: ARTICLE, quote: "around 12 million people", statement: "IS ruled about 12 million people at its peak" });
  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  const author = await signedInPage(browser, rania.email);
  await openLive(editor, claim.url);
  await openLive(author, claim.url);

  await editor.getByLabel("Claimant").fill("Islamic State watchers");
  await author.getByLabel("Statement").fill("IS ruled about 12 million people in 2014");
  await author.getByRole("button", { name: "Save changes" }).click();
  await expect(author.getByRole("main").getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();

  const notice = editor.getByTestId("claim-saved-by-other");
  await expect(notice).toContainText(`${rania.name} saved this claim while you were editing; your changes are not saved yet — review theirs before saving.`);
  await expect(notice).toContainText("IS ruled about 12 million people in 2014");
  await expect(editor.getByLabel("Claimant")).toHaveValue("Islamic State watchers");
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("IS ruled about 12 million people in 2014");
  await editor.screenshot({ path: test.info().outputPath("saved-by-other.png") });
  await notice.getByRole("button", { name: "Load their version" }).click();
  await expect(editor.getByLabel("Statement")).toHaveValue("IS ruled about 12 million people in 2014");
  await expect(notice).toBeHidden();
});

test("the Claims table shows a claim another reviewer marks, without a reload, and says who marked it", async ({ browser }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  const [rania, sam] = [workspace.users.REVIEWER, workspace.reviewers[0]!];
  const b = await signedInPage(browser, sam.email);
  await openLive(b, `/w/${workspace.slug}/claims`);
  const count = b.getByRole("main").getByRole("status").filter({ hasText: /claims?$/ });
  const before = Number((await count.textContent())!.match(/\d+/)![0]);

  await createTestClaim(workspace, { article: ARTICLE, quote: "around 12 million people", statement: "IS ruled about 12 million people at its peak" });
  await expect(b.getByRole("table").getByRole("row").filter({ hasText: "IS ruled about 12 million people at its peak" })).toBeVisible();
  await expect(b.getByTestId("live-notice")).toHaveText(`${rania.name} marked a claim`);
  await expect(count).toHaveText(`${before + 1} ${before + 1 === 1 ? "claim" : "claims"}`);
});
