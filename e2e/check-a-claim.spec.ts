// The evidence-and-verdicts issue's scenario end to end, as a desk would work through it.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/rating-scale";
import { createTestClaim, recordTestVerdict } from "./fixtures/claims";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";
import { selectText } from "./fixtures/select-text";

const COMMENT = "That sounds high. Fallujah, Qayyarah airbase, and the area around Manbij don't hold that much territory.";
const MIXED = DEFAULT_RATING_SCALE.find((level) => level.label === "Mixed")!.colour;

async function recordVerdict(page: Page, rating: string, rationale: string) {
  const section = page.getByRole("region", { name: "Verdicts" });
  await section.getByLabel("Rating").selectOption({ label: rating });
  await section.getByLabel("Rationale").fill(rationale);
  await section.getByRole("button", { name: /^Record (new )?verdict$/ }).click();
  await expect(section.getByRole("status")).toHaveText("Verdict recorded.");
}

test("contradicting and supporting evidence, two verdicts, resolved as Mixed, highlighted in Mixed's colour", async ({ browser }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  const dialogs: string[] = [];

  // Reviewer A marks the 12 percent figure and links the reader's comment as contradicting it.
  const a = await signedInPage(browser, workspace.users.REVIEWER.email);
  a.on("dialog", (dialog) => void dialogs.push(dialog.message()));
  await a.goto(`/w/${workspace.slug}/articles`);
  await a.getByRole("link", { name: /The End of the Caliphate/ }).click();
  await a.getByRole("button", { name: /Suggested figure: 12 percent/ }).first().click();
  await a.getByRole("form", { name: "New claim" }).getByLabel("Statement").fill("Iraqi and Kurdish advances cost ISIS 12 percent of its territory by July 2016");
  await a.getByRole("form", { name: "New claim" }).getByRole("button", { name: "Save claim" }).click();
  await a.getByRole("link", { name: "Open claim page" }).click();
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("Iraqi and Kurdish advances cost ISIS 12 percent of its territory by July 2016");
  const claimPath = new URL(a.url()).pathname;
  const articlePath = await a.getByRole("link", { name: "The End of the Caliphate" }).first().getAttribute("href");

  await a.getByRole("link", { name: "Add evidence" }).click();
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("Add evidence");
  await a.getByRole("main").getByRole("listitem").getByRole("link", { name: /The End of the Caliphate/ }).click();
  await selectText(a, COMMENT, 0, a.getByTestId("selected-passage"));
  await a.getByRole("radio", { name: /Contradicts/ }).check();
  await a.getByLabel("Note").fill("<img src=x onerror=alert(1)> The reader says the places retaken were small.");
  await a.getByRole("button", { name: "Link evidence" }).click();
  await expect(a).toHaveURL(claimPath);
  const contradicting = a.getByRole("region", { name: /Contradicting evidence/ });
  await expect(contradicting).toContainText(COMMENT);
  await expect(contradicting).toContainText("<img src=x onerror=alert(1)>");

  // Reviewer B links an external source as supporting and records "Mostly true".
  const b = await signedInPage(browser, workspace.reviewers[0]!.email);
  b.on("dialog", (dialog) => void dialogs.push(dialog.message()));
  await b.goto(claimPath);
  await b.getByRole("link", { name: "Add evidence" }).click();
  await b.getByRole("link", { name: "External source" }).click();
  const form = b.getByRole("form", { name: "Link an external source" });
  await form.getByLabel("Title").fill("Territory report, first half of 2016");
  await form.getByLabel("URL", { exact: true }).fill("https://example.org/territory-2016");
  await form.getByLabel("Publisher").fill("Example monitor");
  await form.getByLabel("Published").fill("2016-07-10");
  await form.getByLabel("Excerpt").fill("The group lost about 12 percent of its territory in the first half of 2016.");
  await form.getByRole("radio", { name: /Supports/ }).check();
  await form.getByRole("button", { name: "Link evidence" }).click();
  await expect(b.getByRole("region", { name: /Supporting evidence/ })).toContainText("Territory report, first half of 2016");
  await recordVerdict(b, "Mostly true", "A monitoring report gives the same share for the same period.");

  // Reviewer A, blind until now, records "False".
  await a.reload();
  await expect(a.getByRole("region", { name: "Verdicts" })).toContainText("1 verdict hidden until you record yours");
  await recordVerdict(a, "False", "The reader's comment shows the areas retaken were too small for 12 percent.");

  // The editor sees both verdicts and resolves the claim as Mixed with a note.
  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(claimPath);
  const current = editor.getByRole("region", { name: "Verdicts" }).getByRole("list", { name: "Current verdicts" }).getByRole("listitem");
  await expect(current).toHaveCount(2);
  await expect(current.filter({ hasText: workspace.users.REVIEWER.name })).toContainText("False");
  await expect(current.filter({ hasText: workspace.reviewers[0]!.name })).toContainText("Mostly true");
  const final = editor.getByRole("region", { name: "Final verdict" });
  await final.getByLabel("Final rating").selectOption({ label: "Mixed" });
  await final.getByLabel("Resolution note").fill("The share is reported by a monitor but doubted on the ground; the desk rates it Mixed.");
  await final.getByRole("button", { name: "Resolve claim" }).click();
  await expect(editor.getByRole("main").locator("header")).toContainText("Resolved");

  // The highlight in the reader takes the colour of Mixed.
  await editor.goto(articlePath!);
  const [r, g, bl] = [1, 3, 5].map((i) => parseInt(MIXED.slice(i, i + 2), 16));
  await expect(editor.getByTestId("article-body").locator("mark", { hasText: "12 percent" }).first()).toHaveCSS("background-color", `rgba(${r}, ${g}, ${bl}, 0.55)`);
  expect(dialogs).toEqual([]);
});

