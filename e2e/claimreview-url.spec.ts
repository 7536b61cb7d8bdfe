import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures/test";
import { PAGE_SERVER_PORTS } from "./fixtures/page-server";
import { createTestWorkspace, signIn } from "./fixtures/workspace";
import { CLAIMREVIEW_FIXTURES } from "@test-support/claimreview-fixtures";
import { startLocalSite, type LocalSite } from "@test-support/local-site";

// The ClaimReview import by URL, against a fact-checker's site on a second local origin (a port the
// e2e app may fetch from): its article page, a Fact Check Tools answer served as JSON, and a PDF.

let site: LocalSite;
test.beforeAll(async () => {
  site = await startLocalSite({}, undefined, PAGE_SERVER_PORTS.spare);
});
test.afterAll(async () => {
  await site.close();
});

const fixture = (name: string) => readFileSync(path.join(CLAIMREVIEW_FIXTURES, name), "utf8");

test("a fact-checker's page and a JSON answer are imported by their addresses; a PDF is refused under the field", async ({ page }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  const t = workspace.slug;
  site.set(`/${t}/fact-check/isis-12-million`, { body: fixture("en-article-page.html") });
  site.set(`/${t}/claims:search`, { contentType: "application/json; charset=UTF-8", body: fixture("factcheck-tools-en.json") });
  site.set(`/${t}/report.pdf`, { contentType: "application/pdf", body: "%PDF-1.7\n" });

  await signIn(page, workspace.users.REVIEWER.email);
  await page.goto(`/w/${workspace.slug}/sources/claimreview`);
  await expect(page.getByRole("heading", { name: "Import from a URL" })).toBeVisible();
  const address = page.getByLabel("Address of the fact-check");
  const importButton = page.getByRole("button", { name: "Import from this address" });

  // The article page: its ClaimReview markup is read, the review listed and the fact-check added.
  await address.fill(site.url(`/${t}/fact-check/isis-12-million`));
  await importButton.click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    `${site.url(`/${t}/fact-check/isis-12-million`)} (an HTML page with 3 JSON-LD blocks (ClaimReview JSON-LD)): imported 1 fact-check.`,
  );
  const outcome = page.getByRole("list", { name: "Reviews in the file" }).getByRole("listitem");
  await expect(outcome.nth(0)).toContainText("Ledger Check · ledgercheck.example · 2017-10-19 · English (en)");
  await expect(outcome.nth(0)).toContainText("Rated “False” (1 of 5)");
  await expect(address).toHaveValue("");
  await expect(page.getByRole("listitem", { name: "Fact-check: ISIS still rules over 12 million people in Iraq and Syria." })).toBeVisible();

  // A Fact Check Tools answer, served as application/json: three reviews, their ratings kept as text where the scale has no such level.
  await address.fill(site.url(`/${t}/claims:search`));
  await importButton.click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`${site.url(`/${t}/claims:search`)} (a Fact Check Tools claim search answer): imported 3 fact-checks.`);
  await expect(page.getByRole("listitem", { name: /^Fact-check:/ })).toHaveCount(4);

  // A PDF is refused, saying why under the field, and nothing is added.
  await address.fill(site.url(`/${t}/report.pdf`));
  await importButton.click();
  await expect(page.locator("#claimreview-url-error")).toContainText("it is a PDF, not a web page or JSON");
  await expect(address).toBeFocused();
  await expect(page.getByRole("listitem", { name: /^Fact-check:/ })).toHaveCount(4);
});
