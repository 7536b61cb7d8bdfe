import { expect, test } from "./fixtures/test";
import { getClaim } from "@/lib/data/claims/claims";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { getRatingScale } from "@/lib/data/workspaces/rating-scale";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signedInPage, type TestWorkspace } from "./fixtures/workspace";

// The claims table as an editor uses it: sort by final rating, choose columns (remembered), filter
// without an Apply button, tick two rows and assign them to a reviewer in one go.

const ARTICLE = /How the Islamic State ends/;
const CLAIMS = [
  { quote: "around 12 million people", statement: "IS ruled about 12 million people at its peak", rating: "False" },
  { quote: "Eight Islamic State leaders were confirmed killed", statement: "Eight IS leaders were killed near Deir az-Zour", rating: "True" },
  { quote: "roughly the same size as Zimbabwe", statement: "IS's population was about that of Zimbabwe", rating: null },
];

async function resolve(workspace: TestWorkspace, claimId: string, label: string) {
  const actor = workspace.users.EDITOR;
  const scale = await getRatingScale({ actor, slug: workspace.slug });
  const { version } = (await getClaim({ actor, slug: workspace.slug, claimId }))!;
  const finalRatingId = scale.levels.find((level) => level.label === label)!.id;
  await resolveClaim({ actor, slug: workspace.slug, input: { claimId, version, finalRatingId, resolutionNote: "Checked against two sources." } });
}

test("an editor sorts the claims table by final rating, chooses columns, filters without Apply and assigns two rows at once", async ({ browser }, testInfo) => {
  const workspace = await createTestWorkspace();
  for (const claim of CLAIMS) {
    const { id } = await createTestClaim(workspace, { article: ARTICLE, quote: claim.quote, statement: claim.statement });
    if (claim.rating) await resolve(workspace, id, claim.rating);
  }
  const page = await signedInPage(browser, workspace.users.EDITOR.email);
  await page.goto(`/w/${workspace.slug}/claims`);
  const table = page.getByRole("table", { name: /Claims/ });
  const statements = table.getByRole("row").locator("td:nth-child(2) a");

  // Sorted by final rating: the scale's order (True before False), unresolved claims last.
  await table.getByRole("link", { name: /Final rating/ }).click();
  await expect(page).toHaveURL(/sort=finalRating&dir=asc/);
  await expect(table.getByRole("columnheader", { name: /Final rating/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(statements).toHaveText([CLAIMS[1]!.statement, CLAIMS[0]!.statement, CLAIMS[2]!.statement]);
  await table.getByRole("link", { name: /Final rating/ }).click();
  await expect(statements).toHaveText([CLAIMS[0]!.statement, CLAIMS[1]!.statement, CLAIMS[2]!.statement]);

  // Columns: the context count goes, and stays gone after a reload.
  await page.getByText("Columns", { exact: true }).click();
  await page.getByRole("group", { name: "Columns to show" }).getByLabel("Context").uncheck();
  await expect(table.getByRole("columnheader", { name: /Context/ })).toHaveCount(0);
  await page.reload();
  await expect(table.getByRole("columnheader", { name: /Contradicting/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Context/ })).toHaveCount(0);

  // Filters apply as they are chosen, keep the sort, and are in the address.
  const filters = page.getByRole("search", { name: "Filter claims" });
  await expect(filters.getByRole("button", { name: "Apply" })).toHaveCount(0);
  await filters.getByLabel("Status").selectOption("RESOLVED");
  await expect(page).toHaveURL(/status=RESOLVED/);
  await expect(page).toHaveURL(/sort=finalRating&dir=desc/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("2 claims");
  await filters.getByLabel("Search").fill("Zimbabwe");
  await expect(page.getByText("No claims match these filters.")).toBeVisible();
  await filters.getByLabel("Search").fill("");
  await filters.getByLabel("Status").selectOption("");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("3 claims");

  // Two rows chosen, one by keyboard, and assigned to the reviewer together.
  const first = table.getByRole("checkbox", { name: `Select “${CLAIMS[0]!.statement}”` });
  await first.focus();
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  await table.getByRole("checkbox", { name: `Select “${CLAIMS[2]!.statement}”` }).check();
  const bulk = page.getByRole("form", { name: "Change the selected claims" });
  await expect(page.getByRole("region", { name: "Selected claims" })).toContainText("2 claims selected");
  await bulk.getByLabel("Reviewer").selectOption({ label: workspace.users.REVIEWER.name });
  await page.screenshot({ path: testInfo.outputPath("claims-table.png"), fullPage: true });
  await bulk.getByRole("button", { name: "Assign 2 claims" }).click();
  await expect(bulk.getByRole("status")).toHaveText("2 claims assigned.");
  const assigneeOf = (statement: string) => table.getByRole("row").filter({ hasText: statement }).locator("td").nth(6);
  await expect(assigneeOf(CLAIMS[0]!.statement)).toHaveText(workspace.users.REVIEWER.name);
  await expect(assigneeOf(CLAIMS[2]!.statement)).toHaveText(workspace.users.REVIEWER.name);
  await expect(assigneeOf(CLAIMS[1]!.statement)).toHaveText("—");
  await page.screenshot({ path: "/tmp/claims-table-after.png", fullPage: true });
});
