import { readFile } from "node:fs/promises";
import { slugifyName } from "@/lib/formats/export-file-name";
import { expect, test } from "./fixtures/test";
import { createRatedClaims } from "./fixtures/claims";
import { createTestWorkspace, signIn } from "./fixtures/workspace";

const ARTICLE = /How the Islamic State ends/;

test("a viewer reads reviewers' agreement as a table and a heatmap, and downloads it as CSV", async ({ page }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 2 });
  const [a, b, c] = [workspace.users.REVIEWER, workspace.reviewers[0]!, workspace.reviewers[1]!];
  await createRatedClaims(workspace, ARTICLE, [a, b, c], [
    { quote: "Eight Islamic State leaders", ratings: ["True", "True", "True"] },
    { quote: "around 12 million people", ratings: ["Mostly true", "Mostly true", "Mixed"] },
    { quote: "roughly the same size as Zimbabwe", ratings: ["False", "Mostly false", "False"] },
    { quote: "third anniversary of the Yazidi genocide", ratings: ["True", "True", null] },
    { quote: "declining support across the Muslim world", ratings: ["Unverifiable", null, null] },
  ]);
  // a and b agree on 3 of their 4 shared claims: p_o = .75, p_e = .3125, κ = .4375 / .6875 ≈ 0.64.
  const [first, second] = a.name.localeCompare(b.name) <= 0 ? [a, b] : [b, a];

  await signIn(page, workspace.users.VIEWER.email);
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Review" }).click();
  await page.getByRole("link", { name: "Agreement statistics" }).click();
  await expect(page.getByRole("heading", { name: "Reviewer agreement" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Review" })).toHaveAttribute("aria-current", "page");

  const statistics = page.getByRole("table", { name: "Agreement statistics" });
  const pairRow = statistics.getByRole("row").filter({ hasText: `${first.name} / ${second.name}` });
  await expect(pairRow.getByRole("cell")).toHaveText([`${first.name} / ${second.name}`, "0.64", "4", /substantial/i]);
  await expect(statistics.getByRole("row").filter({ hasText: "Fleiss' kappa" }).getByRole("cell").nth(2)).toHaveText("3");

  const heatmap = page.getByRole("table", { name: "Cohen's kappa by reviewer pair" });
  await expect(heatmap.getByRole("columnheader", { name: a.name })).toBeVisible();
  await expect(heatmap.getByRole("rowheader", { name: b.name })).toBeVisible();
  await expect(page.getByTestId(`kappa-${a.id}-${b.id}`)).toHaveText(/0\.64\s*n = 4/);
  await expect(page.getByTestId(`kappa-${b.id}-${a.id}`)).toHaveText(/0\.64\s*n = 4/);

  const gaps = page.getByRole("region", { name: "Claims with one rating, and other gaps" });
  await expect(gaps).toContainText("1 of 5 rated claims have a verdict from only one reviewer");
  await expect(gaps).toContainText("uses only the 3 claims rated by 3 reviewers");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^agreement-${slugifyName(workspace.name)}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const lines = (await readFile((await download.path())!, "utf8")).trim().split(/\r?\n/);
  expect(lines[0]).toBe("scope,statistic,reviewers,value,n,interpretation");
  expect(lines).toContain(`${workspace.name},Cohen's kappa,${first.name} / ${second.name},0.6364,4,substantial`);
});

test("without verdicts from two reviewers the page says what to do, and the CSV needs a session", async ({ page, request }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  const signedOut = await request.get(`/w/${workspace.slug}/review/agreement/csv`);
  expect(signedOut.status()).toBe(401);

  await signIn(page, workspace.users.EDITOR.email);
  await page.goto(`/w/${workspace.slug}/review/agreement`);
  await expect(page.getByText("Agreement needs verdicts from at least two reviewers on the same claims.")).toBeVisible();
  await expect(page.getByText("No verdicts have been recorded here yet.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});
