import { expect, expectNoA11yViolations, test } from "./fixtures/test";
import { startPageServer } from "./fixtures/page-server";
import { publishFactCheck, unpublishFactCheck } from "./fixtures/publications";
import { createTestWorkspace } from "./fixtures/workspace";
import { testFactCheck } from "@test-support/publications";

// The reader's side of publishing (issue 19): a signed-out reader opens a published fact-check, its social
// card and its embed on another site; unpublishing turns the page into 410 Gone.

const SUMMARY = "Estimates at the peak in 2015 ranged from 8 to 12 million; the figure is at the top of that range.";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("a signed-out reader sees the rating and summary, the card is 1200×630, the embed works on another site, and unpublishing answers 410", async ({ browser, request }, testInfo) => {
  const workspace = await createTestWorkspace();
  const published = await publishFactCheck(workspace, testFactCheck({ statement: "IS ruled about 12 million people at its height", headline: "Did IS rule 12 million people?" }));

  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(published.path);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toBe("public, max-age=60, s-maxage=300, stale-while-revalidate=86400");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Did IS rule 12 million people?");
  await expect(reader.getByRole("region", { name: "Claim" })).toContainText("Mostly true");
  await expect(reader.getByText(SUMMARY)).toBeVisible();
  await expect(reader.getByRole("link", { name: "How the Islamic State ends" })).toHaveAttribute("href", "https://www.example.org/isis-ends");
  await expectNoA11yViolations(reader, "public page");
  await reader.screenshot({ path: testInfo.outputPath("public-page-en.png"), fullPage: true });

  const card = await request.get((await reader.locator('meta[property="og:image"]').getAttribute("content"))!);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  const cardBytes = await card.body();
  expect(pngSize(cardBytes)).toEqual({ width: 1200, height: 630 });
  await testInfo.attach("card-en.png", { body: cardBytes, contentType: "image/png" });

  // A newsroom's article on another origin, with the embed in an iframe.
  const embedUrl = new URL(`${published.path}/embed`, reader.url()).href;
  const site = await startPageServer(0, {
    "/article": { body: `<!doctype html><html lang="en"><head><title>A newsroom's article</title></head><body><main><h1>A newsroom's article</h1><iframe src="${embedUrl}" title="Fact-check" width="600" height="240"></iframe></main></body></html>` },
  });
  try {
    const newsroom = await (await browser.newContext()).newPage();
    await newsroom.goto(`${site.origin}/article`);
    const embed = newsroom.frameLocator('iframe[title="Fact-check"]');
    await expect(embed.getByText("Mostly true")).toBeVisible();
    const link = embed.getByRole("link", { name: /Read the fact-check/ });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener");
    await newsroom.screenshot({ path: testInfo.outputPath("embed.png") });
  } finally {
    await site.close();
  }

  await unpublishFactCheck(published);
  const gone = await request.get(published.path);
  expect(gone.status()).toBe(410);
  expect(await gone.text()).toContain("This fact-check was withdrawn");
});

test("an Arabic fact-check reads right to left, passes axe, and its card is drawn", async ({ browser, request }, testInfo) => {
  const workspace = await createTestWorkspace();
  const base = testFactCheck();
  const published = await publishFactCheck(workspace, {
    ...base,
    headline: "هل حكم التنظيم ١٢ مليون شخص؟",
    summary: "تراوحت التقديرات في ذروة عام ٢٠١٥ بين ٨ و١٢ مليون شخص، والرقم في أعلى هذا النطاق.",
    claim: { ...base.claim, statement: "حكم التنظيم نحو ١٢ مليون شخص في العراق وسوريا", claimant: "وزارة الإعلام", quote: { exact: "نحو ١٢ مليون شخص", before: "قال البيان إن التنظيم حكم ", after: " في ذروة سيطرته." }, language: "ar", direction: "rtl" },
  });
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(published.path))?.status()).toBe(200);
  await expect(reader.locator("article")).toHaveAttribute("dir", "rtl");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("هل حكم التنظيم ١٢ مليون شخص؟");
  await expectNoA11yViolations(reader, "Arabic public page");
  await reader.screenshot({ path: testInfo.outputPath("public-page-ar.png"), fullPage: true });
  const card = await request.get(`${published.path}/card.png`);
  expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
  await testInfo.attach("card-ar.png", { body: await card.body(), contentType: "image/png" });
});

test("a reader finds a fact-check on the publisher's index by searching, and opens it", async ({ browser }, testInfo) => {
  const workspace = await createTestWorkspace();
  await publishFactCheck(workspace, testFactCheck({ statement: "IS ruled about 12 million people at its height", headline: "Did IS rule 12 million people?" }));
  const raqqa = await publishFactCheck(workspace, testFactCheck({ statement: "Raqqa fell to the SDF in October 2017", headline: "Did Raqqa fall in October 2017?", ratingLabel: "True" }));

  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/p/${workspace.slug}`))?.status()).toBe(200);
  const listing = reader.getByRole("main").getByRole("listitem");
  // Newest first.
  await expect(listing.getByRole("heading", { level: 2 })).toHaveText(["Did Raqqa fall in October 2017?", "Did IS rule 12 million people?"]);
  await expectNoA11yViolations(reader, "public index");
  await reader.screenshot({ path: testInfo.outputPath("public-index.png"), fullPage: true });

  await reader.getByRole("searchbox", { name: "Search the fact-checks" }).fill("raqqa");
  await reader.getByRole("button", { name: "Search" }).click();
  await expect(reader.getByRole("status")).toHaveText("1 fact-check matches “raqqa”.");
  await expect(listing).toHaveCount(1);
  await listing.getByRole("link", { name: "Did Raqqa fall in October 2017?" }).click();
  await expect(reader).toHaveURL(new RegExp(`${raqqa.path}$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Did Raqqa fall in October 2017?");

  // Words that match nothing say so, and what to try.
  await reader.goto(`/p/${workspace.slug}?q=${encodeURIComponent("<script>alert(1)</script>")}`);
  await expect(reader.getByRole("main")).toContainText("No fact-check matches these words. Try fewer or other words.");
  await expect(reader.getByRole("status")).toContainText("<script>alert(1)</script>");
});
