import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { parse } from "csv-parse/sync";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { listArticles } from "@/lib/data/articles/articles";
import { slugifyName } from "@/lib/formats/export-file-name";
import { insertBenchClaims } from "@test-support/bulk-claims";
import { getWorkspaceAccess } from "@/lib/data/workspaces/workspaces";
import { seedDemoActivity } from "@/seeds/demo-activity";
import { DEMO_BRIEF_CLAIMS } from "@/seeds/demo-briefs";
import { DEMO_CLAIMS as ENGLISH_DEMO_CLAIMS, DEMO_RESOLUTIONS } from "@/seeds/demo-content";
import { createTestWorkspace, signIn, type TestWorkspace } from "./fixtures/workspace";

// The demo desk's claims, those of the Arabic and French briefs included.
const DEMO_CLAIMS = [...ENGLISH_DEMO_CLAIMS, ...DEMO_BRIEF_CLAIMS];

// The e2e server runs with CLAIMBENCH_EXPORT_JOB_THRESHOLD=25 (scripts/test.ts): the demo desk's 18
// claims download at once, and 40 claims go through a background job.

async function demoDesk(): Promise<TestWorkspace> {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  await seedDemoActivity(workspace.slug, { reviewer1: workspace.users.REVIEWER, reviewer2: workspace.reviewers[0]!, editor: workspace.users.EDITOR });
  return workspace;
}

