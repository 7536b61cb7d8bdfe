import { describe, expect, it } from "vitest";
import { getAgreementRatings } from "./agreement";
import { getDb } from "@/lib/db/client";
import { addTestMember, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const reviewerB = await addTestMember(workspace.id, "REVIEWER", "Zed");
  const [first, second, unrated] = [await claimOnItsArticle(workspace.id), await claimOnItsArticle(workspace.id), await claimOnItsArticle(workspace.id)];
  const ratings = await ratingIds(workspace.id);
  const rate = (actor: { id: string }, claimId: string, label: string) =>
    recordVerdict({ actor, slug: workspace.slug, input: { claimId, ratingId: ratings[label]!, rationale: `Rated ${label}.` } });
  return { workspace, users, reviewerB, first, second, unrated, rate };
}

/** A claim on an article of its own, with that article's id. */
async function claimOnItsArticle(workspaceId: string) {
  const { id } = await createTestClaim(workspaceId);
  return getDb().claim.findUniqueOrThrow({ where: { id }, select: { id: true, articleId: true } });
}

describe("getAgreementRatings", () => {
  it("gives each reviewer's current verdict per rated claim, as labels and ordinals", async () => {
    const { workspace, users, reviewerB, first, second, unrated, rate } = await setup();
    const reviewerA = users.REVIEWER;
    await rate(reviewerA, first.id, "True");
    await rate(reviewerB, first.id, "Unverifiable");
    await rate(reviewerA, first.id, "Mostly false"); // changes A's mind: this one counts
    await rate(reviewerA, second.id, "False");

    const data = await getAgreementRatings({ actor: users.VIEWER, slug: workspace.slug });
    expect(data.reviewers.map((r) => r.id)).toEqual([reviewerA.id, reviewerB.id]); // "REVIEWER …" before "Zed …"
    const row = (claimId: string) => data.units.findIndex((unit) => unit.claimId === claimId);
    expect(data.units.map((unit) => unit.claimId).sort()).toEqual([first.id, second.id].sort());
    expect(row(unrated.id)).toBe(-1);
    expect(data.labels[row(first.id)]).toEqual(["Mostly false", "Unverifiable"]);
    expect(data.ordinals[row(first.id)]).toEqual([2, null]);
    expect(data.labels[row(second.id)]).toEqual(["False", null]);
    expect(data.ordinals[row(second.id)]).toEqual([1, null]);
    expect(data.categories).toEqual(["True", "Mostly true", "Mixed", "Mostly false", "False", "Unverifiable"]);
    expect(data.articles.map((article) => article.id).sort()).toEqual([first.articleId, second.articleId].sort());
  });

  it("limits to one article of the workspace, and refuses an article of another", async () => {
    const { workspace, users, reviewerB, first, second, rate } = await setup();
    await rate(users.REVIEWER, first.id, "True");
    await rate(reviewerB, second.id, "False");
    const data = await getAgreementRatings({ actor: users.REVIEWER, slug: workspace.slug, articleId: second.articleId });
    expect(data.article?.id).toBe(second.articleId);
    expect(data.units.map((unit) => unit.claimId)).toEqual([second.id]);
    expect(data.reviewers.map((r) => r.id)).toEqual([reviewerB.id]);

    const other = await setup();
    await expect(getAgreementRatings({ actor: users.REVIEWER, slug: workspace.slug, articleId: other.first.articleId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("gives non-members nothing, and keeps other workspaces' verdicts out", async () => {
    const { workspace, users, first, rate } = await setup();
    await rate(users.REVIEWER, first.id, "True");
    const other = await setup();
    await other.rate(other.users.REVIEWER, other.first.id, "False");

    await expect(getAgreementRatings({ actor: other.users.OWNER, slug: workspace.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = await getAgreementRatings({ actor: users.OWNER, slug: workspace.slug });
    expect(mine.units.map((unit) => unit.claimId)).toEqual([first.id]);
    expect(mine.reviewers.map((r) => r.id)).toEqual([users.REVIEWER.id]);
  });
});
