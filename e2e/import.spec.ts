import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signIn } from "./fixtures/workspace";

const htmlPage = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>` +
  `<p>${text} The figures were published by the ministry on Tuesday and checked against the aid agencies' own counts.</p>` +
  `<p>Officials said the numbers would be revised as more families registered at the reception centres.</p></article></body></html>`;

const file = (name: string, content: string, mimeType = "text/html") => ({ name, mimeType, buffer: Buffer.from(content, "utf8") });

test("uploading three HTML files, one broken: two are imported and one is refused with its reason", async ({ page }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  await signIn(page, workspace.users.EDITOR.email);
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: "Import articles" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Import articles" })).toBeVisible();

  await page.getByLabel("Article files").setInputFiles([
    file("returns.html", htmlPage("Families return to Mosul", "About 12,000 families returned to eastern Mosul in March.")),
    file("broken.html", "<html><head><title>Half a page"),
    file("camps.html", htmlPage("Camps near capacity", "The camps south of the city held over 80,000 people.")),
  ]);
  await page.getByRole("button", { name: "Import files" }).click();

  // The upload starts a background job: its progress is shown, then its results.
  const job = page.getByRole("region", { name: "Import of 3 files" });
  await expect(job).toBeVisible();
  const status = page.getByRole("main").getByRole("status");
  await expect(status).toHaveText("Done: 2 imported, 0 duplicates, 1 refused.");
  await expect(job).toContainText("Ready");
  const rows = page.getByRole("table", { name: "Import results, one row per file" }).getByRole("row");
  const expectResults = async () => {
    await expect(rows).toHaveCount(4);
    await expect(rows.filter({ hasText: "returns.html" })).toContainText("Imported");
    await expect(rows.filter({ hasText: "camps.html" })).toContainText("Camps near capacity");
    await expect(rows.filter({ hasText: "broken.html" })).toContainText("Refused");
    await expect(rows.filter({ hasText: "broken.html" })).toContainText("Not imported: no readable text was found in it");
  };
  await expectResults();

  // The results are the job's, kept on the server: a reload shows them again.
  await page.reload();
  await expect(status).toHaveText("Done: 2 imported, 0 duplicates, 1 refused.");
  await expectResults();

  await page.getByRole("link", { name: "Families return to Mosul" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Families return to Mosul");
  await expect(page.getByText("About 12,000 families returned to eastern Mosul in March.", { exact: false })).toBeVisible();

  // The same files again: reported as duplicates, not imported twice.
  await page.goto(`/w/${workspace.slug}/articles/import`);
  await page.getByLabel("Article files").setInputFiles([file("returns-again.html", htmlPage("Families return to Mosul", "About 12,000 families returned to eastern Mosul in March."))]);
  await page.getByRole("button", { name: "Import files" }).click();
  await expect(status).toHaveText("Done: 0 imported, 1 duplicate, 0 refused.");
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "returns-again.html" })).toContainText('same text as "Families return to Mosul"');
});

