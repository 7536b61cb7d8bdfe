// Issue 17 as one reviewer's and editor's flow: a claim marked in the reader repeats one the desk resolved;
// the form shows that match with its final rating; on the saved claim's page the reviewer confirms it as the
// same claim from its match row (and dismisses another match as "Not the same", which stays dismissed); the
// editor resolves the new claim "as in" the resolved one, then re-rates it, and the two linked claims rated
// two ways show as inconsistent ratings in the review queue.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { getClaim } from "@/lib/data/claims/claims";
import { getRatingScale } from "@/lib/data/workspaces/rating-scale";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { createTestClaim } from "./fixtures/claims";
import { selectText } from "./fixtures/select-text";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

const ARTICLE = /How the Islamic State ends/;
const RESOLVED = "At its 2014 peak IS ruled about 12 million people";
const OTHER = "IS ruled some 12 million people in 2014, as many as live in Zimbabwe";
const REPEAT = "IS commanded a population of around 12 million people at its height in 2014";
const UNRELATED = "The article compares Zimbabwe's population with Syria's";
const TWELVE_MILLION = { value: 12_000_000, qualifier: "about", counted: "people" } as const;

const checkedBefore = (page: Page) => page.getByRole("region", { name: "Checked before?" });
const sameClaim = (page: Page) => page.getByRole("region", { name: "Same claim as…" });
const history = (page: Page) => page.getByRole("region", { name: "History" });
const header = (page: Page) => page.getByRole("main").locator("header");

