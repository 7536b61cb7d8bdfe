import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createClaimSchema } from "@/lib/schemas/claim";
import { claimMatchDraftSchema } from "@/lib/schemas/claim-matches";
import { addTestMember, createTestArticle, createTestFactCheck, createTestWorkspace, ratingIds } from "@test-support/data";
import { createClaim } from "../claims/claims";
import { dismissMatch, linkClaims } from "../claims/claim-links";
import { listClaimMatches, listDraftMatches } from "./claim-matches";

const EN = "Officials said IS ruled about 12 million people at its peak in 2014. IS commanded some 12 million people in 2014, a report said.";
const AR = "كان نحو 12 مليون شخص يعيشون تحت حكم تنظيم الدولة في ذروته عام 2014";

async function mark(actor: { id: string }, slug: string, articleId: string, body: string, exact: string, statement: string, figure?: { counted: string }) {
  const start = body.indexOf(exact);
  const input = createClaimSchema.parse({
    articleId, start, end: start + exact.length, exact, statement, tags: "",
    ...(figure ? { isFigure: true, figureValue: 12_000_000, figureUnit: "count", figureQualifier: "about", figureCounted: figure.counted } : {}),
  });
  return createClaim({ actor, slug, input });
}

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const slug = workspace.slug;
  const ratings = await ratingIds(workspace.id);
  const other = await addTestMember(workspace.id, "REVIEWER", "Other reviewer");
  const en = await createTestArticle(workspace.id, EN, "en");
  const ar = await createTestArticle(workspace.id, AR, "ar");
  const probe = await mark(users.REVIEWER, slug, en.id, EN, "IS commanded some 12 million people", "IS commanded about 12 million people in 2014", { counted: "people" });
  const resolved = await mark(users.EDITOR, slug, en.id, EN, "IS ruled about 12 million people", "At its 2014 peak IS ruled about 12 million people", { counted: "people" });
  const rated = await mark(users.EDITOR, slug, en.id, EN, "about 12 million people at its peak", "IS ruled around 12 million people at its peak in 2014", { counted: "people" });
  const arabic = await mark(users.EDITOR, slug, ar.id, AR, AR, AR, { counted: "شخص" });
  const db = getDb();
  await db.claim.update({ where: { id: resolved.id }, data: { status: "RESOLVED", finalRatingId: ratings["Mostly true"], resolvedAt: new Date() } });
  // Another reviewer's verdict on an open claim: blind review hides it from a reviewer who has not rated that claim.
  await db.verdict.create({ data: { workspaceId: workspace.id, claimId: rated.id, reviewerId: other.id, ratingId: ratings["Mostly false"]!, rationale: "Secret rationale of the other reviewer" } });
  const factCheck = await createTestFactCheck(slug, {
    claimReviewed: "IS ruled 12 million people in 2014", ratingLabel: "False", ratingLevelId: ratings["False"], publisher: "Fact Desk",
    url: "https://factcheck.example/is-12-million", publishedAt: "2017-09-01",
  });
  return { workspace, users, slug, en, probe, resolved, rated, arabic, factCheck };
}