test("saved news pages with scripts import without a checkbox, their furniture listed apart; a page its scripts build points to the clipper", async ({ page }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  await signIn(page, workspace.users.EDITOR.email);
  await page.goto(`/w/${workspace.slug}/articles/import`);
  await expect(page.getByLabel("Strip scripts from HTML files")).toHaveCount(0);
  const saved = (name: string) => ({ name, mimeType: "text/html", buffer: readFileSync(path.join(import.meta.dirname, "../scripts/test-support/news-pages", name)) });
  await page.getByLabel("Article files").setInputFiles([saved("world-mosul-returns.html"), saved("app-shell.html")]);
  await page.getByRole("button", { name: "Import files" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Done: 1 imported, 0 duplicates, 1 refused.");
  const rows = page.getByRole("table", { name: "Import results, one row per file" }).getByRole("row");
  // 5 scripts, a byline, 3 share links, 2 captions and a sponsored unit; the blank lines between paragraphs are not counted.
  await expect(rows.filter({ hasText: "world-mosul-returns.html" })).toContainText("Families return to west Mosul as aid falls short · 12 lines cleaned away");
  await expect(rows.filter({ hasText: "app-shell.html" })).toContainText('Not imported: its text seems to be built by its scripts: once its 3 scripts were removed (they are never run), only 1 word was left. Open the page in your browser and use the "Clip to Claimbench" bookmarklet');

  await page.getByRole("link", { name: "Families return to west Mosul as aid falls short" }).click();
  const article = page.getByRole("article");
  await expect(article).toContainText("More than 12,000 families have returned to west Mosul");
  // Out of the text: only in the list of what was cleaned away, closed until asked for.
  await expect(page.getByText("Sponsored: Five ways", { exact: false })).toBeHidden();
  await expect(page.getByText("Jane Roe", { exact: true })).toBeVisible();
  await page.getByText("Cleaned on import: 12 lines removed").click();
  await expect(page.getByText("Photo caption · line 17")).toBeVisible();
  await expect(page.getByText("Advertisement · line 27")).toBeVisible();
  await page.getByRole("checkbox", { name: /^Put back line 17: Families queue for water/ }).check();
  await page.getByRole("button", { name: "Put back 1 selected" }).click();
  await expect(page.getByRole("status")).toHaveText("Put back 1 line. Claims: 0 stayed in place, 0 moved, 0 lost their place.");
  await expect(article.getByText("Families queue for water in west Mosul on Tuesday.", { exact: false })).toBeVisible();
});

test("a page nested 60,000 deep and a text of 3 million characters are refused with their reasons; a page with broken CSS imports", async ({ page }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  await signIn(page, workspace.users.EDITOR.email);
  await page.goto(`/w/${workspace.slug}/articles/import`);
  const nested = `<!doctype html><html><body>${"<div>".repeat(60_000)}Deep text${"</div>".repeat(60_000)}</body></html>`;
  const styled = htmlPage("Shelters reopen", "Nine shelters reopened in the north.").replace("</head>", "<style>}}} @media {{{ a { color: red</style></head>");
  await page.getByLabel("Article files").setInputFiles([
    file("nested.html", nested),
    file("long.txt", `Long report\n\n${"The count rose again. ".repeat(140_000)}`, "text/plain"),
    file("styled.html", styled),
  ]);
  await page.getByRole("button", { name: "Import files" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Done: 1 imported, 0 duplicates, 2 refused.");
  const rows = page.getByRole("table", { name: "Import results, one row per file" }).getByRole("row");
  await expect(rows.filter({ hasText: "nested.html" })).toContainText("it nests elements 60,002 deep; no article page does");
  await expect(rows.filter({ hasText: "long.txt" })).toContainText("it has 3,080,013 characters, over the limit of 2,000,000 characters for one article.");
  await expect(rows.filter({ hasText: "styled.html" })).toContainText("Imported");
  await page.goto(`/w/${workspace.slug}/articles`);
  await expect(page.getByRole("main")).not.toContainText("Long report");
});

test("files over 100 MB in total are refused before they are sent, and the server refuses such an upload too", async ({ page }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  await signIn(page, workspace.users.EDITOR.email);
  await page.goto(`/w/${workspace.slug}/articles/import`);
  await expect(page.getByText("in one upload")).toContainText("up to 20 MB each and 100 MB in one upload");

  const dir = mkdtempSync(path.join(tmpdir(), "claimbench-bulk-"));
  try {
    const paths = Array.from({ length: 6 }, (_, n) => {
      const name = path.join(dir, `part-${n}.txt`);
      writeFileSync(name, Buffer.alloc(18 * 1024 * 1024, 0x61));
      return name;
    });
    await page.getByLabel("Article files").setInputFiles(paths);
    await page.getByRole("button", { name: "Import files" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("These 6 files are 108 MB in total, over the limit of 100 MB for one upload. Upload them in parts.");
    await expect(page.getByRole("region", { name: /Import of/ })).toHaveCount(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // A script posting past the form gets the same limit from the server, before the body is read.
  const response = await page.request.post(`/w/${workspace.slug}/articles/import/files`, {
    multipart: { files: { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(101 * 1024 * 1024, 0x61) } },
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.message).toBe("The upload is over 100 MB in total, the limit for one upload. Upload the files in parts, or ask an administrator to raise CLAIMBENCH_MAX_BULK_UPLOAD_BYTES.");
  await page.goto(`/w/${workspace.slug}/articles`);
  await expect(page.getByRole("main")).not.toContainText("huge");
});

test("a pasted article is imported with its metadata, and lines the cleaner removed can be put back", async ({ page }) => {
  const workspace = await createTestWorkspace({ withCorpus: false });
  await signIn(page, workspace.users.EDITOR.email);
  await page.goto(`/w/${workspace.slug}/articles/import`);
  const text = ["Aid convoy reaches Raqqa", "Share this article", "The first convoy in six months brought food for 25,000 people, the agency said.", "", "Advertisement", "", "A second convoy is planned for May."].join("\n");
  await page.getByLabel("Article text").fill(text);
  await page.getByLabel("Publisher").fill("Relief Wire");
  await page.getByLabel("Published on").fill("2017-04-02");
  await page.getByRole("button", { name: "Import article" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aid convoy reaches Raqqa");
  await expect(page.getByRole("status")).toContainText('Imported "\u2068Aid convoy reaches Raqqa\u2069".');
  await expect(page.getByText("Relief Wire")).toBeVisible();
  await expect(page.getByText("Advertisement", { exact: true })).toBeHidden();

  await page.getByText(/Cleaned on import: \d+ lines removed/).click();
  await page.getByRole("checkbox", { name: "Put back line 5: Advertisement" }).check();
  await page.getByRole("button", { name: "Put back 1 selected" }).click();
  await expect(page.getByRole("status")).toHaveText("Put back 1 line. Claims: 0 stayed in place, 0 moved, 0 lost their place.");
  await expect(page.getByRole("article").getByText("Advertisement", { exact: true })).toBeVisible();
});

test("a fact-checker's page is imported as fact-checks, review by review, and one is linked to the claim it reviewed", async ({ page }) => {
  const workspace = await createTestWorkspace();
  const claim = await createTestClaim(workspace, {
    article: /The End of the Caliphate/,
    quote: "cost ISIS 12 percent of their territory",
    statement: "Iraqi and Kurdish advances cost ISIS 12 percent of its territory",
  });
  const review = (url: string, claimReviewed: string, rating: Record<string, unknown>) => ({
    "@type": ["Review", "ClaimReview"],
    url,
    claimReviewed,
    inLanguage: "en",
    author: { "@type": "Organization", name: "Desk Check", url: "https://www.deskcheck.example/" },
    datePublished: "2016-07-20",
    reviewRating: { "@type": "Rating", ...rating },
  });
  const graph = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "NewsArticle", headline: "Two claims about ISIS territory, checked" },
      { "@type": "Organization", name: "Desk Check" },
      review("https://deskcheck.example/isis-territory", "Iraqi and Kurdish advances cost ISIS 12 percent of its territory", { ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false" }),
      review("https://deskcheck.example/isis-oil", "ISIS earns 3 million dollars a day from oil", { alternateName: "Exaggerated" }),
      { "@type": "ClaimReview", url: "https://deskcheck.example/no-claim", reviewRating: { alternateName: "False" } },
    ],
  };
  const html = `<!doctype html><html lang="en"><head><title>Desk Check</title>
<script src="https://deskcheck.example/analytics.js"></script>
<script type="application/ld+json">${JSON.stringify(graph)}</script>
<script type="application/ld+json">{ "@type": "BreadcrumbList", }</script>
</head><body><h1>Two claims about ISIS territory, checked</h1></body></html>`;
  await signIn(page, workspace.users.REVIEWER.email);
  await page.goto(`/w/${workspace.slug}/sources`);
  await page.getByRole("link", { name: "Import outside fact-checks (ClaimReview)" }).click();
  await page.getByLabel("ClaimReview file", { exact: true }).setInputFiles(file("desk-check.html", html, "text/html"));
  await page.getByRole("button", { name: "Import fact-checks" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("desk-check.html (an HTML page with 2 JSON-LD blocks (ClaimReview JSON-LD)): imported 2 fact-checks; 1 skipped.");
  const outcome = page.getByRole("list", { name: "Reviews in the file" }).getByRole("listitem");
  await expect(outcome.nth(0)).toContainText("Imported: Fact-check: Iraqi and Kurdish advances");
  await expect(outcome.nth(0)).toContainText("Desk Check · deskcheck.example · 2016-07-20 · English (en)");
  await expect(outcome.nth(0)).toContainText("Rated “Mostly false” (2 of 5), on this workspace's scale: Mostly false");
  await expect(outcome.nth(1)).toContainText('Rated “Exaggerated”, kept as text (no level of this workspace\'s scale is called "Exaggerated", and it gives no value)');
  await expect(outcome.nth(2).getByText("Skipped: ClaimReview 3 of 3 (in the JSON-LD block on line 3)")).toBeVisible();
  await expect(outcome.nth(2).getByText("claimReviewed is missing", { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Also passed over" })).toContainText("the JSON-LD block on line 4 is not valid JSON");

  const factCheck = page.getByRole("listitem", { name: /Fact-check: Iraqi and Kurdish advances/ });
  await expect(factCheck).toContainText("Mostly false (2 of 5) · on this workspace's scale: Mostly false · Desk Check (deskcheck.example)");
  const form = factCheck.getByRole("form", { name: "Link as evidence to: Iraqi and Kurdish advances cost ISIS 12 percent of its territory" });
  await expect(form.getByLabel("Stance")).toHaveValue("CONTRADICTS");
  await expect(form.getByLabel("Note")).toHaveValue('Rated "Mostly false" (2 on a scale of 1 to 5) by Desk Check.');
  await form.getByRole("button", { name: "Link as evidence" }).click();
  await expect(factCheck).toContainText("linked to 1 claim");

  await page.goto(claim.url);
  await expect(page.getByRole("main")).toContainText('Rated "Mostly false" (2 on a scale of 1 to 5) by Desk Check.');

  // A page with no ClaimReview is refused, saying what it holds instead, and nothing is added.
  await page.goto(`/w/${workspace.slug}/sources/claimreview`);
  const article = '<html><head><script type="application/ld+json">[{"@type": "NewsArticle"}, {"@type": "BreadcrumbList"}]</script></head><body>News</body></html>';
  await page.getByLabel("ClaimReview file", { exact: true }).setInputFiles(file("news.html", article, "text/html"));
  await page.getByRole("button", { name: "Import fact-checks" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("news.html was refused: no ClaimReview found in this page: it holds NewsArticle, BreadcrumbList.");
  await expect(page.getByRole("listitem", { name: /^Fact-check:/ })).toHaveCount(2);
});

