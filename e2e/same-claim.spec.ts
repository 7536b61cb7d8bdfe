import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

// Issue 17, items 3 and 4: a reviewer links a claim that repeats another as the same claim, from the
// claim page's picker; an editor resolves one and then the other "as in" it; two linked claims resolved
// two ways show as inconsistent ratings in the review queue.

const ARTICLE = /How the Islamic State ends/;
const FIRST = "At its 2014 peak IS ruled about 12 million people";
const REPEAT = "Some 12 million people lived under IS in 2014, about half of Syria";

const sameClaim = (page: Page) => page.getByRole("region", { name: "Same claim as…" });
const history = (page: Page) => page.getByRole("region", { name: "History" });

async function resolveAs(page: Page, rating: string, note: string) {
  const form = page.getByRole("form", { name: "Resolve the claim" });
  await form.getByLabel("Final rating").selectOption({ label: rating });
  await form.getByLabel("Resolution note").fill(note);
  await form.getByRole("button", { name: "Resolve claim" }).click();
  await expect(page.getByRole("main").locator("header")).toContainText(`Final rating: ${rating}`);
}

test("link a repeated claim on its page, resolve one, resolve the other as in it; then two linked claims rated two ways are inconsistent in the queue", async ({ browser }, testInfo) => {
  const workspace = await createTestWorkspace();
  const first = await createTestClaim(workspace, { article: ARTICLE, quote: "around 12 million people", statement: FIRST });
  const repeat = await createTestClaim(workspace, { article: ARTICLE, quote: "half of Syria", statement: REPEAT });

  // A reviewer on the repeat's page finds the first claim by its words and links it.
  const reviewer = await signedInPage(browser, workspace.users.REVIEWER.email);
  await reviewer.goto(repeat.url);
  await expect(sameClaim(reviewer)).toContainText("Not linked to any other claim.");
  await sameClaim(reviewer).getByLabel("Find the same claim").fill("12 million");
  await sameClaim(reviewer).getByRole("button", { name: "Search claims" }).click();
  await sameClaim(reviewer).getByRole("list", { name: "Claims found" }).getByRole("button", { name: `Link as the same claim: ${FIRST}` }).click();
  const group = sameClaim(reviewer).getByRole("list", { name: "Claims in this group" });
  await expect(group.getByRole("listitem")).toHaveCount(1);
  await expect(group.getByRole("listitem", { name: FIRST })).toContainText("How the Islamic State ends");
  await expect(history(reviewer).getByRole("listitem").filter({ hasText: "linked the claim as the same claim as another" })).toContainText(FIRST);

  // The editor resolves the first claim, then the repeat "as in" it, from the repeat's group.
  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(first.url);
  await expect(sameClaim(editor).getByRole("listitem", { name: REPEAT })).toBeVisible();
  await resolveAs(editor, "Mostly true", "Estimates for 2014 range from 8 to 12 million; 12 million is the high end.");
  await editor.goto(repeat.url);
  const source = sameClaim(editor).getByRole("listitem", { name: FIRST });
  await expect(source).toContainText("Mostly true");
  await source.getByRole("button", { name: `Resolve as in this claim: ${FIRST}` }).click();
  await expect(editor.getByRole("main").locator("header")).toContainText("Final rating: Mostly true");
  await expect(editor.getByTestId("final-verdict")).toContainText(`Resolved as in the same claim “${FIRST}”, rated Mostly true there.`);
  const resolvedAsIn = history(editor).getByRole("listitem").filter({ hasText: "resolved the claim as in another claim of its group" });
  await expect(resolvedAsIn).toContainText(workspace.users.EDITOR.name);
  await expect(resolvedAsIn).toContainText(FIRST);
  await expect(resolvedAsIn).toContainText("Mostly true");
  await editor.screenshot({ path: testInfo.outputPath("same-claim-resolved-as-in.png"), fullPage: true });

  // Re-rated two ways: reopened, and resolved as False while the first stays Mostly true.
  const reopen = editor.getByRole("form", { name: "Reopen the claim" });
  await reopen.getByLabel("Reason for reopening").fill("The later count says otherwise.");
  await reopen.getByRole("button", { name: "Reopen claim" }).click();
  await expect(editor.getByRole("main").locator("header")).toContainText("In review");
  await resolveAs(editor, "False", "Half of Syria's population was never under IS.");

  await editor.goto(`/w/${workspace.slug}/review`);
  await editor.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Inconsistent ratings" });
  await editor.getByRole("button", { name: "Apply" }).click();
  await expect(editor).toHaveURL(/kind=inconsistent-ratings/);
  const queue = editor.getByRole("table", { name: "Open disagreements" });
  await expect(queue.getByRole("row")).toHaveCount(3); // header + both claims of the group
  for (const statement of [FIRST, REPEAT]) {
    const row = queue.getByRole("row").filter({ has: editor.getByRole("link", { name: statement }) });
    await expect(row.getByRole("cell").nth(1)).toHaveText("Inconsistent ratings");
    await expect(row.getByRole("cell").nth(2)).toHaveText("3"); // Mostly true (4) against False (1)
  }
  await editor.screenshot({ path: testInfo.outputPath("same-claim-inconsistent-queue.png"), fullPage: true });

  // The dashboard counts them; the claims list lists neither as new.
  await editor.goto(`/w/${workspace.slug}`);
  await expect(editor.getByRole("region", { name: "Open disagreements" }).getByRole("listitem").filter({ hasText: "Inconsistent ratings" }).getByTestId("disagreement-count")).toHaveText("2");
  await editor.goto(`/w/${workspace.slug}/claims?checked=no`);
  await expect(editor.getByRole("link", { name: FIRST })).toHaveCount(0);
  await expect(editor.getByRole("link", { name: REPEAT })).toHaveCount(0);
});