describe("matches of a claim", () => {
  it("finds the workspace's claims that say the same, in any of its languages, and its outside fact-checks, never another workspace's", async () => {
    const s = await setup();
    const elsewhere = await createTestWorkspace();
    const theirs = await createTestArticle(elsewhere.workspace.id, EN, "en");
    const copy = await mark(elsewhere.users.EDITOR, elsewhere.workspace.slug, theirs.id, EN, "IS ruled about 12 million people", "At its 2014 peak IS ruled about 12 million people", { counted: "people" });

    const matches = await listClaimMatches({ actor: s.users.VIEWER, slug: s.slug, claimId: s.probe.id, limit: 10 });
    const claimIds = matches.flatMap((m) => (m.kind === "claim" ? [m.claim.id] : []));
    expect(new Set(claimIds)).toEqual(new Set([s.resolved.id, s.rated.id, s.arabic.id]));
    expect(claimIds).not.toContain(copy.id);
    expect(claimIds).not.toContain(s.probe.id);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));

    const arabic = matches.find((m) => m.kind === "claim" && m.claim.id === s.arabic.id)!;
    expect(arabic.reasons).toContain("same quantity with a compatible value: about 12 million people ≈ about 12 million شخص");
    const resolved = matches.find((m) => m.kind === "claim" && m.claim.id === s.resolved.id);
    expect(resolved).toMatchObject({ claim: { status: "RESOLVED", finalRating: { label: "Mostly true" }, articleId: s.en.id, articleTitle: "Test article" } });
    expect(resolved!.reasons).toContain("similar wording");

    const factCheck = matches.find((m) => m.kind === "claimreview");
    expect(factCheck).toMatchObject({
      source: { id: s.factCheck.id, url: "https://factcheck.example/is-12-million", publisher: "Fact Desk", publishedAt: "2017-09-01" },
      rating: { label: "False", level: { label: "False" } },
    });

    // Another workspace's member is told nothing about this claim; nor is this workspace's about theirs.
    await expect(listClaimMatches({ actor: elsewhere.users.EDITOR, slug: s.slug, claimId: s.probe.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listClaimMatches({ actor: s.users.EDITOR, slug: s.slug, claimId: copy.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows a reviewer who has not rated a claim no other reviewer's verdict on it, only its final rating once resolved", async () => {
    const s = await setup();
    const before = await listClaimMatches({ actor: s.users.REVIEWER, slug: s.slug, claimId: s.probe.id, limit: 10 });
    const rated = before.find((m) => m.kind === "claim" && m.claim.id === s.rated.id);
    expect(rated).toMatchObject({ claim: { status: "OPEN", finalRating: null } });
    const answer = JSON.stringify(before);
    expect(answer).not.toContain("Mostly false");
    expect(answer).not.toContain("Secret rationale");

    const ratings = await ratingIds(s.workspace.id);
    await getDb().claim.update({ where: { id: s.rated.id }, data: { status: "RESOLVED", finalRatingId: ratings["Mostly false"], resolvedAt: new Date() } });
    const after = await listClaimMatches({ actor: s.users.REVIEWER, slug: s.slug, claimId: s.probe.id, limit: 10 });
    expect(after.find((m) => m.kind === "claim" && m.claim.id === s.rated.id)).toMatchObject({ claim: { status: "RESOLVED", finalRating: { label: "Mostly false" } } });
    expect(JSON.stringify(after)).not.toContain("Secret rationale");
  });

  it("no longer offers a claim linked as the same claim, nor one a reviewer said is not the same", async () => {
    const s = await setup();
    const before = await listClaimMatches({ actor: s.users.REVIEWER, slug: s.slug, claimId: s.probe.id, limit: 10 });
    const offered = before.flatMap((item) => (item.kind === "claim" ? [item.claim.id] : []));
    expect(offered).toEqual(expect.arrayContaining([s.resolved.id, s.rated.id]));
    await linkClaims({ actor: s.users.REVIEWER, slug: s.slug, input: { claimId: s.probe.id, otherId: s.resolved.id } });
    await dismissMatch({ actor: s.users.REVIEWER, slug: s.slug, input: { claimId: s.probe.id, otherId: s.rated.id } });
    const after = await listClaimMatches({ actor: s.users.REVIEWER, slug: s.slug, claimId: s.probe.id, limit: 10 });
    const still = after.flatMap((item) => (item.kind === "claim" ? [item.claim.id] : []));
    expect(still).not.toContain(s.resolved.id);
    expect(still).not.toContain(s.rated.id);
    // The outside fact-check is neither linked nor dismissed: it is still offered.
    expect(after.some((item) => item.kind === "claimreview" && item.source.id === s.factCheck.id)).toBe(true);
  });
});

describe("matches of a statement being written", () => {
  it("match the draft's words and figure, leave out the claim being edited, and pass over a figure not yet readable", async () => {
    const s = await setup();
    const draft = (fields: Record<string, unknown>) => claimMatchDraftSchema.parse({ articleId: s.en.id, ...fields });
    const words = await listDraftMatches({ actor: s.users.REVIEWER, slug: s.slug, draft: draft({ statement: "At its 2014 peak IS ruled about 12 million people" }) });
    expect(words[0]).toMatchObject({ kind: "claim", claim: { id: s.resolved.id } });

    const edited = await listDraftMatches({ actor: s.users.REVIEWER, slug: s.slug, draft: draft({ statement: "At its 2014 peak IS ruled about 12 million people", claimId: s.resolved.id }) });
    expect(edited.flatMap((m) => (m.kind === "claim" ? [m.claim.id] : []))).not.toContain(s.resolved.id);

    const half = await listDraftMatches({ actor: s.users.REVIEWER, slug: s.slug, draft: draft({ statement: "IS ruled about 12 million people in 2014", isFigure: "on", figureValue: "12,0", figureUnit: "" }) });
    expect(half.length).toBeGreaterThan(0);

    const withFigure = await listDraftMatches({
      actor: s.users.REVIEWER, slug: s.slug,
      draft: draft({ statement: "Le groupe régnait sur environ 12 millions de personnes en 2014", isFigure: "on", figureValue: "12000000", figureUnit: "count", figureQualifier: "about", figureCounted: "personnes" }),
    });
    expect(withFigure.find((m) => m.kind === "claim" && m.claim.id === s.arabic.id)?.reasons).toContain("same quantity with a compatible value: about 12 million personnes ≈ about 12 million شخص");
  });

  it("refuses an article of another workspace as not found", async () => {
    const s = await setup();
    const elsewhere = await createTestWorkspace();
    const theirs = await createTestArticle(elsewhere.workspace.id, EN, "en");
    const draft = claimMatchDraftSchema.parse({ articleId: theirs.id, statement: "IS ruled about 12 million people" });
    await expect(listDraftMatches({ actor: s.users.REVIEWER, slug: s.slug, draft })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
