import { expect, test } from "./fixtures/test";
import { selectText } from "./fixtures/select-text";
import { createTestWorkspace, signIn } from "./fixtures/workspace";

// A phone: touch input, 360 px. Taps are real touch events. The selection itself is what a long press
// and its handles make; headless Chromium makes none from a touch gesture, so it is set as they would
// set it. What is checked is the reader's part: a touch press (no mouse, often a cancelled pointer)
// must not leave the reader waiting for a mouseup, the toolbar must appear, and marking must work by tap.
test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });

test("a claim is marked by touch on a phone-sized screen", async ({ page }) => {
  const workspace = await createTestWorkspace();
  await signIn(page, workspace.users.REVIEWER.email);
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: /How the Islamic State ends/ }).tap();
  const body = page.getByTestId("article-body");
  await expect(body).toBeVisible();

  const box = (await body.boundingBox())!;
  await page.touchscreen.tap(box.x + 40, box.y + 20);
  const mark = page.getByRole("toolbar", { name: "Selection" }).getByRole("button", { name: /Mark claim/ });
  await selectText(page, "around 12 million people", 0, mark);
  await mark.tap();
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form.getByLabel("Value")).toHaveValue("12000000");
  await form.getByLabel("Statement").fill("IS ruled around 12 million people");
  await form.getByRole("button", { name: "Save claim" }).tap();
  await expect(page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: /IS ruled around 12 million people/ })).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
});
