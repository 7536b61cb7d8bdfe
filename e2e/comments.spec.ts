import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createTestClaim, recordTestVerdict } from "./fixtures/claims";
import { createTestWorkspace, signedInPage } from "./fixtures/workspace";

// A claim's discussion: a reviewer who has rated comments and mentions the editor with the picker (by
// keyboard), the editor replies, edits the reply, deletes it (a tombstone stays); a second reviewer who has
// not rated sees neither comment until they record their verdict (blind review, as for verdicts).

const discussion = (page: Page) => page.getByRole("region", { name: "Discussion" });
const SHOTS = process.env.CLAIMBENCH_RESULTS_DIR || "test-results";

test("comment with a mention, reply, edit, delete to a tombstone; hidden from a reviewer who has not rated", async ({ browser }) => {
  const workspace = await createTestWorkspace({ extraReviewers: 1 });
  const [reviewerA, reviewerB, editor] = [workspace.users.REVIEWER, workspace.reviewers[0]!, workspace.users.EDITOR];
  const claim = await createTestClaim(workspace, { article: /How the Islamic State ends/, quote: "around 12 million people", statement: "IS ruled about 12 million people" });
  await recordTestVerdict(workspace, reviewerA, claim.id, "False", "The census says fewer.");

  const a = await signedInPage(browser, reviewerA.email);
  await a.goto(claim.url);
  await expect(discussion(a)).toContainText("No comments yet.");
  const box = discussion(a).getByRole("combobox", { name: "Add a comment" });
  await box.fill("Has anyone checked the census <b>table</b>? https://example.org/census ");
  await box.pressSequentially(`@${editor.name.split(" ")[0]!.slice(0, 3)}`);
  const picker = discussion(a).getByRole("listbox", { name: "Members to mention" });
  await expect(picker.getByRole("option", { name: editor.name })).toBeVisible();
  // Keyboard only: move to the editor's option (the first one is active) and choose it with Enter.
  await box.press("Enter");
  await expect(picker).toBeHidden();
  await box.pressSequentially("please look.");
  await expect(box).toHaveValue(`Has anyone checked the census <b>table</b>? https://example.org/census @${editor.name} please look.`);
  await discussion(a).getByRole("button", { name: "Post comment" }).click();
  const first = discussion(a).getByRole("listitem", { name: `Comment by ${reviewerA.name}` });
  await expect(first).toContainText(`Has anyone checked the census <b>table</b>?`);
  await expect(first.locator("b")).toHaveCount(0);
  await expect(first.getByRole("link", { name: "https://example.org/census" })).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
  await a.screenshot({ path: `${SHOTS}/comments-reviewer.png`, fullPage: true });

  const e = await signedInPage(browser, editor.email);
  await e.goto(claim.url);
  const seen = discussion(e).getByRole("listitem", { name: `Comment by ${reviewerA.name}` });
  await expect(seen).toContainText(`@${editor.name} please look.`);
  await seen.getByRole("button", { name: "Reply" }).click();
  await discussion(e).getByRole("combobox", { name: "Your reply" }).fill("Checking the 2014 tables now.");
  await discussion(e).getByRole("button", { name: "Post reply" }).click();
  const reply = seen.getByRole("listitem", { name: `Comment by ${editor.name}` });
  await expect(reply).toContainText("Checking the 2014 tables now.");
  await reply.getByRole("button", { name: "Edit" }).click();
  await discussion(e).getByRole("combobox", { name: "Edit your comment" }).fill("Checking the 2014 and 2015 tables now.");
  await discussion(e).getByRole("button", { name: "Save comment" }).click();
  await expect(reply).toContainText("Checking the 2014 and 2015 tables now.");
  await expect(reply.getByTestId("comment-edited")).toContainText("edited");
  await e.screenshot({ path: `${SHOTS}/comments-editor.png`, fullPage: true });
  await reply.getByRole("button", { name: "Delete" }).click();
  await reply.getByRole("button", { name: "Yes, delete" }).click();
  await expect(seen.getByRole("listitem", { name: "Deleted comment" })).toContainText("comment deleted");
  await expect(seen).not.toContainText("2015 tables");
  await expect(seen).toContainText("please look.");
  const history = e.getByRole("complementary", { name: "History" });
  await expect(history).toContainText("deleted a comment");

  const b = await signedInPage(browser, reviewerB.email);
  await b.goto(claim.url);
  await expect(discussion(b).getByTestId("hidden-comments")).toHaveText("2 comments by reviewers are hidden until you record your verdict.");
  await expect(discussion(b)).not.toContainText("census");
  await expect(b.getByRole("complementary", { name: "History" })).not.toContainText("census");
  await b.screenshot({ path: `${SHOTS}/comments-blind.png`, fullPage: true });
  const verdicts = b.getByRole("region", { name: "Verdicts" });
  await verdicts.getByLabel("Rating").selectOption({ label: "Mostly false" });
  await verdicts.getByLabel("Rationale").fill("The count includes people who fled.");
  await verdicts.getByRole("button", { name: "Record verdict" }).click();
  await expect(verdicts.getByRole("status")).toHaveText("Verdict recorded.");
  await expect(discussion(b).getByTestId("hidden-comments")).toHaveCount(0);
  await expect(discussion(b).getByRole("listitem", { name: `Comment by ${reviewerA.name}` })).toContainText("please look.");
});
