import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

// Presence (issue 18 item 4): two people on one article see each other reading; one edits a claim and the
// other, on that claim's page, sees it; one closes the page and the other drops them within seconds (the
// goodbye sent on pagehide, not the 30-second expiry).

const SHOTS = process.env.CLAIMBENCH_RESULTS_DIR || "test-results";
const presence = (page: Page) => page.getByRole("region", { name: "Who else is here" });

test("two people see each other reading, one editing a claim, and one leaving", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  const [reviewer, editor] = [workspace.users.REVIEWER, workspace.users.EDITOR];
  const claim = await createTestClaim(workspace, { article: /How the Islamic State ends/, quote: "around 12 million people", statement: "IS ruled about 12 million people" });
  const articleUrl = `/w/${workspace.slug}/articles/${claim.articleId}`;

  const r = await signedInPage(browser, reviewer.email);
  const e = await signedInPage(browser, editor.email);
  await r.goto(articleUrl);
  await e.goto(articleUrl);
  // Each sees the other, never themselves.
  await expect(presence(r)).toContainText(`${editor.name} is reading`);
  await expect(presence(e)).toContainText(`${reviewer.name} is reading`);
  await expect(presence(r)).not.toContainText(reviewer.name);
  await r.screenshot({ path: `${SHOTS}/presence-article.png`, fullPage: true });

  // Both open the claim; the reviewer (its author) starts editing it.
  await e.goto(claim.url);
  await r.goto(claim.url);
  await expect(presence(e)).toContainText(`${reviewer.name} is reading`);
  await r.getByRole("form", { name: "Claim details" }).getByRole("textbox").first().fill("IS ruled about 12 million people in 2015");
  await expect(presence(e)).toContainText(`${reviewer.name} is editing this claim`);
  await e.screenshot({ path: `${SHOTS}/presence-claim-editing.png`, fullPage: true });

  // The reviewer closes the page: the editor drops them well before the row would have gone stale.
  await r.close({ runBeforeUnload: true });
  await expect(e.getByText(reviewer.name, { exact: false }).filter({ hasText: "is editing" })).toBeHidden({ timeout: 8_000 });
  await expect(presence(e)).toBeHidden();
  await e.screenshot({ path: `${SHOTS}/presence-after-leaving.png`, fullPage: true });
});
