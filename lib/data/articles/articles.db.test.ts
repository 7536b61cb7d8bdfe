import { describe, expect, it } from "vitest";
import { getArticle, listArticles, requireArticle } from "./articles";
import { createTestArticle, createTestWorkspace } from "@test-support/data";

describe("workspace scoping of articles", () => {
  it("a member of workspace A reading workspace B's article by id gets nothing", async () => {
    const a = await createTestWorkspace(["OWNER"]);
    const b = await createTestWorkspace(["OWNER"]);
    const articleOfB = await createTestArticle(b.workspace.id);
    const outsider = { id: a.users.OWNER.id };

    // By B's slug (not a member) and by A's slug (the article is not in A): nothing either way.
    expect(await getArticle({ actor: outsider, slug: b.workspace.slug, articleId: articleOfB.id })).toBeNull();
    expect(await getArticle({ actor: outsider, slug: a.workspace.slug, articleId: articleOfB.id })).toBeNull();
    await expect(requireArticle({ actor: outsider, slug: b.workspace.slug, articleId: articleOfB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listArticles({ actor: outsider, slug: b.workspace.slug })).toEqual([]);

    // The member of B does see it.
    const member = { id: b.users.OWNER.id };
    expect((await getArticle({ actor: member, slug: b.workspace.slug, articleId: articleOfB.id }))?.id).toBe(articleOfB.id);
    expect((await listArticles({ actor: member, slug: b.workspace.slug })).map((x) => x.id)).toEqual([articleOfB.id]);
  });

  it("every role can read, and the list counts words", async () => {
    const { workspace, users } = await createTestWorkspace();
    await createTestArticle(workspace.id, "One two three four.");
    for (const user of Object.values(users)) {
      const [article] = await listArticles({ actor: user, slug: workspace.slug });
      expect(article?.wordCount).toBe(4);
      expect(article?.claimCount).toBe(0);
    }
  });
});
