import { describe, expect, it } from "vitest";
import { callApi } from "@test-support/call-api";
import { getDb } from "@/lib/db/client";
import type { ReportClaim } from "@/lib/domain/report-model";
import { listClaimHistory } from "../audit";
import { listClaims } from "../claims/claim-search";
import { getDashboard } from "../workspaces/dashboard";
import { listDisagreements } from "../disagreements/disagreements";
import { getReportAccess, getReportSummary, streamReportClaims } from "../reports/report-data";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { addTestMember, createTestApiToken, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";

// Blind review across every channel that derives from verdicts: a reviewer who has not rated a claim
// learns nothing of the others' ratings, from its history, the queue, the counts or an export.

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const slug = workspace.slug;
  const rater = await addTestMember(workspace.id, "REVIEWER", "Rater");
  const blind = users.REVIEWER; // has rated nothing
  const ratings = await ratingIds(workspace.id);
  const claim = await createTestClaim(workspace.id);
  const rate = (actor: { id: string }, label: string, rationale = `Rated ${label}.`) =>
    recordVerdict({ actor, slug, input: { claimId: claim.id, ratingId: ratings[label]!, rationale } });
  return { workspace, slug, users, rater, blind, ratings, claim, rate };
}

describe("blind review in the claim's history", () => {
  it("a verdict that reopens a resolved claim shows neither its rating, its reason nor its reviewer to a reviewer who has not rated", async () => {
    const { slug, users, rater, blind, ratings, claim, rate } = await setup();
    const other = await addTestMember((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { workspaceId: true } })).workspaceId, "REVIEWER", "Other");
    await rate(other, "Mostly true", "Other's private reasons.");
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    await resolveClaim({ actor: users.EDITOR, slug, input: { claimId: claim.id, version, finalRatingId: ratings["Mostly true"]!, resolutionNote: "Settled." } });
    const reopened = await rate(rater, "False", "The secret census.");
    expect(reopened.reopened).toBe(true);

    const seen = await listClaimHistory({ actor: blind, slug, claimId: claim.id });
    const text = JSON.stringify(seen);
    for (const secret of ["False", ratings["False"]!, rater.id, "Rater", "The secret census.", "Other's private reasons."]) expect(text).not.toContain(secret);
    const reopen = seen.find((event) => event.action === "reopen")!;
    // What every member may know stays: the claim was reopened, when, and which final rating it undid.
    expect(reopen).toMatchObject({
      actorId: null, actor: { name: "A reviewer" },
      before: { status: "RESOLVED", finalRating: "Mostly true" },
      after: { status: "DISPUTED", reason: "A new verdict disputed the final rating Mostly true." },
    });
    expect(reopen.after).not.toHaveProperty("cause");

    // The rater and an editor read the whole story.
    for (const actor of [rater, users.EDITOR]) {
      const full = JSON.stringify(await listClaimHistory({ actor, slug, claimId: claim.id }));
      expect(full).toContain("A new verdict rated it False, unlike the final rating Mostly true.");
      expect(full).toContain(rater.id);
    }
    // Once the blind reviewer rates, they see it too.
    await rate(blind, "Mixed");
    expect(JSON.stringify(await listClaimHistory({ actor: blind, slug, claimId: claim.id }))).toContain("rated it False");
  });
});

describe("blind review in the disagreement queue, counts, filters and exports", () => {
  it("hides a reviewer split from a reviewer who has not rated the claim, and shows it once they have", async () => {
    const { workspace, slug, users, rater, blind, claim, rate } = await setup();
    const other = await addTestMember(workspace.id, "REVIEWER", "Other");
    await rate(rater, "True");
    await rate(other, "False");

    const queue = (actor: { id: string }, kind?: "reviewer-split") => listDisagreements({ actor, slug, filters: kind ? { kind } : {}, page: 1 });
    expect((await queue(users.EDITOR)).items).toMatchObject([{ id: claim.id, kinds: ["reviewer-split"] }]);
    expect(await queue(blind)).toMatchObject({ items: [], total: 0 });
    expect(await queue(blind, "reviewer-split")).toMatchObject({ items: [], total: 0 });

    const splitCount = async (actor: { id: string }) => (await getDashboard({ actor, slug }))!.disagreements.find((d) => d.kind === "reviewer-split")!.count;
    expect(await splitCount(users.EDITOR)).toBe(1);
    expect(await splitCount(blind)).toBe(0);
    // The dashboard's verdicts-by-rating chart does not count the hidden verdicts either.
    const charted = async (actor: { id: string }) => (await getDashboard({ actor, slug }))!.verdictsByRating.reduce((sum, level) => sum + level.count, 0);
    expect(await charted(blind)).toBe(0);
    expect(await charted(users.EDITOR)).toBe(2);

    const filtered = await listClaims({ actor: blind, slug, query: { disagreement: "reviewer-split" } });
    expect(filtered.total).toBe(0);

    const access = await getReportAccess({ actor: blind, slug });
    const summary = await getReportSummary(access, {}, [], "http://localhost");
    expect(summary.openDisagreements).toEqual([]);
    const exported: ReportClaim[] = [];
    for await (const item of streamReportClaims({ access, scope: {}, baseUrl: "http://localhost" })) exported.push(item);
    expect(exported[0]!.verdicts).toEqual([]);
    expect(exported[0]!.lastChange.by).toBeNull(); // the last change is another reviewer's verdict

    const token = await createTestApiToken({ workspaceId: workspace.id, userId: blind.id });
    const api = await callApi({ method: "GET", url: `/workspaces/${slug}/disagreements?kind=reviewer-split`, token });
    expect(api).toMatchObject({ status: 200, body: { items: [] } });

    await rate(blind, "Mixed");
    expect((await queue(blind)).items).toMatchObject([{ id: claim.id, kinds: ["reviewer-split"] }]);
    expect(await splitCount(blind)).toBe(1);
    const apiAfter = await callApi({ method: "GET", url: `/workspaces/${slug}/disagreements`, token });
    expect(apiAfter.body).toMatchObject({ items: [{ id: claim.id, kinds: ["reviewer-split"] }] });
  });

  it("keeps a claim with another kind in the blind reviewer's queue, without the split and at that kind's severity", async () => {
    const { slug, users, rater, blind, claim, rate } = await setup();
    const other = await addTestMember((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { workspaceId: true } })).workspaceId, "REVIEWER", "Other");
    await rate(rater, "True");
    await rate(other, "False");
    // A source conflict of weight 1 beside a split of the scale's whole width.
    await getDb().claimDisagreement.update({ where: { claimId: claim.id }, data: { sourceConflict: 1 } });
    const editorRow = (await listDisagreements({ actor: users.EDITOR, slug, filters: {}, page: 1 })).items[0]!;
    expect(editorRow.kinds).toEqual(["reviewer-split", "source-conflict"]);
    const blindRow = (await listDisagreements({ actor: blind, slug, filters: {}, page: 1 })).items[0]!;
    expect(blindRow).toMatchObject({ id: claim.id, kinds: ["source-conflict"], severity: 1 });
    expect(editorRow.severity).toBeGreaterThan(1);
  });
});
