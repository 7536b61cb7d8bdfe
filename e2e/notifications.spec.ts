import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

// Issue 18, notifications: a reviewer's comment that mentions the editor reaches the editor's bell live (no
// reload); the editor opens it, follows the line to the claim, and the count goes down. With mentions switched
// off, the next mention is not written, while a reply in the editor's thread still is.

const SHOTS = process.env.CLAIMBENCH_RESULTS_DIR || "test-results";
const discussion = (page: Page) => page.getByRole("region", { name: "Discussion" });
const bell = (page: Page, unread: string) => page.getByRole("button", { name: `Notifications, ${unread}` });
const panel = (page: Page) => page.getByRole("region", { name: "Notifications" });

async function openLive(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId("live-connection")).toHaveAttribute("data-state", "open");
}

async function postComment(page: Page, text: string) {
  await discussion(page).getByRole("combobox", { name: "Add a comment" }).fill(text);
  await discussion(page).getByRole("button", { name: "Post comment" }).click();
  await expect(discussion(page)).toContainText(text);
}

test("a comment with a mention reaches the mentioned editor's bell live; reading it lowers the count; a kind switched off stops", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  const [reviewer, editor] = [workspace.users.REVIEWER, workspace.users.EDITOR];
  const claim = await createTestClaim(workspace, { article: /How the Islamic State ends/, quote: "around 12 million people", statement: "IS ruled about 12 million people" });

  const r = await signedInPage(browser, reviewer.email);
  await r.goto(claim.url);
  const e = await signedInPage(browser, editor.email);
  await openLive(e, `/w/${workspace.slug}`);
  await expect(bell(e, "none unread")).toBeVisible();

  await postComment(r, `@${editor.name} please check the census tables.`);
  // No reload on the editor's side: the count comes with the live event.
  await expect(bell(e, "1 unread")).toBeVisible();
  await expect(e.getByTestId("notification-count")).toHaveText("1");
  await bell(e, "1 unread").click();
  const line = panel(e).getByRole("link", { name: `${reviewer.name} mentioned you on “IS ruled about 12 million people”` });
  await expect(line).toBeVisible();
  await e.screenshot({ path: `${SHOTS}/notifications-bell.png` });
  await line.click();
  await expect(e).toHaveURL(new RegExp(`${claim.url}#comment-`));
  await expect(bell(e, "none unread")).toBeVisible();
  await expect(e.getByTestId("notification-count")).toHaveCount(0);

  // The editor answers in the reviewer's thread, so a reply there is theirs to hear of.
  const thread = discussion(e).getByRole("listitem", { name: `Comment by ${reviewer.name}` });
  await thread.getByRole("button", { name: "Reply" }).click();
  await discussion(e).getByRole("combobox", { name: "Your reply" }).fill("Checking now.");
  await discussion(e).getByRole("button", { name: "Post reply" }).click();
  await expect(thread).toContainText("Checking now.");

  await e.goto("/account");
  const settings = e.getByRole("form", { name: "Notification settings" });
  await settings.getByLabel("Someone mentions me in a comment").uncheck();
  await settings.getByRole("button", { name: "Save notification settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("Your notification settings were saved.");
  await openLive(e, `/w/${workspace.slug}`);

  await r.reload();
  await postComment(r, `@${editor.name} a second look, please.`);
  const first = discussion(r).getByRole("listitem", { name: `Comment by ${reviewer.name}` }).filter({ hasText: "census tables" });
  await first.getByRole("button", { name: "Reply" }).first().click();
  await discussion(r).getByRole("combobox", { name: "Your reply" }).fill("Thanks, the 2014 table it is.");
  await discussion(r).getByRole("button", { name: "Post reply" }).click();
  await expect(first).toContainText("the 2014 table it is.");

  // The reply came after the muted mention: once it shows, the mention would have shown too had it been written.
  await expect(bell(e, "1 unread")).toBeVisible();
  await bell(e, "1 unread").click();
  await expect(panel(e).getByRole("link", { name: `${reviewer.name} replied in your thread on “IS ruled about 12 million people”` })).toBeVisible();
  await expect(panel(e).getByRole("link", { name: /mentioned you/ })).toHaveCount(1);
  await panel(e).getByRole("button", { name: "Mark all read" }).click();
  await expect(bell(e, "none unread")).toBeVisible();
});
