import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { FigureQualifier } from "@/lib/domain/figures/types";
import { createClaimSchema, updateClaimSchema } from "@/lib/schemas/claim";
import { deleteArticle } from "../articles/article-lifecycle";
import { updateArticleText } from "../articles/article-text";
import { createClaim, deleteClaim } from "../claims/claims";
import { countOpenDisagreements } from "../disagreements/disagreement-counts";
import { listDisagreements } from "../disagreements/disagreements";
import { listClaimFigureConflicts } from "./figure-conflicts";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { createTestArticle, createTestWorkspace, EDITOR_READER, ratingIds } from "@test-support/data";
import { updateClaim } from "../claims/claims";

// An editor: blind review hides nothing from them, so the counts are the whole workspace's.

const M = 1_000_000;
const BODY_A = "At its peak in 2014, IS commanded over a population of around 12 million people, the article says.";
const BODY_B = "A reader wrote that IS ruled 10 million people at its 2014 peak, not more.";

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const slug = workspace.slug;
  const [a, b] = [await createTestArticle(workspace.id, BODY_A), await createTestArticle(workspace.id, BODY_B)];
  const mark = async (articleId: string, body: string, quote: string, statement: string, value: number, qualifier: FigureQualifier | null, counted = "people") => {
    const start = body.indexOf(quote);
    const input = createClaimSchema.parse({
      articleId, start, end: start + quote.length, exact: quote, statement,
      isFigure: true, figureValue: value, figureUnit: "count", figureQualifier: qualifier ?? undefined, figureCounted: counted,
    });
    return createClaim({ actor: users.REVIEWER, slug, input });
  };
  const list = (filters = {}) => listDisagreements({ actor: users.VIEWER, slug, filters, page: 1 });
  const version = async (claimId: string) => (await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
  return { workspace, users, slug, a, b, mark, list, version };
}

