import { describe, expect, it } from "vitest";
import { createTestArticle, createTestClaim, createTestWorkspace, createSpanClaim } from "@test-support/data";
import { getDb } from "@/lib/db/client";
import { articleTableQuerySchema } from "@/lib/schemas/article-table";
import { listArticleTable } from "@/lib/data/articles/article-table";

// The articles page: searched by title, publisher and author; sorted by date, publisher or claims.

describe("the articles page's search and sorts", () => {
  it("searches and sorts by date, publisher and number of claims, missing values last", async () => {
    const { workspace, users } = await createTestWorkspace(["VIEWER"]);
    await createTestClaim(workspace.id); // an article of its own, to show others do not leak in
    const specs = [
      { title: "Raqqa falls", publisher: "Reuters", publishedAt: new Date("2017-10-17"), claims: 1 },
      { title: "Mosul retaken", publisher: "AP", publishedAt: new Date("2017-07-10"), claims: 3 },
      { title: "Caliphate shrinks", publisher: null, publishedAt: null, claims: 0 },
    ];
    const ids: Record<string, string> = {};
    for (const spec of specs) {
      const body = `A text about ${spec.title}: around 12 million people. ${Math.random()}`;
      const { id } = await createTestArticle(workspace.id, body);
      await getDb().article.update({ where: { id }, data: { title: spec.title, publisher: spec.publisher, publishedAt: spec.publishedAt } });
      for (let i = 0; i < spec.claims; i++) await createSpanClaim({ workspaceId: workspace.id, articleId: id, body, quote: "12 million people" });
      ids[spec.title] = id;
    }
    const list = async (query: Record<string, string>) =>
      (await listArticleTable({ actor: users.VIEWER, slug: workspace.slug, query: articleTableQuerySchema.parse(query) })).filter((a) => a.title !== "Test article").map((a) => a.title);

    expect(await list({})).toEqual(["Mosul retaken", "Raqqa falls", "Caliphate shrinks"]);
    expect(await list({ sort: "published", dir: "desc" })).toEqual(["Raqqa falls", "Mosul retaken", "Caliphate shrinks"]);
    expect(await list({ sort: "publisher" })).toEqual(["Mosul retaken", "Raqqa falls", "Caliphate shrinks"]);
    expect(await list({ sort: "claims" })).toEqual(["Mosul retaken", "Raqqa falls", "Caliphate shrinks"]);
    expect(await list({ sort: "claims", dir: "asc" })).toEqual(["Caliphate shrinks", "Raqqa falls", "Mosul retaken"]);
    expect(await list({ q: "reuters" })).toEqual(["Raqqa falls"]);
    expect(await list({ q: "MOSUL", sort: "claims" })).toEqual(["Mosul retaken"]);
    expect(articleTableQuerySchema.safeParse({ sort: "words" }).success).toBe(false);
  });
});
