import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/rating-scale";
import { createTestClaim, recordTestVerdict } from "./fixtures/claims";
import { createTestWorkspace, signedInPage, signIn } from "./fixtures/workspace";

const QUOTE = "around 12 million people";
const STATEMENT = "IS ruled about 12 million people at its peak in 2014";
const ARTICLE = /How the Islamic State ends/;

/** The reader's highlight colour for a claim covered once: the level's colour at 55% (article-text.tsx). */
function highlightOf(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, 0.55)`;
}
const MIXED = DEFAULT_RATING_SCALE.find((level) => level.label === "Mixed")!.colour;

const verdicts = (page: Page) => page.getByRole("region", { name: "Verdicts" });

async function recordVerdict(page: Page, rating: string, rationale: string) {
  const section = verdicts(page);
  await section.getByLabel("Rating").selectOption({ label: rating });
  await section.getByLabel("Rationale").fill(rationale);
  await section.getByRole("button", { name: /^Record (new )?verdict$/ }).click();
  await expect(section.getByRole("status")).toHaveText("Verdict recorded.");
}

test("reviewers rate blind, an editor resolves as Mixed, the reader takes Mixed's colour, and a reopen is in the history", async ({ browser }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  const [reviewerA, reviewerB] = [workspace.users.REVIEWER, workspace.reviewers[0]!];
  const claim = await createTestClaim(workspace, { article: ARTICLE, quote: QUOTE, statement: STATEMENT });

  const b = await signedInPage(browser, reviewerB.email);
  await b.goto(claim.url);
  await expect(verdicts(b)).toContainText("No verdicts yet.");
  await recordVerdict(b, "Mostly true", "Most estimates put the population under IS at 8 to 12 million.");
  await expect(b.getByRole("main").locator("header")).toContainText("In review");

  const a = await signedInPage(browser, reviewerA.email);
  await a.goto(claim.url);
  await expect(verdicts(a)).toContainText("1 verdict hidden until you record yours");
  await expect(verdicts(a)).not.toContainText("8 to 12 million");
  await verdicts(a).getByLabel("Rating").selectOption({ label: "False" });
  await verdicts(a).getByRole("button", { name: "Record verdict" }).click();
  await expect(verdicts(a).getByText("Write your rationale: why this rating, citing the evidence.")).toBeVisible();
  await recordVerdict(a, "False", "The 12 million figure counts people who fled.");
  const seenByA = verdicts(a).getByRole("list", { name: "Current verdicts" });
  await expect(seenByA.getByRole("listitem")).toHaveCount(2);
  await expect(seenByA).toContainText("8 to 12 million");
  await expect(seenByA.getByRole("listitem").filter({ hasText: reviewerB.name })).toContainText("Mostly true");

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(`/w/${workspace.slug}/articles/${claim.articleId}`);
  const mark = editor.getByTestId("article-body").locator("mark", { hasText: QUOTE });
  await expect(mark).toHaveCSS("background-color", highlightOf("#fde68a")); // the neutral amber of an open claim
  await editor.goto(claim.url);
  const current = verdicts(editor).getByRole("list", { name: "Current verdicts" }).getByRole("listitem");
  await expect(current).toHaveCount(2);
  await expect(current.filter({ hasText: reviewerA.name })).toContainText("False");
  await expect(current.filter({ hasText: reviewerB.name })).toContainText("Mostly true");

  const final = editor.getByRole("region", { name: "Final verdict" });
  await final.getByLabel("Final rating").selectOption({ label: "Mixed" });
  await final.getByLabel("Resolution note").fill("The figure is plausible for 2014 but overstates the population that stayed.");
  await final.getByRole("button", { name: "Resolve claim" }).click();
  await expect(editor.getByRole("main").locator("header")).toContainText("Resolved");
  await expect(final.getByTestId("final-verdict")).toContainText("Mixed");

  await editor.goto(`/w/${workspace.slug}/articles/${claim.articleId}`);
  await expect(mark).toHaveCSS("background-color", highlightOf(MIXED));

  await editor.goto(claim.url);
  await final.getByLabel("Reason for reopening").fill("A new UN estimate came out.");
  await final.getByRole("button", { name: "Reopen claim" }).click();
  await expect(editor.getByRole("main").locator("header")).toContainText("In review");
  const history = editor.getByRole("complementary", { name: "History" });
  await expect(history).toContainText("resolved the claim");
  await expect(history).toContainText("reopened the claim");
  await expect(history).toContainText("A new UN estimate came out.");
  await expect(history.getByText("recorded a verdict")).toHaveCount(2);
});

test("an owner renames a rating level, and cannot delete one that a verdict uses", async ({ page }) => {
  const workspace = await createTestWorkspace();
  const claim = await createTestClaim(workspace, { article: ARTICLE, quote: QUOTE, statement: STATEMENT });
  await recordTestVerdict(workspace, workspace.users.REVIEWER, claim.id, "Mostly true", "Close to the UN's estimate.");

  await signIn(page, workspace.users.OWNER.email);
  await page.goto(`/w/${workspace.slug}/settings`);
  const scale = page.getByRole("form", { name: "Rating scale" });
  await expect(scale.getByRole("group", { name: "Mostly true" })).toContainText("Used by 1 verdict");
  await scale.getByRole("group", { name: "Mixed" }).getByLabel("Label").fill("Half true");
  await scale.getByRole("button", { name: "Save rating scale" }).click();
  await expect(scale.getByRole("status")).toHaveText("Rating scale saved.");

  await scale.getByRole("button", { name: "Delete Mostly true" }).click();
  await scale.getByRole("button", { name: "Save rating scale" }).click();
  await expect(scale.getByRole("alert")).toHaveText("“Mostly true” cannot be deleted: 1 verdict uses it. You can rename it instead. Nothing was saved.");

  await page.reload();
  await expect(scale.getByRole("group", { name: "Half true" }).getByLabel("Label")).toHaveValue("Half true");
  await expect(scale.getByRole("group", { name: "Mostly true" })).toBeVisible();
  await page.goto(claim.url);
  await expect(verdicts(page).getByLabel("Rating").locator("option")).toHaveText(["Choose a rating…", "True", "Mostly true", "Half true", "Mostly false", "False", "Unverifiable"]);
});

test("an editor assigns a claim; it waits in the reviewer's queue until they record a verdict", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  const reviewer = workspace.users.REVIEWER;
  const claim = await createTestClaim(workspace, { article: ARTICLE, quote: QUOTE, statement: STATEMENT });

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(claim.url);
  const assign = editor.getByRole("region", { name: "Assign reviewers" });
  await assign.getByLabel(reviewer.name).check();
  await assign.getByRole("button", { name: "Save assignments" }).click();
  await expect(assign.getByRole("status")).toHaveText(`Assigned to ${reviewer.name}.`);
  await expect(editor.getByRole("complementary", { name: "History" })).toContainText("changed the assigned reviewers");

  const page = await signedInPage(browser, reviewer.email);
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: /My queue/ }).click();
  const queue = page.getByRole("table", { name: "Claims waiting for your verdict" });
  const row = queue.getByRole("row").filter({ hasText: STATEMENT });
  await expect(row).toContainText("How the Islamic State ends");
  await expect(row).toContainText("Open");
  await expect(row).toContainText(`by ${workspace.users.EDITOR.name}`);

  await row.getByRole("link", { name: STATEMENT }).click();
  await recordVerdict(page, "Mostly true", "Matches the 2014 estimates.");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: /My queue/ }).click();
  await expect(page.getByRole("heading", { name: "My queue" })).toBeVisible();
  await expect(page.getByText("Nothing waits for your verdict.")).toBeVisible();
  await expect(queue).toHaveCount(0);
});
