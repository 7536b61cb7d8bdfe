import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createClaimSchema, updateClaimSchema } from "@/lib/schemas/claim";
import { updateArticleText } from "../articles/article-text";
import { listClaims } from "./claim-search";
import { createClaim, getClaim, listArticleClaims, reattachClaim, updateClaim } from "./claims";
import { auditEventsFor, countRows, createTestArticle, createTestWorkspace } from "@test-support/data";

const BODY = "At its peak in 2014, IS commanded over a population of around 12 million people - roughly the same size as Zimbabwe.";
const QUOTE = "around 12 million people";

function claimInput(articleId: string, overrides: Record<string, unknown> = {}) {
  const start = BODY.indexOf(QUOTE);
  return createClaimSchema.parse({
    articleId, start, end: start + QUOTE.length, exact: QUOTE,
    statement: "IS controlled territory with about 12 million people in 2014", claimant: "The New Arab",
    isFigure: true, figureValue: "12,000,000", figureUnit: "count", figureQualifier: "about", figureCounted: "people", tags: "population, 2014",
    ...overrides,
  });
}

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const article = await createTestArticle(workspace.id, BODY);
  return { slug: workspace.slug, workspaceId: workspace.id, users, articleId: article.id };
}

describe("marking claims", () => {
  it("stores the span as quote and position with context, the figure, and one audit event", async () => {
    const { slug, users, articleId } = await setup();
    const claim = await createClaim({ actor: users.REVIEWER, slug, input: claimInput(articleId) });
    expect(claim).toMatchObject({ exact: QUOTE, start: BODY.indexOf(QUOTE), anchorStatus: "EXACT", status: "OPEN", version: 1, tags: ["population", "2014"] });
    expect(claim.prefix).toBe(BODY.slice(BODY.indexOf(QUOTE) - 32, BODY.indexOf(QUOTE)));
    expect(claim.figure).toEqual({ value: 12_000_000, unit: "count", qualifier: "about", low: null, high: null, counted: "people" });
    const events = await auditEventsFor(claim.id);
    expect(events).toMatchObject([{ action: "create", actorId: users.REVIEWER.id }]);
  });

  it("refuses viewers (403) and non-members (404), and writes nothing", async () => {
    const { slug, users, articleId } = await setup();
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    const before = await getDb().claim.count({ where: { articleId } });
    await expect(createClaim({ actor: users.VIEWER, slug, input: claimInput(articleId) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createClaim({ actor: outsider, slug, input: claimInput(articleId) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().claim.count({ where: { articleId } })).toBe(before);
  });

  it("says so when the article was deleted meanwhile, and saves nothing", async () => {
    const { slug, users, articleId } = await setup();
    const input = claimInput(articleId);
    await getDb().article.delete({ where: { id: articleId } });
    const rowsBefore = await countRows();
    await expect(createClaim({ actor: users.REVIEWER, slug, input })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("deleted") });
    expect(await countRows()).toEqual(rowsBefore);
  });

  it("refuses a selection that no longer matches the text", async () => {
    const { slug, users, articleId } = await setup();
    const input = { ...claimInput(articleId), start: 0, end: QUOTE.length };
    await expect(createClaim({ actor: users.REVIEWER, slug, input })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("editing claims", () => {
  it("lets the author and editors edit, not other reviewers", async () => {
    const { slug, users, articleId, workspaceId } = await setup();
    const otherReviewer = await getDb().user.create({ data: { email: `r2-${workspaceId}@test.example.org`, name: "R2", passwordHash: "x" }, select: { id: true } });
    await getDb().membership.create({ data: { workspaceId, userId: otherReviewer.id, role: "REVIEWER" } });
    const claim = await createClaim({ actor: users.REVIEWER, slug, input: claimInput(articleId) });
    const edit = (version: number, statement: string) => updateClaimSchema.parse({ claimId: claim.id, version, statement, tags: "" });

    await expect(updateClaim({ actor: otherReviewer, slug, input: edit(1, "Other") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const byAuthor = await updateClaim({ actor: users.REVIEWER, slug, input: edit(1, "By the author") });
    const byEditor = await updateClaim({ actor: users.EDITOR, slug, input: edit(byAuthor.version, "By the editor") });
    expect(byEditor).toMatchObject({ statement: "By the editor", version: 3, figure: null });
    const history = await auditEventsFor(claim.id);
    expect(history.map((e) => e.action)).toEqual(["create", "update", "update"]);
    expect(history[1]).toMatchObject({ before: { statement: "IS controlled territory with about 12 million people in 2014" }, after: { statement: "By the author" } });
  });

  it("refuses a save based on a stale version, returning the claim as saved, and changes nothing", async () => {
    const { slug, users, articleId } = await setup();
    const claim = await createClaim({ actor: users.REVIEWER, slug, input: claimInput(articleId) });
    await updateClaim({ actor: users.EDITOR, slug, input: updateClaimSchema.parse({ claimId: claim.id, version: 1, statement: "First editor" }) });
    await expect(
      updateClaim({ actor: users.REVIEWER, slug, input: updateClaimSchema.parse({ claimId: claim.id, version: 1, statement: "Second, stale" }) }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { current: { statement: "First editor", version: 2 } } });
    expect((await getClaim({ actor: users.VIEWER, slug, claimId: claim.id }))?.statement).toBe("First editor");
    expect(await auditEventsFor(claim.id)).toHaveLength(2);
  });
});

describe("re-anchoring when the text changes", () => {
  it("finds moved quotes, orphans deleted ones without dropping them, and lets a reviewer re-attach", async () => {
    const { slug, users, articleId } = await setup();
    const figure = await createClaim({ actor: users.REVIEWER, slug, input: claimInput(articleId) });
    const zimbabwe = "roughly the same size as Zimbabwe";
    const zStart = BODY.indexOf(zimbabwe);
    const comparison = await createClaim({
      actor: users.REVIEWER, slug,
      input: createClaimSchema.parse({ articleId, start: zStart, end: zStart + zimbabwe.length, exact: zimbabwe, statement: "Size like Zimbabwe" }),
    });

    const newBody = `New first paragraph.\n\n${BODY.replace(" - roughly the same size as Zimbabwe", "")}`;
    const report = await updateArticleText({ actor: users.EDITOR, slug, articleId, version: 1, body: newBody });
    expect(report.anchors).toEqual({ EXACT: 0, RELOCATED: 1, FUZZY: 0, ORPHANED: 1 });

    const claims = await listArticleClaims({ actor: users.VIEWER, slug, articleId });
    const moved = claims.find((c) => c.id === figure.id)!;
    expect(moved).toMatchObject({ anchorStatus: "RELOCATED", exact: QUOTE });
    expect(newBody.slice(moved.start, moved.end)).toBe(QUOTE);
    const orphan = claims.find((c) => c.id === comparison.id)!;
    expect(orphan).toMatchObject({ anchorStatus: "ORPHANED", exact: zimbabwe });

    await expect(reattachClaim({ actor: users.VIEWER, slug, input: { claimId: orphan.id, version: orphan.version, start: 0, end: 3, exact: "New" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const tStart = newBody.indexOf("New first paragraph");
    const reattached = await reattachClaim({ actor: users.REVIEWER, slug, input: { claimId: orphan.id, version: orphan.version, start: tStart, end: tStart + 19, exact: "New first paragraph" } });
    expect(reattached).toMatchObject({ anchorStatus: "EXACT", exact: "New first paragraph" });
  });

  it("orphans a claim whose sentence was deleted instead of moving it onto the same figure in another sentence", async () => {
    const { workspace, users } = await createTestWorkspace();
    const second = "A UN survey published in March found that around 12 million people in the region still needed help.";
    const body = `${BODY}\n\nAid agencies reported shortages of water and medicine throughout the winter.\n\n${second}`;
    const { id: articleId } = await createTestArticle(workspace.id, body);
    const slug = workspace.slug;
    const first = await createClaim({ actor: users.REVIEWER, slug, input: claimInput(articleId) });
    const at = body.lastIndexOf(QUOTE);
    const later = await createClaim({ actor: users.REVIEWER, slug, input: claimInput(articleId, { start: at, end: at + QUOTE.length }) });

    const edited = body.slice(BODY.length + 2);
    const report = await updateArticleText({ actor: users.EDITOR, slug, articleId, version: 1, body: edited });
    expect(report.anchors).toEqual({ EXACT: 0, RELOCATED: 1, FUZZY: 0, ORPHANED: 1 });
    const claims = await listArticleClaims({ actor: users.VIEWER, slug, articleId });
    expect(claims.find((c) => c.id === first.id)).toMatchObject({ anchorStatus: "ORPHANED", start: BODY.indexOf(QUOTE) });
    expect(claims.find((c) => c.id === later.id)).toMatchObject({ anchorStatus: "RELOCATED", start: edited.indexOf(QUOTE) });
  });

  it("refuses a text edit based on a stale version and leaves claims as they were", async () => {
    const { slug, users, articleId } = await setup();
    const claim = await createClaim({ actor: users.REVIEWER, slug, input: claimInput(articleId) });
    await updateArticleText({ actor: users.EDITOR, slug, articleId, version: 1, body: `Intro.\n\n${BODY}` });
    await expect(updateArticleText({ actor: users.EDITOR, slug, articleId, version: 1, body: "Something else entirely." })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getClaim({ actor: users.VIEWER, slug, claimId: claim.id }))?.anchorStatus).toBe("RELOCATED");
    await expect(updateArticleText({ actor: users.REVIEWER, slug, articleId, version: 2, body: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the claims list", () => {
  it("filters, searches with full-text search, counts and pages", async () => {
    const { slug, users, articleId } = await setup();
    await createClaim({ actor: users.REVIEWER, slug, input: claimInput(articleId) });
    const plain = "IS commanded";
    const pStart = BODY.indexOf(plain);
    await createClaim({ actor: users.REVIEWER, slug, input: createClaimSchema.parse({ articleId, start: pStart, end: pStart + plain.length, exact: plain, statement: "IS held command over territory", tags: "control" }) });
    const list = (query: Record<string, unknown>) => listClaims({ actor: users.VIEWER, slug, query: { page: 1, ...query } });

    expect((await list({})).total).toBe(2);
    expect((await list({ figure: "yes" })).claims.map((c) => c.statement)).toEqual(["IS controlled territory with about 12 million people in 2014"]);
    expect((await list({ tag: "control" })).total).toBe(1);
    expect((await list({ claimant: "new arab" })).total).toBe(1);
    expect((await list({ q: "peoples" })).claims.map((c) => c.tags)).toEqual([["population", "2014"]]); // stemmed: people
    expect((await list({ q: "territory" })).total).toBe(2);
    expect((await list({ q: "territory -command" })).claims.map((c) => c.tags)).toEqual([["population", "2014"]]);
    expect((await list({ status: "RESOLVED" })).total).toBe(0);
    expect((await list({ article: articleId, page: 2 })).claims).toEqual([]);
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    expect((await listClaims({ actor: outsider, slug, query: { page: 1 } })).total).toBe(0);
  });
});