test("a resolution from a page loaded before a new verdict is refused; after the editor's own verdict it goes through", async ({ browser }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  const claim = await createTestClaim(workspace, { article: /How the Islamic State ends/, quote: "around 12 million people", statement: "IS ruled about 12 million people" });
  await recordTestVerdict(workspace, workspace.users.REVIEWER, claim.id, "True", "The census says so.");

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(claim.url);
  const final = editor.getByRole("region", { name: "Final verdict" });
  await final.getByLabel("Final rating").selectOption({ label: "True" });
  await final.getByLabel("Resolution note").fill("One census, one reviewer.");
  // Meanwhile another reviewer disagrees.
  await recordTestVerdict(workspace, workspace.reviewers[0]!, claim.id, "False", "A later count halves it.");
  await final.getByRole("button", { name: "Resolve claim" }).click();
  await expect(final.getByRole("alert")).toContainText("Someone else saved this claim while you were editing");
  await expect(editor.getByRole("region", { name: "Verdicts" }).getByRole("list", { name: "Current verdicts" }).getByRole("listitem")).toHaveCount(2);

  // The editor weighs in on the page as it now is, then resolves from it without reloading.
  await recordVerdict(editor, "Mixed", "The two counts measure different things.");
  await expect(editor.getByRole("region", { name: "Verdicts" }).getByRole("list", { name: "Current verdicts" }).getByRole("listitem")).toHaveCount(3);
  await final.getByLabel("Final rating").selectOption({ label: "Mixed" });
  await final.getByRole("button", { name: "Resolve claim" }).click();
  await expect(editor.getByRole("main").locator("header")).toContainText("Resolved");
  // The claim's fields save on the version the page now holds.
  const details = editor.getByRole("form", { name: "Claim details" });
  await details.getByLabel("Claimant").fill("The monitor");
  await details.getByRole("button", { name: "Save changes" }).click();
  await expect(details.getByRole("status")).toHaveText("Claim saved.");
});
