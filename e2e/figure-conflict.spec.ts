import { expect, test } from "./fixtures/test";
import { createTestClaim } from "./fixtures/claims";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

const ARTICLE = /How the Islamic State ends/;
const AROUND_12 = "At its 2014 peak IS ruled about 12 million people";
const TEN = "IS ruled 10 million people at its 2014 peak";

test("two claims giving different figures for the same quantity each appear in the queue, naming the other, side by side with values in one unit", async ({ browser }) => {
  const workspace = await createTestWorkspace();
  await createTestClaim(workspace, { article: ARTICLE, quote: "around 12 million people", statement: AROUND_12, figure: { value: 12_000_000, qualifier: "about", counted: "people" } });
  await createTestClaim(workspace, { article: ARTICLE, quote: "half of Syria", statement: TEN, figure: { value: 10_000_000, counted: "people" } });
  // A figure of another quantity on the same article: no conflict with either.
  await createTestClaim(workspace, { article: ARTICLE, quote: "Nearly 3,000 Yazidi women and children", statement: "Nearly 3,000 Yazidi women and children were held", figure: { value: 3000, qualifier: "nearly", counted: "yazidi women and children" } });

  const editor = await signedInPage(browser, workspace.users.EDITOR.email);
  await editor.goto(`/w/${workspace.slug}/review`);
  await editor.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Figure conflict" });
  await editor.getByRole("button", { name: "Apply" }).click();
  await expect(editor).toHaveURL(/kind=figure-conflict/);
  const queue = editor.getByRole("table", { name: "Open disagreements" });
  await expect(queue.getByRole("row")).toHaveCount(3); // header + both claims of the conflict
  const sides = [
    { statement: AROUND_12, quote: "“around 12 million people”", value: "12,000,000 people" },
    { statement: TEN, quote: "“half of Syria”", value: "10,000,000 people" },
  ];
  const rowOf = (statement: string) => queue.getByRole("row").filter({ has: editor.getByRole("link", { name: statement }) });
  for (const [self, partner] of [[sides[0]!, sides[1]!], [sides[1]!, sides[0]!]] as const) {
    await expect(rowOf(self.statement).getByRole("cell").nth(1)).toHaveText("Figure conflict");
    await expect(rowOf(self.statement)).toContainText(`Figure differs from: ${partner.statement}`);
  }
  const [listed, other] = [sides[0]!, sides[1]!];
  const row = rowOf(listed.statement);

  await row.getByRole("link", { name: listed.statement }).click();
  const figures = editor.getByRole("region", { name: /Figures in conflict/ });
  await expect(figures.getByRole("listitem", { name: "Figure conflict" })).toHaveCount(1);
  const self = figures.getByRole("article", { name: "This claim" });
  const conflicting = figures.getByRole("article", { name: "Conflicting claim" });
  await expect(self.getByRole("blockquote")).toHaveText(listed.quote);
  await expect(conflicting.getByRole("blockquote")).toHaveText(other.quote);
  await expect(self.getByTestId("normalised-value")).toHaveText(listed.value);
  await expect(conflicting.getByTestId("normalised-value")).toHaveText(other.value);
  await expect(figures).toContainText("10,800,000 to 13,200,000"); // what "about 12 million" allows
});