test("a repeated claim is matched while marking, confirmed as the same claim, resolved as in it, and re-rated into an inconsistency; a dismissed match stays dismissed", async ({ browser }, testInfo) => {
  const workspace = await createTestWorkspace();
  const { slug, users } = workspace;
  const resolved = await createTestClaim(workspace, { article: ARTICLE, quote: "around 12 million people", statement: RESOLVED, figure: TWELVE_MILLION });
  await createTestClaim(workspace, { article: ARTICLE, quote: "roughly the same size as Zimbabwe", statement: OTHER, figure: TWELVE_MILLION });
  await createTestClaim(workspace, { article: ARTICLE, quote: "Zimbabwe or half of Syria", statement: UNRELATED });
  const scale = await getRatingScale({ actor: users.EDITOR, slug });
  const { version } = (await getClaim({ actor: users.EDITOR, slug, claimId: resolved.id }))!;
  await resolveClaim({ actor: users.EDITOR, slug, input: { claimId: resolved.id, version, finalRatingId: scale.levels.find((l) => l.label === "Mostly true")!.id, resolutionNote: "Two estimates agree." } });

  // The reviewer marks the repeat in the reader; the form names the resolved claim with its final rating.
  const reviewer = await signedInPage(browser, users.REVIEWER.email);
  await reviewer.goto(`/w/${slug}/articles`);
  await reviewer.getByRole("link", { name: ARTICLE }).click();
  await selectText(reviewer, "IS commanded over a population of around 12 million people");
  await reviewer.keyboard.press("c");
  const form = reviewer.getByRole("form", { name: "New claim" });
  await form.getByLabel("Statement").fill(REPEAT);
  const formMatch = checkedBefore(reviewer).getByRole("listitem").filter({ hasText: RESOLVED });
  await expect(formMatch).toContainText("Resolved");
  await expect(formMatch).toContainText("Final rating: Mostly true");
  await form.screenshot({ path: testInfo.outputPath("checked-before-form.png") });
  await form.getByRole("button", { name: "Save claim" }).click();
  await reviewer.getByRole("link", { name: "Open claim page" }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(REPEAT);
  const repeatUrl = reviewer.url();

  // "Same claim" on the match row: the group lists the resolved claim, and the matcher stops offering it.
  await expect(sameClaim(reviewer)).toContainText("Not linked to any other claim.");
  await checkedBefore(reviewer).getByRole("button", { name: `Same claim: ${RESOLVED}` }).click();
  const group = sameClaim(reviewer).getByRole("list", { name: "Claims in this group" });
  await expect(group.getByRole("listitem", { name: RESOLVED })).toContainText("Mostly true");
  await expect(history(reviewer).getByRole("listitem").filter({ hasText: "linked the claim as the same claim as another" })).toContainText(RESOLVED);

  // "Not the same" on the other match: after a reload it is no longer offered, and the pair is not linked.
  await checkedBefore(reviewer).getByRole("button", { name: `Not the same: ${OTHER}` }).click();
  // Its row leaves the list once the page is refreshed after the dismissal is saved.
  await expect(checkedBefore(reviewer).getByRole("listitem").filter({ hasText: OTHER })).toHaveCount(0);
  await reviewer.reload();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(REPEAT);
  await expect(checkedBefore(reviewer).getByRole("listitem").filter({ hasText: OTHER })).toHaveCount(0);
  await expect(checkedBefore(reviewer).getByRole("listitem").filter({ hasText: RESOLVED })).toHaveCount(0);
  await expect(group.getByRole("listitem")).toHaveCount(1);
  // With its one match linked and the other dismissed, "Checked before?" does not claim that nothing says this.
  await expect(checkedBefore(reviewer)).toContainText("Nothing else says this beyond the claim linked as the same claim (below).");
  await reviewer.screenshot({ path: testInfo.outputPath("checked-before-claim-page.png"), fullPage: true });

  // The editor resolves the repeat "as in" the resolved claim: same rating, and the history says so.
  const editor = await signedInPage(browser, users.EDITOR.email);
  await editor.goto(repeatUrl);
  await sameClaim(editor).getByRole("listitem", { name: RESOLVED }).getByRole("button", { name: `Resolve as in this claim: ${RESOLVED}` }).click();
  await expect(header(editor)).toContainText("Final rating: Mostly true");
  await expect(editor.getByTestId("final-verdict")).toContainText(`Resolved as in the same claim “${RESOLVED}”, rated Mostly true there.`);
  const resolvedAsIn = history(editor).getByRole("listitem").filter({ hasText: "resolved the claim as in another claim of its group" });
  await expect(resolvedAsIn).toContainText(RESOLVED);
  await expect(resolvedAsIn).toContainText("Mostly true");
  await editor.screenshot({ path: testInfo.outputPath("checked-before-resolved-as-in.png"), fullPage: true });

  // Re-rated: reopened and resolved as False, while the claim it repeats stays Mostly true.
  const reopen = editor.getByRole("form", { name: "Reopen the claim" });
  await reopen.getByLabel("Reason for reopening").fill("The later count says otherwise.");
  await reopen.getByRole("button", { name: "Reopen claim" }).click();
  await expect(header(editor)).toContainText("In review");
  const resolve = editor.getByRole("form", { name: "Resolve the claim" });
  await resolve.getByLabel("Final rating").selectOption({ label: "False" });
  await resolve.getByLabel("Resolution note").fill("Half of Syria's population was never under IS.");
  await resolve.getByRole("button", { name: "Resolve claim" }).click();
  await expect(header(editor)).toContainText("Final rating: False");

  await editor.goto(`/w/${slug}/review?kind=inconsistent-ratings`);
  const queue = editor.getByRole("table", { name: "Open disagreements" });
  await expect(queue.getByRole("row")).toHaveCount(3); // header + the two claims of the group
  for (const statement of [RESOLVED, REPEAT]) {
    const row = queue.getByRole("row").filter({ has: editor.getByRole("link", { name: statement }) });
    await expect(row.getByRole("cell").nth(1)).toHaveText("Inconsistent ratings");
  }
  await expect(queue.getByRole("link", { name: OTHER })).toHaveCount(0);
  await editor.screenshot({ path: testInfo.outputPath("checked-before-inconsistent-queue.png"), fullPage: true });

  // Triage: "Not checked before" leaves out the claim the worker's match check found a match for (OTHER says
  // what RESOLVED says, though neither is in a group or has a fact-check), and keeps the one that matches nothing.
  await expect(async () => {
    await editor.goto(`/w/${slug}/claims?checked=no`);
    await expect(editor.getByRole("link", { name: UNRELATED })).toBeVisible({ timeout: 1_000 });
    await expect(editor.getByRole("link", { name: OTHER })).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(editor.getByRole("link", { name: REPEAT })).toHaveCount(0);
});
