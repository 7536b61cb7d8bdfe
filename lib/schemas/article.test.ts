import { describe, expect, it } from "vitest";
import { articleLengthProblem, articleTextSchema, createArticleSchema, MAX_ARTICLE_LENGTH } from "./article";

const ARTICLE_ID = "6f0c5a4e-8d1b-4c3e-9a2f-1b2c3d4e5f60";

describe("the article length limit", () => {
  it("lets a text of exactly the limit through and states the limit for one character more", () => {
    expect(articleLengthProblem(MAX_ARTICLE_LENGTH)).toBeNull();
    expect(articleLengthProblem(MAX_ARTICLE_LENGTH + 1, "it")).toBe("it has 2,000,001 characters, over the limit of 2,000,000 characters for one article.");
  });

  it("refuses a text edit and an API article over the limit with the same message", () => {
    const body = "x".repeat(3_000_000);
    const edit = articleTextSchema.safeParse({ articleId: ARTICLE_ID, version: 1, body });
    const created = createArticleSchema.safeParse({ title: "Long", body });
    const message = "The text has 3,000,000 characters, over the limit of 2,000,000 characters for one article.";
    expect(edit.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[["body"], message]]);
    expect(created.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[["body"], message]]);
  });
});
