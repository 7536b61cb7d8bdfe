import { addExternalEvidence } from "@/lib/data/evidence/evidence";
import { getArticle } from "@/lib/data/articles/articles";
import { updateArticleText } from "@/lib/data/articles/article-text";
import { setTestMemberRole } from "@test-support/data";
import { addExternalEvidenceSchema } from "@/lib/schemas/evidence";
import { createTestClaim } from "./fixtures/claims";
import { expect, test } from "./fixtures/test";
import { createTestWorkspace, signIn } from "./fixtures/workspace";

// Whether a member may edit a claim is one rule (lib/domain/permissions.ts), asked by the pages and by the
// server alike. A reviewer who marked a claim and was then demoted to viewer once saw the reader's
// "re-attach" control for it, which the server then refused: now no page offers them an edit, and the
// server refuses it as before.

const QUOTE = "around 12 million people";

test("a claim's creator demoted to viewer sees no edit control, and the server refuses the edit", async ({ page }) => {
  const workspace = await createTestWorkspace();
  const { slug } = workspace;
  const creator = workspace.users.REVIEWER;
  const claim = await createTestClaim(workspace, { article: /How the Islamic State ends/, quote: QUOTE, statement: "IS ruled about 12 million people" });
  await addExternalEvidence({
    actor: creator, slug,
    input: addExternalEvidenceSchema.parse({ claimId: claim.id, sourceMode: "new", stance: "SUPPORTS", excerpt: "Some 12 million people lived under IS rule.", kind: "WEB_PAGE", title: "A census estimate", url: "https://example.org/census" }),
  });
  // An editor's change of the text loses the claim's quote, so the reader offers to re-attach it.
  const article = (await getArticle({ actor: workspace.users.EDITOR, slug, articleId: claim.articleId }))!;
  const at = article.body.indexOf(QUOTE);
  const body = `${article.body.slice(0, Math.max(0, at - 80))} ${article.body.slice(at + QUOTE.length + 80)}`;
  await updateArticleText({ actor: workspace.users.EDITOR, slug, articleId: article.id, version: article.version, body });

  await signIn(page, creator.email);
  const orphans = page.getByRole("region", { name: /Claims that lost their place/ });
  const claimDetails = page.getByRole("form", { name: "Claim details" });
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });

  // As a reviewer, the creator has the controls: re-attach in the reader, edit and remove on the claim's page.
  await page.goto(`/w/${slug}/articles/${claim.articleId}`);
  await expect(orphans.getByRole("button", { name: "Select text to re-attach" })).toBeVisible();
  await page.goto(claim.url);
  await expect(claimDetails.getByRole("button", { name: "Save changes" })).toBeVisible();
  await expect(evidence.getByRole("button", { name: "Remove" })).toBeVisible();

  await setTestMemberRole({ slug, userId: creator.id, role: "VIEWER" });

  // As a viewer: the claim is still listed and readable, with no control to change it anywhere.
  await page.goto(`/w/${slug}/articles/${claim.articleId}`);
  await expect(orphans).toContainText("IS ruled about 12 million people");
  await expect(orphans.getByRole("button")).toHaveCount(0);
  await page.goto(claim.url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("IS ruled about 12 million people");
  await expect(page.getByRole("heading", { name: "Claim details" })).toBeVisible();
  await expect(claimDetails).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(evidence).toContainText("A census estimate");
  await expect(evidence.getByRole("button", { name: "Remove" })).toHaveCount(0);

  // The server refuses the edit as before, whatever the page shows.
  const read = await page.request.get(`/api/v1/workspaces/${slug}/claims/${claim.id}`);
  expect(read.status()).toBe(200);
  const edit = await page.request.patch(`/api/v1/workspaces/${slug}/claims/${claim.id}`, {
    headers: { "If-Match": read.headers()["etag"]! },
    data: { statement: "A viewer's rewording" },
  });
  expect(edit.status()).toBe(403);
  expect((await edit.json()).error.code).toBe("FORBIDDEN");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("IS ruled about 12 million people");
});
