// What axe cannot judge alone: statuses read differently without colour, and states the suite
// otherwise passes through only briefly (a claim open in the reader) get a check of their own.
// Every page a spec leaves and ends on is scanned by the shared fixture (fixtures/test.ts).
import { expect, expectNoA11yViolations, test } from "./fixtures/test";
import { createTestClaim, recordTestVerdict } from "./fixtures/claims";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

const ARTICLE = /How the Islamic State ends/;

test("an open and an in-review claim are told apart by icon and colour as well as by word", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  await createTestClaim(workspace, { article: ARTICLE, quote: "roughly the same size as Zimbabwe", statement: "IS's population was about that of Zimbabwe" });
  const reviewed = await createTestClaim(workspace, { article: ARTICLE, quote: "around 12 million people", statement: "IS ruled about 12 million people at its peak" });
  await recordTestVerdict(workspace, workspace.users.REVIEWER, reviewed.id, "False", "The figure counts people who fled.");

  const page = await signedInPage(browser, workspace.users.VIEWER.email);
  await page.goto(`/w/${workspace.slug}/claims`);
  const claims = page.getByRole("table", { name: "Claims" });
  // The status badge, wherever the table's columns put it: the span holding the status icon.
  const badge = (statement: string) => claims.getByRole("row").filter({ hasText: statement }).locator("span", { has: page.locator("svg[data-status-icon]") }).first();
  const open = badge("about that of Zimbabwe");
  const inReview = badge("12 million people");
  await expect(open).toHaveText("Open");
  await expect(inReview).toHaveText("In review");
  const icon = (locator: typeof open) => locator.locator("svg").getAttribute("data-status-icon");
  expect(await icon(open)).toBe("open");
  expect(await icon(inReview)).toBe("in-review");
  const colour = (locator: typeof open) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await colour(open)).not.toBe(await colour(inReview));

  // The dashboard's cards show the same icons, and each card is named by what it shows.
  await page.goto(`/w/${workspace.slug}`);
  const cards = page.getByRole("region", { name: "Claims by status" });
  await expect(cards.getByRole("link", { name: "Open 1 claim", exact: true }).locator("svg")).toHaveAttribute("data-status-icon", "open");
  await expect(cards.getByRole("link", { name: "In review 1 claim", exact: true }).locator("svg")).toHaveAttribute("data-status-icon", "in-review");
});

test("the reader with a claim open passes axe", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  await createTestClaim(workspace, { article: ARTICLE, quote: "around 12 million people", statement: "IS ruled about 12 million people at its peak" });
  const page = await signedInPage(browser, workspace.users.REVIEWER.email);
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: ARTICLE }).click();
  await page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /IS ruled about 12 million people/ }).click();
  await expect(page.getByRole("heading", { name: "IS ruled about 12 million people at its peak" })).toBeVisible();
  await expectNoA11yViolations(page, "a claim open in the reader");
});
