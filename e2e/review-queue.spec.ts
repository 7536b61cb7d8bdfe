import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createTestClaim, recordTestVerdict } from "./fixtures/claims";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

const ARTICLE = /How the Islamic State ends/;
const STATEMENT = "IS ruled about 12 million people at its peak";

const reviewerSplitCount = (page: Page) =>
  page.getByRole("region", { name: "Open disagreements" }).getByRole("listitem").filter({ hasText: "Reviewer split" }).getByTestId("disagreement-count");

test("an editor resolves a reviewer split from the disagreement queue, and it leaves the queue and the dashboard", async ({ browser }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  const [reviewerA, reviewerB] = [workspace.users.REVIEWER, workspace.reviewers[0]!];
  const split = await createTestClaim(workspace, { article: ARTICLE, quote: "around 12 million people", statement: STATEMENT });
  await recordTestVerdict(workspace, reviewerA, split.id, "False", "The figure counts people who fled.");
  await recordTestVerdict(workspace, reviewerB, split.id, "Mostly true", "Most estimates say 8 to 12 million.");

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(`/w/${workspace.slug}`);
  await expect(reviewerSplitCount(editor)).toHaveText("1");

  const nav = editor.getByRole("navigation", { name: "Workspace" });
  await nav.getByRole("link", { name: "Review" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Disagreements");
  await expect(nav.getByRole("link", { name: "Review" })).toHaveAttribute("aria-current", "page");
  const queue = editor.getByRole("table", { name: "Open disagreements" });
  const row = queue.getByRole("row").filter({ hasText: STATEMENT });
  await expect(queue.getByRole("row")).toHaveCount(2); // header + the split
  await expect(row.getByRole("cell")).toHaveText([STATEMENT, "Reviewer split", "3", /minute/, ARTICLE]); // Mostly true (4) vs False (1)

  await editor.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Source conflict" });
  await editor.getByRole("button", { name: "Apply" }).click();
  await expect(editor.getByText("No open disagreements match these filters.")).toBeVisible();
  await editor.getByRole("link", { name: "Clear" }).click();

  await queue.getByRole("link", { name: STATEMENT }).click();
  await expect(editor).toHaveURL(`/w/${workspace.slug}/review/${split.id}`);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(STATEMENT);
  const verdicts = editor.getByRole("list", { name: "Current verdicts" }).getByRole("listitem");
  await expect(verdicts).toHaveCount(2);
  await expect(verdicts.filter({ hasText: reviewerA.name })).toContainText("The figure counts people who fled.");
  await expect(verdicts.filter({ hasText: reviewerB.name })).toContainText("Most estimates say 8 to 12 million.");
  await expect(editor.getByRole("region", { name: /Supporting evidence/ })).toBeVisible();
  await expect(editor.getByRole("region", { name: /Contradicting evidence/ })).toBeVisible();

  const resolve = editor.getByRole("region", { name: "Resolve" });
  await resolve.getByLabel("Final rating").selectOption({ label: "Mixed" });
  await resolve.getByLabel("Resolution note").fill("Plausible for 2014, but it overstates who stayed.");
  await resolve.getByRole("button", { name: "Resolve claim" }).click();
  await expect(editor.getByTestId("final-verdict")).toContainText("Mixed");

  await editor.getByRole("link", { name: "Back to the disagreements" }).click();
  await expect(editor.getByText("No open disagreements", { exact: true })).toBeVisible();
  await expect(editor.getByRole("status")).toHaveText("0 open disagreements");

  await nav.getByRole("link", { name: "Dashboard" }).click();
  await expect(reviewerSplitCount(editor)).toHaveText("0");
});
