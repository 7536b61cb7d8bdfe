import { expect, test } from "./fixtures/test";
import { createTestArticle } from "./fixtures/articles";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signIn, type TestWorkspace } from "./fixtures/workspace";

// An editor corrects an article's language; search follows it at once.
const TITLE = "Mossoul : la fin d'une bataille";
const QUOTE = "les combattants ont quitté la vieille ville";
const TEXT = `Selon la coalition, ${QUOTE} de Mossoul en juillet 2017, après neuf mois de combats.\n\nPrès de 900 000 personnes ont fui la ville pendant la bataille.`;

let workspace: TestWorkspace;
test.beforeAll(async () => {
  workspace = await createTestWorkspace();
  // The page said English, wrongly: the kind of mistake an editor corrects.
  await createTestArticle(workspace, { title: TITLE, text: TEXT, publisher: "Le Monde", language: "en" });
  await createTestClaim(workspace, { article: /Mossoul/, quote: QUOTE, statement: "Les combattants ont quitté la vieille ville de Mossoul" });
});

test("an editor sees the article's language, changes it, and search follows it", async ({ page }) => {
  await signIn(page, workspace.users.EDITOR.email);
  const search = async (q: string, count: string) => {
    await page.goto(`/w/${workspace.slug}/claims`);
    const filters = page.getByRole("search", { name: "Filter claims" });
    await filters.getByLabel("Search").fill(q);
    await filters.getByLabel("Search").press("Enter");
    await expect(page).toHaveURL(new RegExp(`q=${q}`));
    await expect(page.getByRole("main").getByRole("status")).toHaveText(count);
  };
  // Searched as English, the infinitive does not find the participle "quitté".
  await search("quitter", "0 claims");

  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: /Mossoul/ }).click();
  await expect(page.getByTestId("article-language")).toHaveText("English (en)");
  await page.getByRole("button", { name: "Change language" }).click();
  await page.getByLabel("Language code").fill("fr");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Language set" })).toHaveText("Language set to French (fr).");
  await expect(page.getByTestId("article-language")).toHaveText("French (fr)");
  await expect(page.getByTestId("article-body")).toHaveAttribute("lang", "fr");
  await page.locator("article header").screenshot({ path: "/tmp/article-language-header.png" });

  await search("quitter", "1 claim");
  await expect(page.getByRole("link", { name: /Les combattants ont quitté la vieille ville de Mossoul/ })).toBeVisible();
});
