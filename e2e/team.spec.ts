import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { importPastedArticle } from "@/lib/workflows/article-import/article-import";
import { pasteArticleSchema } from "@/lib/schemas/article-import";
import { selectText } from "./fixtures/select-text";
import { expect, test } from "./fixtures/test";
import { createTestWorkspace, signIn } from "./fixtures/workspace";

// A desk's first day: an owner starts a workspace, invites a reviewer, who joins with the link in a
// browser of their own; the owner then makes them a viewer (their marking controls go) and removes them.

const PASSWORD = "a password of the reviewer";
const TEXT = "Officials said about 12 million people lived under the group's rule in 2014. A later census counted fewer.";
const markButton = (page: Page) => page.getByRole("toolbar", { name: "Selection" }).getByRole("button", { name: /Mark claim/ });

test("an owner starts a workspace, invites a reviewer who joins by the link, then makes them a viewer and removes them", async ({ page, browser }) => {
  const { users } = await createTestWorkspace({ withCorpus: false });
  const owner = users.OWNER;
  const id = randomBytes(3).toString("hex");
  const name = `Elections desk ${id}`;
  const slug = `elections-desk-${id}`;
  const reviewer = `Rana ${id}`;

  await signIn(page, owner.email);
  await page.goto("/w");
  const create = page.getByRole("form", { name: "New workspace" });
  await create.getByLabel("Workspace name").fill(name);
  await create.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(page.getByRole("banner")).toContainText(name);
  await expect(page.getByRole("banner")).toContainText("Owner");
  const article = await importPastedArticle({ actor: { id: owner.id }, slug, input: pasteArticleSchema.parse({ title: "Census", text: TEXT }) });

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Members" }).click();
  const invite = page.getByRole("form", { name: "Invite someone" });
  const email = `reviewer-${id}@e2e.example.org`;
  await invite.getByLabel("Email address").fill(email);
  await invite.getByLabel("Role").selectOption("REVIEWER");
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/cbi_[\w-]{43}$/);
  await expect(page.getByRole("table", { name: "Invitations" }).getByRole("row", { name: new RegExp(email) })).toContainText("Waiting");
  await page.screenshot({ path: "test-results/team-members-invited.png", fullPage: true });

  // The reviewer, in a browser of their own.
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(link);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText(`Join ${name}`);
  await guest.screenshot({ path: "test-results/team-invitation-page.png", fullPage: true });
  const join = guest.getByRole("form", { name: "Create your account" });
  await join.getByLabel("Your name").fill(reviewer);
  await join.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await join.getByLabel("Password again").fill(PASSWORD);
  await join.getByRole("button", { name: "Join the workspace" }).click();
  await expect(guest).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(guest.getByRole("banner")).toContainText("Reviewer");

  await guest.goto(`/w/${slug}/articles/${article.articleId}`);
  await expect(guest.getByText(/suggested figures are underlined/)).toBeVisible();
  await selectText(guest, "12 million people", 0, markButton(guest));

  // The link worked once: opened again, it says so.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByRole("main").getByRole("alert")).toContainText("already been used");
  await again.context().close();

  await page.reload();
  const row = page.getByRole("list", { name: "Members" }).getByRole("listitem", { name: reviewer });
  await expect(row).toContainText(email);
  await row.getByLabel(`Role of ${reviewer}`, { exact: true }).selectOption("VIEWER");
  await row.getByRole("button", { name: `Change role of ${reviewer}` }).click();
  await expect(row.getByRole("status")).toHaveText(`${reviewer} is now viewer.`);

  await guest.reload();
  await expect(guest.getByRole("banner")).toContainText("Viewer");
  await expect(guest.getByTestId("article-body")).toContainText("12 million people");
  await expect(guest.getByText(/suggested figures are underlined/)).toHaveCount(0);
  await expect(guest.locator("[data-suggestion]")).toHaveCount(0);
  await selectText(guest, "12 million people");
  await expect(markButton(guest)).toHaveCount(0);

  // The last owner cannot be demoted: the owner is told why.
  const self = page.getByRole("list", { name: "Members" }).getByRole("listitem", { name: owner.name });
  await self.getByLabel(`Role of ${owner.name}`, { exact: true }).selectOption("EDITOR");
  await self.getByRole("button", { name: `Change role of ${owner.name}` }).click();
  await expect(self.getByRole("alert")).toContainText("only owner");

  await row.getByRole("button", { name: `Remove ${reviewer}` }).click();
  await row.getByRole("group", { name: `Confirm removal of ${reviewer}` }).getByRole("button", { name: "Remove for good" }).click();
  await expect(page.getByRole("list", { name: "Members" }).getByRole("listitem", { name: reviewer })).toHaveCount(0);
  await page.screenshot({ path: "test-results/team-members-after-removal.png", fullPage: true });

  await guest.reload();
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await guest.context().close();
});

test("a reviewer leaves a workspace from their account page and no longer sees it; its only owner is told why they cannot", async ({ page, browser }) => {
  const { slug, name, users } = await createTestWorkspace({ withCorpus: false });
  await signIn(page, users.REVIEWER.email);
  await page.goto("/account");
  const list = page.getByRole("list", { name: "Your workspaces" });
  await list.getByRole("button", { name: `Leave ${name}` }).click();
  await list.getByRole("group", { name: `Confirm leaving ${name}` }).getByRole("button", { name: "Leave for good" }).click();
  await expect(page.getByRole("status").filter({ hasText: `You left ${name}.` })).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await page.goto(`/w/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");

  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, users.OWNER.email);
  await owner.goto("/account");
  const owned = owner.getByRole("list", { name: "Your workspaces" });
  await owned.getByRole("button", { name: `Leave ${name}` }).click();
  await owned.getByRole("group", { name: `Confirm leaving ${name}` }).getByRole("button", { name: "Leave for good" }).click();
  await expect(owner.getByRole("alert").filter({ hasText: "only owner" })).toBeVisible();
  await expect(owned.getByRole("link", { name })).toBeVisible();
  await owner.context().close();
});
