import { expect, test } from "./fixtures/test";
import { getClaim } from "@/lib/data/claims/claims";
import { addExternalEvidence } from "@/lib/data/evidence/evidence";
import { getRatingScale } from "@/lib/data/workspaces/rating-scale";
import { addExternalEvidenceSchema } from "@/lib/schemas/evidence";
import { reopenClaim, resolveClaim } from "@/lib/workflows/review/resolution";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signedInPage, type TestWorkspace } from "./fixtures/workspace";

// An editor publishes a resolved claim from its page (issue 19) and a signed-out reader opens it; the editor
// republishes it after the rating changed (a correction line appears on both sides) and unpublishes it (410);
// a reviewer sees the state and the link only.

async function resolveAs(workspace: TestWorkspace, claimId: string, rating: string, note: string) {
  const actor = workspace.users.EDITOR;
  const scale = await getRatingScale({ actor, slug: workspace.slug });
  const { version } = (await getClaim({ actor, slug: workspace.slug, claimId }))!;
  await resolveClaim({ actor, slug: workspace.slug, input: { claimId, version, finalRatingId: scale.levels.find((level) => level.label === rating)!.id, resolutionNote: note } });
}

async function addEvidence(workspace: TestWorkspace, claimId: string, fields: Record<string, unknown>) {
  await addExternalEvidence({ actor: workspace.users.REVIEWER, slug: workspace.slug, input: addExternalEvidenceSchema.parse({ claimId, sourceMode: "new", excerpt: "An excerpt.", ...fields }) });
}

test("an editor publishes a resolved claim, republishes it with a correction after the rating changed, and unpublishes it", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  const claim = await createTestClaim(workspace, { article: /How the Islamic State ends/, quote: "around 12 million people", statement: "IS ruled about 12 million people at its peak" });
  await addEvidence(workspace, claim.id, { stance: "SUPPORTS", kind: "DATASET", title: "Coalition estimate 2015", url: "https://data.example.org/coalition-2015" });
  await addEvidence(workspace, claim.id, { stance: "CONTEXT", kind: "STATEMENT", title: "Phone call with a local official" });
  await resolveAs(workspace, claim.id, "Mostly true", "Estimates at the peak ranged from 8 to 12 million.");

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(claim.url);
  const section = editor.getByRole("region", { name: "Public fact-check" });
  await section.getByRole("button", { name: "Publish", exact: true }).click();
  const form = section.getByRole("form", { name: "Publish the fact-check" });
  await expect(form.getByLabel("Public summary")).toHaveValue("Estimates at the peak ranged from 8 to 12 million.");
  await expect(form.getByLabel("Headline")).toHaveValue("IS ruled about 12 million people at its peak");
  await expect(form.getByRole("checkbox", { name: /Coalition estimate 2015/ })).toBeChecked();
  const call = form.getByRole("checkbox", { name: /Phone call with a local official/ });
  await expect(call).toBeDisabled();
  await expect(form).toContainText("This source cannot be cited: it has no web address, so readers could not open it.");
  await form.getByLabel("Headline").fill("Did IS rule 12 million people?");
  await section.screenshot({ path: "test-results/publish-form.png" });
  await form.getByRole("button", { name: "Publish fact-check" }).click();

  const state = section.getByTestId("publication-state");
  await expect(state).toContainText("Published on");
  const link = state.getByRole("link");
  await expect(link).toHaveAttribute("href", new RegExp(`/p/${workspace.slug}/[0-9a-f-]{36}$`));
  const url = await link.getAttribute("href");
  await editor.screenshot({ path: "test-results/publish-published.png", fullPage: true });

  // A signed-out reader opens the public page: the rating and the summary, and a 1200×630 social card.
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(url!))?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Did IS rule 12 million people?");
  await expect(reader.locator("main")).toContainText("Mostly true");
  await expect(reader.getByText("Estimates at the peak ranged from 8 to 12 million.")).toBeVisible();
  await expect(reader.locator("main")).not.toContainText(workspace.users.REVIEWER.name);
  const card = await reader.request.get((await reader.locator('meta[property="og:image"]').getAttribute("content"))!);
  expect(card.headers()["content-type"]).toBe("image/png");
  const png = await card.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

  // Reopened: the page says the public one still shows the last verdict; re-resolved as Mixed, republished.
  const { version } = (await getClaim({ actor: workspace.users.EDITOR, slug: workspace.slug, claimId: claim.id }))!;
  await reopenClaim({ actor: workspace.users.EDITOR, slug: workspace.slug, input: { claimId: claim.id, version, reason: "A later census." } });
  await editor.reload();
  await expect(section.getByTestId("under-review-again")).toContainText("Under review again: the public page still shows the last published verdict");
  await resolveAs(workspace, claim.id, "Mixed", "A later census puts it lower.");
  await editor.reload();
  await section.getByRole("button", { name: "Republish", exact: true }).click();
  const again = section.getByRole("form", { name: "Republish the fact-check" });
  await expect(again.getByLabel("Headline")).toHaveValue("Did IS rule 12 million people?");
  await again.getByLabel("Public summary").fill("Estimates at the peak ranged from 8 to 12 million.");
  await again.getByRole("button", { name: "Republish fact-check" }).click();
  await expect(section.getByRole("status")).toContainText("Correction log: Rating changed from Mostly true to Mixed.");
  await expect(section.getByRole("list", { name: "Correction log" }).getByRole("listitem")).toHaveText([/^Updated \d{1,2} \w{3} \d{4}: Rating changed from Mostly true to Mixed$/]);
  await expect(state.getByRole("link")).toHaveAttribute("href", url!);
  // The reader's reload revalidates (the ETag moved with the republishing) and shows the correction.
  await reader.reload();
  await expect(reader.locator("main")).toContainText("Rating changed from Mostly true to Mixed");
  await expect(reader.locator("main")).toContainText("Mixed");

  // A reviewer sees the state and the link, and no way to change them.
  const reviewer = await signedInPage(browser, workspace.users.REVIEWER.email);
  await reviewer.goto(claim.url);
  const theirs = reviewer.getByRole("region", { name: "Public fact-check" });
  await expect(theirs.getByRole("link", { name: url! })).toBeVisible();
  await expect(theirs.getByRole("button")).toHaveCount(0);

  await section.getByRole("button", { name: "Unpublish" }).click();
  await section.getByRole("button", { name: "Yes, unpublish" }).click();
  await expect(state).toContainText("answers 410 Gone until it is published again");
  await expect(section.getByRole("button", { name: "Republish", exact: true })).toBeVisible();
  // The same address now answers 410 Gone to readers.
  expect((await reader.request.get(url!)).status()).toBe(410);
});