describe("figure conflicts", () => {
  it("appear on both claims when a second claim gives another value for the same quantity, with both figures", async () => {
    const { workspace, users, slug, a, b, mark, list } = await setup();
    const around12 = await mark(a.id, BODY_A, "around 12 million people", "At its 2014 peak IS ruled about 12 million people", 12 * M, "about");
    expect((await list()).total).toBe(0);
    const ten = await mark(b.id, BODY_B, "10 million people", "IS ruled 10 million people at its 2014 peak", 10 * M, null);

    const queued = await list();
    expect(queued.total).toBe(2);
    expect(queued.items.map((item) => item.id).sort()).toEqual([around12.id, ten.id].sort());
    for (const item of queued.items) {
      expect(item).toMatchObject({ kinds: ["figure-conflict"], severity: 1, moreFigurePartners: false });
      expect(item.figurePartners.map((p) => p.id)).toEqual([item.id === ten.id ? around12.id : ten.id]);
    }
    expect((await list({ kind: "figure-conflict" })).total).toBe(2);
    expect((await list({ kind: "reviewer-split" })).total).toBe(0);
    expect(await countOpenDisagreements(workspace.id, EDITOR_READER)).toMatchObject({ "figure-conflict": 2 });

    for (const claimId of [around12.id, ten.id]) {
      const [pair] = await listClaimFigureConflicts({ actor: users.VIEWER, slug, claimId });
      expect(pair!.self.id).toBe(claimId);
      expect([pair!.self.exact, pair!.other.exact].sort()).toEqual(["10 million people", "around 12 million people"]);
      expect([pair!.self.normalised, pair!.other.normalised]).toContainEqual({ value: 12 * M, unitLabel: "count", counted: "people", allows: { low: 10.8 * M, high: 13.2 * M } });
    }
  });

  it("do not appear for compatible values, other quantities or other times", async () => {
    const { a, b, mark, list } = await setup();
    await mark(a.id, BODY_A, "around 12 million people", "At its 2014 peak IS ruled over 12 million people", 12 * M, "over");
    await mark(b.id, BODY_B, "10 million people", "IS ruled 12.5 million people at its 2014 peak", 12.5 * M, null); // over 12 million allows 12.5
    await mark(b.id, BODY_B, "10 million people", "IS ruled 10 million people at its 2014 peak", 10 * M, null, "fighters"); // another counted noun
    await mark(b.id, BODY_B, "10 million people", "IS ruled 5 million people at its 2017 end", 5 * M, null); // another year
    await mark(b.id, BODY_B, "10 million people", "Turkey hosted 5 million refugees people", 5 * M, null); // another subject
    expect((await list()).total).toBe(0);
  });

  it("follow edits: a corrected figure or statement clears the pair, a new one brings it back", async () => {
    const { users, slug, a, b, mark, list, version } = await setup();
    await mark(a.id, BODY_A, "around 12 million people", "At its 2014 peak IS ruled about 12 million people", 12 * M, "about");
    const ten = await mark(b.id, BODY_B, "10 million people", "IS ruled 10 million people at its 2014 peak", 10 * M, null);
    expect((await list()).total).toBe(2);

    const edit = async (fields: Record<string, unknown>) =>
      updateClaim({ actor: users.REVIEWER, slug, input: updateClaimSchema.parse({ claimId: ten.id, version: await version(ten.id), statement: "IS ruled 10 million people at its 2014 peak", isFigure: true, figureUnit: "count", figureCounted: "people", ...fields }) });
    await edit({ figureValue: 11.5 * M }); // within about 12 million (10.8–13.2)
    expect((await list()).total).toBe(0);
    await edit({ figureValue: 8 * M });
    expect((await list()).items).toMatchObject([{ kinds: ["figure-conflict"], severity: 1 }, { kinds: ["figure-conflict"], severity: 1 }]);
    await edit({ figureValue: 8 * M, statement: "Syria's neighbours hosted 8 million refugee people" });
    expect((await list()).total).toBe(0);
  });

  it("go when one claim is deleted or its quote leaves the article's text", async () => {
    const { users, slug, a, b, mark, list, version } = await setup();
    const around12 = await mark(a.id, BODY_A, "around 12 million people", "At its 2014 peak IS ruled about 12 million people", 12 * M, "about");
    const ten = await mark(b.id, BODY_B, "10 million people", "IS ruled 10 million people at its 2014 peak", 10 * M, null);
    const three = await mark(b.id, BODY_B, "10 million people", "IS ruled 3 million people at its 2014 peak", 3 * M, null);
    expect((await list()).total).toBeGreaterThanOrEqual(2);

    await deleteClaim({ actor: users.EDITOR, slug, input: { claimId: three.id, version: await version(three.id) } });
    expect((await list()).total).toBe(2);

    const { version: articleVersion } = await getDb().article.findUniqueOrThrow({ where: { id: b.id }, select: { version: true } });
    await updateArticleText({ actor: users.EDITOR, slug, articleId: b.id, version: articleVersion, body: "The reader's letter was withdrawn." });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: ten.id }, select: { anchorStatus: true } })).anchorStatus).toBe("ORPHANED");
    expect((await list()).total).toBe(0);
    expect(await listClaimFigureConflicts({ actor: users.VIEWER, slug, claimId: around12.id })).toEqual([]);
  });

  it("stay on the other claim when one is resolved, and leave the queue when both are", async () => {
    const { workspace, users, slug, a, b, mark, list, version } = await setup();
    const around12 = await mark(a.id, BODY_A, "around 12 million people", "At its 2014 peak IS ruled about 12 million people", 12 * M, "about");
    const ten = await mark(b.id, BODY_B, "10 million people", "IS ruled 10 million people at its 2014 peak", 10 * M, null);
    const [first, second] = [around12.id, ten.id].sort() as [string, string];
    const ratings = await ratingIds(workspace.id);
    const resolve = async (claimId: string) =>
      resolveClaim({ actor: users.EDITOR, slug, input: { claimId, version: await version(claimId), finalRatingId: ratings["Mixed"]!, resolutionNote: "Estimates differ." } });

    await resolve(first);
    expect((await list()).items).toMatchObject([{ id: second, kinds: ["figure-conflict"] }]);
    await resolve(second);
    expect((await list()).total).toBe(0);
  });
  it("go from the claim that stays when the other claim's article is deleted with force", async () => {
    const { workspace, users, slug, a, b, mark, list } = await setup();
    const ten = await mark(b.id, BODY_B, "10 million people", "IS ruled 10 million people at its 2014 peak", 10 * M, null);
    const around12 = await mark(a.id, BODY_A, "around 12 million people", "At its 2014 peak IS ruled about 12 million people", 12 * M, "about");
    expect((await list()).items.map((item) => item.id).sort()).toEqual([ten.id, around12.id].sort());
    await deleteArticle({ actor: users.OWNER, slug, articleId: a.id, force: true });
    expect((await list()).total).toBe(0);
    expect(await countOpenDisagreements(workspace.id, EDITOR_READER)).toMatchObject({ "figure-conflict": 0 });
    expect(await getDb().claim.count({ where: { id: ten.id } })).toBe(1);
  });
});
