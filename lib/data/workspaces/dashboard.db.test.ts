import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addExternalEvidenceSchema } from "@/lib/schemas/evidence";
import { claimListQuerySchema } from "@/lib/schemas/claim";
import { listClaims } from "../claims/claim-search";
import { getDashboard } from "./dashboard";
import { addExternalEvidence, removeEvidence } from "../evidence/evidence";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { createClaimSchema } from "@/lib/schemas/claim";
import { createClaim } from "../claims/claims";
import { addTestMember, createTestArticle, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const reviewerB = await addTestMember(workspace.id, "REVIEWER", "Reviewer B");
  return { slug: workspace.slug, workspaceId: workspace.id, users, reviewerA: users.REVIEWER, reviewerB, ratings: await ratingIds(workspace.id) };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function dashboardOf({ slug, users }: Setup) {
  const dashboard = await getDashboard({ actor: users.VIEWER, slug });
  if (!dashboard) throw new Error("A member should see the dashboard");
  return dashboard;
}

const verdictCounts = (dashboard: Awaited<ReturnType<typeof dashboardOf>>) => Object.fromEntries(dashboard.verdictsByRating.map((level) => [level.label, level.count]));
const disagreementCounts = (dashboard: Awaited<ReturnType<typeof dashboardOf>>) => Object.fromEntries(dashboard.disagreements.map((row) => [row.label, row.count]));

/** The claims list filtered to one kind: the page the dashboard's disagreement counts link to. */
async function listedWith({ slug, users }: Setup, disagreement: string) {
  const result = await listClaims({ actor: users.VIEWER, slug, query: claimListQuerySchema.parse({ disagreement }) });
  return result.claims.map((claim) => claim.id);
}

function evidence(claimId: string, stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT", title: string) {
  return addExternalEvidenceSchema.parse({ claimId, stance, excerpt: `${title} says so.`, sourceMode: "new", kind: "WEB_PAGE", title, url: `https://example.org/${encodeURIComponent(title)}` });
}

describe("workspace dashboard", () => {
  it("counts claims by status with every status present, zeros included", async () => {
    const ctx = await setup();
    const empty = await dashboardOf(ctx);
    expect(empty.statusCounts).toEqual({ OPEN: 0, IN_REVIEW: 0, DISPUTED: 0, RESOLVED: 0 });
    expect(empty.totalClaims).toBe(0);
    expect(empty.articles).toEqual([]);

    const [a, b] = [await createTestClaim(ctx.workspaceId), await createTestClaim(ctx.workspaceId)];
    await createTestClaim(ctx.workspaceId);
    await recordVerdict({ actor: ctx.reviewerA, slug: ctx.slug, input: { claimId: a.id, ratingId: ctx.ratings["True"]!, rationale: "Census." } });
    await recordVerdict({ actor: ctx.reviewerA, slug: ctx.slug, input: { claimId: b.id, ratingId: ctx.ratings["True"]!, rationale: "Census." } });
    await getDb().claim.update({ where: { id: b.id }, data: { status: "DISPUTED" } });

    const dashboard = await dashboardOf(ctx);
    expect(dashboard.statusCounts).toEqual({ OPEN: 1, IN_REVIEW: 1, DISPUTED: 1, RESOLVED: 0 });
    expect(dashboard.totalClaims).toBe(3);
  });

  it("counts each reviewer's current verdict only, by level in scale order with the level's colour", async () => {
    const ctx = await setup();
    const claim = await createTestClaim(ctx.workspaceId);
    const other = await createTestClaim(ctx.workspaceId);
    const record = (actor: { id: string }, claimId: string, label: string) =>
      recordVerdict({ actor, slug: ctx.slug, input: { claimId, ratingId: ctx.ratings[label]!, rationale: `${label} because.` } });
    await record(ctx.reviewerA, claim.id, "True");
    await record(ctx.reviewerA, claim.id, "Mostly false"); // A changes their mind: only this one counts
    await record(ctx.reviewerB, claim.id, "Mostly false");
    await record(ctx.reviewerB, other.id, "False");

    const dashboard = await dashboardOf(ctx);
    expect(dashboard.verdictsByRating.map((level) => level.label)).toEqual(["True", "Mostly true", "Mixed", "Mostly false", "False", "Unverifiable"]);
    expect(verdictCounts(dashboard)).toEqual({ True: 0, "Mostly true": 0, Mixed: 0, "Mostly false": 2, False: 1, Unverifiable: 0 });
    expect(dashboard.verdictsByRating.find((level) => level.label === "False")?.colour).toBe("#dc2626");
  });

  it("shows a reviewer split while current verdicts differ, and not once they agree or the claim is resolved", async () => {
    const ctx = await setup();
    const claim = await createTestClaim(ctx.workspaceId);
    const record = (actor: { id: string }, label: string) =>
      recordVerdict({ actor, slug: ctx.slug, input: { claimId: claim.id, ratingId: ctx.ratings[label]!, rationale: `${label} because.` } });

    await record(ctx.reviewerA, "True");
    expect(disagreementCounts(await dashboardOf(ctx))).toEqual({ "Reviewer split": 0, "Source conflict": 0, "Figure conflict": 0, "Inconsistent ratings": 0 });
    await record(ctx.reviewerB, "False");
    expect(disagreementCounts(await dashboardOf(ctx))).toEqual({ "Reviewer split": 1, "Source conflict": 0, "Figure conflict": 0, "Inconsistent ratings": 0 });
    expect(await listedWith(ctx, "reviewer-split")).toEqual([claim.id]);
    expect(await listedWith(ctx, "source-conflict")).toEqual([]);
    await record(ctx.reviewerB, "True"); // B's new verdict replaces the False one
    expect(disagreementCounts(await dashboardOf(ctx))["Reviewer split"]).toBe(0);

    await record(ctx.reviewerA, "Mixed");
    expect(disagreementCounts(await dashboardOf(ctx))["Reviewer split"]).toBe(1);
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    await resolveClaim({ actor: ctx.users.EDITOR, slug: ctx.slug, input: { claimId: claim.id, version, finalRatingId: ctx.ratings["Mixed"]!, resolutionNote: "Settled." } });
    const resolved = await dashboardOf(ctx);
    expect(disagreementCounts(resolved)["Reviewer split"]).toBe(0);
    expect(await listedWith(ctx, "reviewer-split")).toEqual([]);
    expect(resolved.statusCounts.RESOLVED).toBe(1);
  });

  it("shows a source conflict only with both supporting and contradicting evidence on an unresolved claim", async () => {
    const ctx = await setup();
    const claim = await createTestClaim(ctx.workspaceId);
    const add = (stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT", title: string) => addExternalEvidence({ actor: ctx.reviewerA, slug: ctx.slug, input: evidence(claim.id, stance, title) });

    await add("SUPPORTS", "UN report");
    await add("CONTEXT", "Background piece");
    expect(disagreementCounts(await dashboardOf(ctx))["Source conflict"]).toBe(0);
    const contradicting = await add("CONTRADICTS", "Census office");
    expect(disagreementCounts(await dashboardOf(ctx))).toEqual({ "Reviewer split": 0, "Source conflict": 1, "Figure conflict": 0, "Inconsistent ratings": 0 });
    expect(await listedWith(ctx, "source-conflict")).toEqual([claim.id]);

    await removeEvidence({ actor: ctx.reviewerA, slug: ctx.slug, evidenceId: contradicting.id });
    expect(disagreementCounts(await dashboardOf(ctx))["Source conflict"]).toBe(0);
  });

  it("counts both claims of a figure conflict, and links to each", async () => {
    const ctx = await setup();
    const body = "IS ruled around 12 million people at its 2014 peak; a reader says 10 million people.";
    const article = await createTestArticle(ctx.workspaceId, body);
    const mark = (quote: string, statement: string, figureValue: number, figureQualifier?: "about") => {
      const start = body.indexOf(quote);
      const input = createClaimSchema.parse({ articleId: article.id, start, end: start + quote.length, exact: quote, statement, isFigure: true, figureValue, figureUnit: "count", figureQualifier, figureCounted: "people" });
      return createClaim({ actor: ctx.reviewerA, slug: ctx.slug, input });
    };
    const about12 = await mark("around 12 million people", "IS ruled about 12 million people at its 2014 peak", 12_000_000, "about");
    const ten = await mark("10 million people", "IS ruled 10 million people at its 2014 peak", 10_000_000);
    expect(disagreementCounts(await dashboardOf(ctx))).toEqual({ "Reviewer split": 0, "Source conflict": 0, "Figure conflict": 2, "Inconsistent ratings": 0 });
    expect((await listedWith(ctx, "figure-conflict")).sort()).toEqual([about12.id, ten.id].sort());
  });

  it("reports per article the claims marked, checked (with a verdict) and resolved", async () => {
    const ctx = await setup();
    const first = await createTestClaim(ctx.workspaceId);
    const articleId = (await getDb().claim.findUniqueOrThrow({ where: { id: first.id }, select: { articleId: true } })).articleId;
    const body = (await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } })).body;
    const start = body.indexOf("12 million");
    const [second] = await Promise.all(
      ["second", "third"].map((statement) =>
        getDb().claim.create({ data: { workspaceId: ctx.workspaceId, articleId, exact: "12 million", start, end: start + 10, statement }, select: { id: true } }),
      ),
    );
    const untouched = await createTestClaim(ctx.workspaceId);
    for (const claimId of [first.id, second!.id]) {
      await recordVerdict({ actor: ctx.reviewerA, slug: ctx.slug, input: { claimId, ratingId: ctx.ratings["True"]!, rationale: "Census." } });
    }
    await recordVerdict({ actor: ctx.reviewerB, slug: ctx.slug, input: { claimId: first.id, ratingId: ctx.ratings["True"]!, rationale: "Agree." } });
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: first.id }, select: { version: true } });
    await resolveClaim({ actor: ctx.users.EDITOR, slug: ctx.slug, input: { claimId: first.id, version, finalRatingId: ctx.ratings["True"]!, resolutionNote: "Agreed." } });

    const dashboard = await dashboardOf(ctx);
    expect(dashboard.articleCount).toBe(2);
    const untouchedArticle = (await getDb().claim.findUniqueOrThrow({ where: { id: untouched.id }, select: { articleId: true } })).articleId;
    expect(dashboard.articles).toEqual([
      { id: articleId, title: "Test article", marked: 3, checked: 2, resolved: 1 },
      { id: untouchedArticle, title: "Test article", marked: 1, checked: 0, resolved: 0 },
    ]);
  });

  it("shows nothing to someone outside the workspace", async () => {
    const ctx = await setup();
    const claim = await createTestClaim(ctx.workspaceId);
    await recordVerdict({ actor: ctx.reviewerA, slug: ctx.slug, input: { claimId: claim.id, ratingId: ctx.ratings["True"]!, rationale: "Census." } });
    const outsider = await createTestWorkspace(["OWNER"]);
    expect(await getDashboard({ actor: outsider.users.OWNER, slug: ctx.slug })).toBeNull();
    expect(await getDashboard({ actor: ctx.users.VIEWER, slug: "no-such-workspace" })).toBeNull();
  });
});
