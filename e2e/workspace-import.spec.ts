import { expect, test } from "./fixtures/test";
import { randomBytes } from "node:crypto";
import { streamWorkspaceJson } from "@/lib/workflows/export/workspace-dump";
import { createTestWorkspace, signIn, type TestWorkspace } from "./fixtures/workspace";

let workspace: TestWorkspace;
let exported: string;
test.beforeAll(async () => {
  workspace = await createTestWorkspace();
  exported = "";
  for await (const chunk of await streamWorkspaceJson({ actor: workspace.users.OWNER, slug: workspace.slug })) exported += chunk;
});

const jsonFile = (name: string, text: string) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });

test("an owner imports a workspace export into a new workspace and reads its articles", async ({ page }) => {
  const slug = `copy-${randomBytes(4).toString("hex")}`;
  await signIn(page, workspace.users.OWNER.email);
  await page.goto("/w");
  const form = page.getByRole("form", { name: "Import workspace" });
  await form.getByLabel("Workspace export (.json)").setInputFiles(jsonFile("desk.json", exported));
  await form.getByLabel("New workspace name").fill(`Copy of ${workspace.name}`);
  await form.getByLabel("New workspace slug").fill(slug);
  await form.getByRole("button", { name: "Import workspace" }).click();

  // Nobody the file names became a member: they are listed, to be invited.
  await expect(page.getByRole("status").filter({ hasText: "You are its owner and, for now, its only member." })).toBeVisible();
  const named = page.getByRole("list", { name: "People named in the file" });
  await expect(named.getByRole("listitem")).toHaveCount(3);
  await expect(named).toContainText(workspace.users.EDITOR.email);
  await expect(named).toContainText("reviewer in the exported workspace");
  await expect(named).not.toContainText(workspace.users.OWNER.email);
  await page.getByRole("link", { name: `Open Copy of ${workspace.name}` }).click();

  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Copy of ${workspace.name}: dashboard`);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Articles" }).click();
  const rows = page.getByRole("table", { name: "Articles in this workspace" }).getByRole("row");
  await expect(rows).toHaveCount(6);
  await expect(rows.filter({ hasText: "How the Islamic State ends" })).toContainText("The New Arab");

  await page.goto(`/w/${slug}/settings`);
  const members = page.getByRole("region", { name: "Members" }).getByRole("listitem");
  await expect(members).toHaveCount(1);
  await expect(members).toContainText(workspace.users.OWNER.email);
});

test("a bad file is refused with its name and reason, and no workspace is made", async ({ page }) => {
  const slug = `bad-${randomBytes(4).toString("hex")}`;
  await signIn(page, workspace.users.OWNER.email);
  await page.goto("/w");
  const form = page.getByRole("form", { name: "Import workspace" });
  const alert = page.getByRole("main").getByRole("alert");

  await form.getByLabel("Workspace export (.json)").setInputFiles(jsonFile("cut-off.json", exported.slice(0, 5000)));
  await form.getByLabel("New workspace slug").fill(slug);
  await form.getByRole("button", { name: "Import workspace" }).click();
  await expect(alert).toContainText("cut-off.json ends in the middle of the JSON: it was cut off");

  await form.getByLabel("Workspace export (.json)").setInputFiles({ name: "report.json", mimeType: "application/json", buffer: Buffer.from("%PDF-1.7\n1 0 obj") });
  await form.getByRole("button", { name: "Import workspace" }).click();
  await expect(alert).toContainText("report.json is a PDF document, not a Claimbench workspace export");

  await expect(page).toHaveURL(/\/w$/);
  const response = await page.goto(`/w/${slug}`);
  expect(response?.status()).toBe(404);
});

test("the import endpoint refuses an upload over the limit, stating it, and asks strangers to sign in", async ({ page, playwright }) => {
  await signIn(page, workspace.users.OWNER.email);
  const huge = Buffer.alloc(21 * 1024 * 1024, 0x20);
  const response = await page.request.post("/api/workspaces/import", {
    multipart: { slug: `huge-${randomBytes(4).toString("hex")}`, file: { name: "huge.json", mimeType: "application/json", buffer: huge } },
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.message).toMatch(/^The upload is 21 MB, over the upload limit of 20 MB\./);

  const stranger = await playwright.request.newContext({ baseURL: page.url() });
  const refused = await stranger.post("/api/workspaces/import", { multipart: { slug: "nobody", file: jsonFile("desk.json", exported) } });
  expect(refused.status()).toBe(401);
  await stranger.dispose();
});
