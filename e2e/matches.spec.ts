// "Has this been checked before?" (issue 17): a reviewer marks a claim that repeats one the desk resolved; the
// form shows the resolved claim with its final rating while the statement is written, and the new claim's page
// shows it again under "Checked before?", beside an outside fact-check imported as ClaimReview.
import { expect, test } from "./fixtures/test";
import { getClaim } from "@/lib/data/claims/claims";
import { getRatingScale } from "@/lib/data/workspaces/rating-scale";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { createTestFactCheck } from "@test-support/data";
import { createTestClaim } from "./fixtures/claims";
import { selectText } from "./fixtures/select-text";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

const RESOLVED = "At its 2014 peak IS ruled about 12 million people";
const REPEAT = "IS commanded a population of around 12 million people at its height in 2014";

test("a claim that repeats a resolved one shows it with its rating while marking, and on its page with an outside fact-check", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  const { slug, users } = workspace;
  const resolved = await createTestClaim(workspace, { article: /How the Islamic State ends/, quote: "around 12 million people", statement: RESOLVED, figure: { value: 12_000_000, qualifier: "about", counted: "people" } });
  const scale = await getRatingScale({ actor: users.EDITOR, slug });
  const { version } = (await getClaim({ actor: users.EDITOR, slug, claimId: resolved.id }))!;
  await resolveClaim({ actor: users.EDITOR, slug, input: { claimId: resolved.id, version, finalRatingId: scale.levels.find((l) => l.label === "Mostly true")!.id, resolutionNote: "Two estimates agree." } });
  await createTestFactCheck(slug, { claimReviewed: "IS ruled 12 million people in 2014", ratingLabel: "False", publisher: "Fact Desk", url: "https://factcheck.example/is-12-million", publishedAt: "2017-09-01" });

  const page = await signedInPage(browser, users.REVIEWER.email);
  await page.goto(`/w/${slug}/articles`);
  await page.getByRole("link", { name: /How the Islamic State ends/ }).click();
  await selectText(page, "IS commanded over a population of around 12 million people");
  await page.keyboard.press("c");
  const form = page.getByRole("form", { name: "New claim" });
  await form.getByLabel("Statement").fill(REPEAT);

  const matches = form.getByRole("region", { name: "Checked before?" });
  const match = matches.getByRole("listitem").filter({ hasText: RESOLVED });
  await expect(match).toContainText("Resolved");
  await expect(match).toContainText("Final rating: Mostly true");
  await expect(match).toContainText("in How the Islamic State ends");
  await expect(match).toContainText(/Why: .*(similar wording|same quantity with a compatible value)/);
  await expect(matches.getByRole("status")).toContainText(/match(es)?, best first/);
  // Reached by keyboard like any link of the form.
  const link = match.getByRole("link", { name: RESOLVED });
  await link.focus();
  await expect(link).toBeFocused();
  await form.screenshot({ path: "test-results/matches-new-claim-form.png" });

  await form.getByRole("button", { name: "Save claim" }).click();
  await page.getByRole("link", { name: "Open claim page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REPEAT);
  const checked = page.getByRole("region", { name: "Checked before?" });
  await expect(checked.getByRole("listitem").filter({ hasText: RESOLVED })).toContainText("Final rating: Mostly true");
  const factCheck = checked.getByRole("link", { name: "Rated False by Fact Desk on 1 Sept 2017" });
  await expect(factCheck).toHaveAttribute("href", "https://factcheck.example/is-12-million");
  await expect(factCheck).toHaveAttribute("rel", "noopener noreferrer");
  await checked.screenshot({ path: "test-results/matches-claim-page.png" });
});
