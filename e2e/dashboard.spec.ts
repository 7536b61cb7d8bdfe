import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createTestClaim, recordTestVerdict } from "./fixtures/claims";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

const ARTICLE = /How the Islamic State ends/;

const statusCard = (page: Page, name: string) => page.getByRole("region", { name: "Claims by status" }).getByRole("link", { name, exact: true });
const disagreementCount = (page: Page, kind: string) =>
  page.getByRole("region", { name: "Open disagreements" }).getByRole("listitem").filter({ hasText: kind }).getByTestId("disagreement-count");
const articleRow = (page: Page) => page.getByRole("table", { name: /Progress per article/ }).getByRole("row").filter({ hasText: ARTICLE });

test("the dashboard counts claims, verdicts and a reviewer split, links to the claims, and follows a resolution", async ({ browser }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  const [reviewerA, reviewerB] = [workspace.users.REVIEWER, workspace.reviewers[0]!];
  const split = await createTestClaim(workspace, { article: ARTICLE, quote: "around 12 million people", statement: "IS ruled about 12 million people at its peak" });
  const agreed = await createTestClaim(workspace, { article: ARTICLE, quote: "Eight Islamic State leaders were confirmed killed", statement: "Eight IS leaders were killed near Deir az-Zour" });
  await createTestClaim(workspace, { article: ARTICLE, quote: "roughly the same size as Zimbabwe", statement: "IS's population was about that of Zimbabwe" });
  await recordTestVerdict(workspace, reviewerA, split.id, "False", "The figure counts people who fled.");
  await recordTestVerdict(workspace, reviewerB, split.id, "Mostly true", "Most estimates say 8 to 12 million.");
  await recordTestVerdict(workspace, reviewerA, agreed.id, "True", "The coalition confirmed it.");

  const page = await signedInPage(browser, workspace.users.VIEWER.email);
  await page.getByRole("link", { name: new RegExp(workspace.name) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${workspace.name}: dashboard`);
  const nav = page.getByRole("navigation", { name: "Workspace" });
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");

  await expect(statusCard(page, "Open 1 claim")).toBeVisible();
  await expect(statusCard(page, "In review 2 claims")).toBeVisible();
  await expect(statusCard(page, "Resolved 0 claims")).toBeVisible();
  const chart = page.getByRole("table", { name: "Current verdicts by rating" });
  await expect(chart.getByRole("rowheader")).toHaveText(["True", "Mostly true", "Mixed", "Mostly false", "False", "Unverifiable"]);
  await expect(chart.getByRole("cell")).toHaveText(["1", "1", "0", "0", "1", "0"]);
  await expect(disagreementCount(page, "Reviewer split")).toHaveText("1");
  await expect(disagreementCount(page, "Source conflict")).toHaveText("0");
  await expect(disagreementCount(page, "Figure conflict")).toHaveText("0");
  await expect(articleRow(page).getByRole("cell")).toHaveText([ARTICLE, "3", "2", "0", ""]);

  await statusCard(page, "Open 1 claim").click();
  await expect(page).toHaveURL(`/w/${workspace.slug}/claims?status=OPEN`);
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("OPEN");
  await expect(page.getByRole("table", { name: "Claims" }).getByRole("row")).toHaveCount(2); // header + the one open claim
  await expect(page.getByRole("table", { name: "Claims" })).toContainText("IS's population was about that of Zimbabwe");
  await expect(nav.getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current", "page");

  await nav.getByRole("link", { name: "Dashboard" }).click();
  await page.getByRole("link", { name: "Reviewer split" }).click();
  await expect(page.getByRole("table", { name: "Claims" }).getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table", { name: "Claims" })).toContainText("IS ruled about 12 million people at its peak");

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(split.url);
  const final = editor.getByRole("region", { name: "Final verdict" });
  await final.getByLabel("Final rating").selectOption({ label: "Mixed" });
  await final.getByLabel("Resolution note").fill("Plausible for 2014, but it overstates who stayed.");
  await final.getByRole("button", { name: "Resolve claim" }).click();
  await expect(editor.getByRole("main").locator("header")).toContainText("Resolved");

  await page.goto(`/w/${workspace.slug}`);
  await expect(statusCard(page, "Resolved 1 claim")).toBeVisible();
  await expect(statusCard(page, "In review 1 claim")).toBeVisible();
  await expect(disagreementCount(page, "Reviewer split")).toHaveText("0");
  await expect(articleRow(page).getByRole("cell")).toHaveText([ARTICLE, "3", "2", "1", ""]);
});

test("a new workspace's dashboard says what to do first", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  const page = await signedInPage(browser, workspace.users.REVIEWER.email);
  await page.goto(`/w/${workspace.slug}`);
  await expect(page.getByText("No claims marked yet.")).toBeVisible();
  await page.getByRole("link", { name: "Open an article" }).click();
  await expect(page.getByRole("table", { name: "Articles in this workspace" })).toBeVisible();
});
