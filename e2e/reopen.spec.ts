import { expect, test } from "./fixtures/test";
import { getClaim } from "@/lib/data/claims/claims";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { getRatingScale } from "@/lib/data/workspaces/rating-scale";
import { createTestClaim, recordTestVerdict } from "./fixtures/claims";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

const STATEMENT = "IS ruled about 12 million people at its peak";

test("a verdict that differs from the final rating reopens a resolved claim as disputed, back in the queue, and the history says why", async ({ browser }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  const claim = await createTestClaim(workspace, { article: /How the Islamic State ends/, quote: "around 12 million people", statement: STATEMENT });
  await recordTestVerdict(workspace, workspace.users.REVIEWER, claim.id, "Mostly true", "Plausible for 2014.");
  const scale = await getRatingScale({ actor: workspace.users.EDITOR, slug: workspace.slug });
  const { version } = (await getClaim({ actor: workspace.users.EDITOR, slug: workspace.slug, claimId: claim.id }))!;
  const finalRatingId = scale.levels.find((level) => level.label === "Mostly true")!.id;
  await resolveClaim({ actor: workspace.users.EDITOR, slug: workspace.slug, input: { claimId: claim.id, version, finalRatingId, resolutionNote: "One reviewer, sound rationale." } });

  const reviewer = await signedInPage(browser, workspace.reviewers[0]!.email);
  await reviewer.goto(claim.url);
  await expect(reviewer.getByTestId("resolved-verdict-note")).toContainText("resolved as Mostly true");
  const form = reviewer.getByRole("form", { name: "Record your verdict" });
  await form.getByLabel("Rating").selectOption({ label: "False" });
  await form.getByLabel("Rationale").fill("The 12 million counts people who had already fled.");
  await form.getByRole("button", { name: "Record verdict" }).click();
  await expect(reviewer.getByRole("main").getByRole("status").filter({ hasText: "Verdict recorded" })).toContainText("reopened as disputed");

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(claim.url);
  await expect(editor.getByRole("main").locator("header")).toContainText("Disputed");
  const history = editor.getByRole("region", { name: "History" });
  const reopened = history.getByRole("listitem").filter({ hasText: "reopened the claim" });
  await expect(reopened).toContainText(workspace.reviewers[0]!.name);
  await expect(reopened).toContainText("A new verdict rated it False, unlike the final rating Mostly true.");

  await editor.goto(`/w/${workspace.slug}/review`);
  await expect(editor.getByRole("table", { name: "Open disagreements" }).getByRole("row").filter({ hasText: STATEMENT })).toContainText("Reviewer split");
});