async function downloadBytes(page: Page, name: string | RegExp): Promise<{ filename: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: typeof name === "string" }).click()]);
  return { filename: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

async function download(page: Page, name: string | RegExp): Promise<{ filename: string; text: string }> {
  const { filename, bytes } = await downloadBytes(page, name);
  return { filename, text: bytes.toString("utf8") };
}

/** Each page's text, as a PDF reader extracts it. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => (item as TextItem).str ?? "").join(" "));
  }
  return pages;
}

const csvRows = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];

test("an editor downloads the workspace's claims in each format from the reports page", async ({ page }) => {
  const workspace = await demoDesk();
  await signIn(page, workspace.users.EDITOR.email);
  await page.goto(`/w/${workspace.slug}`);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
  await expect(page.getByLabel(/Whole workspace/)).toBeChecked();
  await expect(page.getByText(`Whole workspace (${DEMO_CLAIMS.length} claims)`)).toBeVisible();

  await page.getByLabel(/^CSV/).check();
  const csv = await download(page, "Download");
  // Named after the workspace and the day, not its id or slug.
  expect(csv.filename).toMatch(new RegExp(`^${slugifyName(workspace.name)}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const rows = csvRows(csv.text);
  expect(Object.keys(rows[0]!).slice(0, 7)).toEqual(["Claim URL", "Article", "Article URL", "Publisher", "Quote", "Anchor", "Statement"]);
  expect(Object.keys(rows[0]!)).toContain(`Rating: ${workspace.users.REVIEWER.name}`);
  expect(rows.map((row) => row.Statement).sort()).toEqual(DEMO_CLAIMS.map((claim) => claim.statement).sort());
  const yazidi = rows.find((row) => row.Statement!.startsWith("Nearly 3,000 Yazidi"))!;
  expect([yazidi.Status, yazidi["Final rating"]]).toEqual(["Resolved", "Mostly true"]);

  await page.getByLabel(/^ClaimReview JSON-LD/).check();
  const reviews = JSON.parse((await download(page, "Download")).text) as { "@type": string; claimReviewed: string }[];
  expect(reviews).toHaveLength(DEMO_RESOLUTIONS.length);
  expect(reviews[0]).toMatchObject({ "@type": "ClaimReview", claimReviewed: expect.stringContaining("Yazidi") });

  await page.getByLabel(/^W3C Web Annotations/).check();
  const collection = JSON.parse((await download(page, "Download")).text) as { type: string; total: number; first: { items: unknown[] } };
  expect(collection.type).toBe("AnnotationCollection");
  expect(collection.total).toBe(DEMO_CLAIMS.length);
  expect(collection.first.items).toHaveLength(DEMO_CLAIMS.length);

  await page.getByLabel(/^Markdown report/).check();
  const markdown = await download(page, "Download");
  expect(markdown.filename).toMatch(/\.md$/);
  expect(markdown.text).toContain(`# Verdict report: ${workspace.name}`);
  expect(markdown.text.match(/^### \d+\. /gm)).toHaveLength(DEMO_CLAIMS.length);
});

test("an owner downloads the PDF report and the lossless workspace JSON", async ({ page }) => {
  const workspace = await demoDesk();
  await signIn(page, workspace.users.OWNER.email);
  await page.goto(`/w/${workspace.slug}/reports`);

  await page.getByLabel(/^PDF report/).check();
  // The verdict report holds the desk's conclusions by default: the resolved claims.
  await expect(page.getByLabel(/^Resolved claims only/)).toBeChecked();
  await expect(page.getByText(`${DEMO_RESOLUTIONS.length} claim${DEMO_RESOLUTIONS.length === 1 ? "" : "s"}`, { exact: true })).toBeVisible();
  const pdf = await downloadBytes(page, "Download");
  expect(pdf.filename).toMatch(new RegExp(`^${slugifyName(workspace.name)}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pages = await pdfPages(pdf.bytes);
  expect(pages[0]).toContain(workspace.name);
  expect(pages.join(" ")).toContain("Nearly 3,000 Yazidi");
  expect(pages.join(" ")).not.toContain("At its 2014 peak IS ruled about 12 million people");

  await page.getByLabel(/^All claims/).check();
  const everything = await downloadBytes(page, "Download");
  expect(everything.filename).toMatch(/-all-claims-\d{4}-\d{2}-\d{2}\.pdf$/);
  const allPages = await pdfPages(everything.bytes);
  expect(allPages.length).toBeGreaterThan(1);
  expect(allPages.join(" ")).toContain("At its 2014 peak IS ruled about 12 million people");

  await page.getByLabel(/^Workspace JSON/).check();
  await expect(page.getByText("This format always holds the whole workspace.")).toBeVisible();
  const json = await download(page, "Download");
  expect(json.filename).toMatch(new RegExp(`^${slugifyName(workspace.name)}-workspace-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const document = JSON.parse(json.text) as { format: string; claims: { statement: string }[] };
  expect(document.format).toBe("claimbench-workspace");
  expect(document.claims.map((claim) => claim.statement).sort()).toEqual(DEMO_CLAIMS.map((claim) => claim.statement).sort());
});

test("one article, or the claims list's filter, exports only those claims", async ({ page }) => {
  const workspace = await demoDesk();
  await signIn(page, workspace.users.VIEWER.email);
  await page.goto(`/w/${workspace.slug}/reports`);
  // The lossless JSON holds every reviewer's verdicts and the audit trail: editors and owners only.
  await expect(page.getByLabel(/^Workspace JSON/)).toBeDisabled();
  await expect(page.getByText("Only for editors and above: it holds every reviewer’s verdicts and the audit trail.")).toBeVisible();
  const article = (await listArticles({ actor: workspace.users.VIEWER, slug: workspace.slug })).find((item) => item.title.startsWith("The End of the Caliphate"))!;
  await page.getByLabel("Article", { exact: true }).selectOption({ label: `${article.title} (2 claims)` });
  await expect(page.getByLabel("One article")).toBeChecked();
  const byArticle = csvRows((await download(page, "Download")).text);
  expect(byArticle.map((row) => row.Article)).toEqual([article.title, article.title]);

  await page.goto(`/w/${workspace.slug}/claims?status=RESOLVED`);
  await page.getByRole("link", { name: "Export these claims" }).click();
  await expect(page.getByLabel(/The claims list's filter/)).toBeChecked();
  await expect(page.getByText("Status: Resolved")).toBeVisible();
  const filtered = csvRows((await download(page, "Download")).text);
  expect(filtered.map((row) => row.Status)).toEqual(["Resolved", "Resolved"]);
});

test("a large export runs in the background with a progress bar, then downloads", async ({ page }) => {
  const workspace = await createTestWorkspace();
  const actor = workspace.users.EDITOR;
  const access = (await getWorkspaceAccess({ actor, slug: workspace.slug }))!;
  const article = (await listArticles({ actor, slug: workspace.slug }))[0]!;
  const spans = Array.from({ length: 40 }, (_, n) => ({ start: 0, end: 10, statement: `Bulk claim ${n + 1}` }));
  await insertBenchClaims({ workspaceId: access.workspace.id, articleId: article.id, spans, createdById: actor.id });

  await signIn(page, actor.email);
  await page.goto(`/w/${workspace.slug}/reports`);
  await expect(page.getByRole("link", { name: "Download" })).toHaveCount(0);
  await page.getByRole("button", { name: "Prepare export" }).click();
  const job = page.getByRole("region", { name: /^Export started/ });
  await expect(job.getByRole("progressbar")).toBeVisible();
  const link = job.getByRole("link", { name: /^Download .*\.csv$/ });
  await expect(link).toBeVisible({ timeout: 30_000 });
  await expect(job.getByRole("progressbar")).toHaveCount(0);
  const file = await download(page, /^Download .*\.csv$/);
  expect(csvRows(file.text).map((row) => row.Statement).sort()).toEqual(spans.map((span) => span.statement).sort());

  // The finished job is still listed, with its file, after a reload.
  await page.reload();
  await expect(page.getByRole("region", { name: /^Export started/ }).getByRole("link", { name: /^Download .*\.csv$/ })).toBeVisible();
});

test("a PDF report of many claims is prepared in the background, and one over 500 claims is refused with the reason", async ({ page }) => {
  const workspace = await createTestWorkspace();
  const actor = workspace.users.EDITOR;
  const access = (await getWorkspaceAccess({ actor, slug: workspace.slug }))!;
  const article = (await listArticles({ actor, slug: workspace.slug }))[0]!;
  const bulk = (from: number, count: number) => Array.from({ length: count }, (_, n) => ({ start: 0, end: 10, statement: `Bulk claim ${from + n}` }));
  await insertBenchClaims({ workspaceId: access.workspace.id, articleId: article.id, spans: bulk(1, 40), createdById: actor.id });

  await signIn(page, actor.email);
  await page.goto(`/w/${workspace.slug}/reports`);
  await page.getByLabel(/^PDF report/).check();
  // The bulk claims are open: a report of all claims, not only the resolved ones.
  await page.getByLabel(/^All claims/).check();
  await expect(page.getByRole("link", { name: "Download" })).toHaveCount(0);
  await page.getByRole("button", { name: "Prepare export" }).click();
  const job = page.getByRole("region", { name: /^Export started/ }).first();
  await expect(job.getByRole("link", { name: /^Download .*\.pdf$/ })).toBeVisible({ timeout: 45_000 });
  const pdf = await downloadBytes(page, /^Download .*\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pages = await pdfPages(pdf.bytes);
  expect(pages.length).toBeGreaterThan(2);
  expect(pages.join(" ")).toContain("Bulk claim 40");

  await insertBenchClaims({ workspaceId: access.workspace.id, articleId: article.id, spans: bulk(41, 461), createdById: actor.id });
  await page.reload();
  await page.getByLabel(/^PDF report/).check();
  await page.getByLabel(/^All claims/).check();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/A PDF report holds at most 500 claims and this scope has 501\. Export one article or a filtered list of claims, or use CSV or Markdown/);
  await expect(page.getByRole("button", { name: "Prepare export" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download", exact: true })).toHaveCount(0);
  await page.getByLabel(/^CSV/).check();
  await expect(page.getByRole("button", { name: "Prepare export" })).toBeVisible();
});
