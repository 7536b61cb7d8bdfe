import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listDisagreements } from "./disagreements";
import { addExternalEvidence, removeEvidence } from "../evidence/evidence";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { addTestMember, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const reviewerB = await addTestMember(workspace.id, "REVIEWER", "Zed");
  const ratings = await ratingIds(workspace.id);
  const slug = workspace.slug;
  const rate = (actor: { id: string }, claimId: string, label: string) =>
    recordVerdict({ actor, slug, input: { claimId, ratingId: ratings[label]!, rationale: `Rated ${label}.` } });
  const list = (actor: { id: string } = users.VIEWER, filters = {}) => listDisagreements({ actor, slug, filters, page: 1 });
  const resolve = async (claimId: string) => {
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    await resolveClaim({ actor: users.EDITOR, slug, input: { claimId, version, finalRatingId: ratings["Mixed"]!, resolutionNote: "Settled by the desk." } });
  };
  return { workspace, users, reviewerB, ratings, rate, list, resolve };
}

/** Evidence added as a reviewer would: `stances` in order, each from a source of its own. */
async function addEvidence(workspaceId: string, claimId: string, stances: ("SUPPORTS" | "CONTRADICTS" | "CONTEXT")[]) {
  const db = getDb();
  const { slug } = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { slug: true } });
  const reviewer = await db.membership.findFirstOrThrow({ where: { workspaceId, role: "REVIEWER" }, select: { userId: true } });
  const ids: string[] = [];
  for (const [n, stance] of stances.entries()) {
    const input = { claimId, stance, excerpt: `Excerpt ${n}`, sourceMode: "new" as const, kind: "STATEMENT" as const, title: `Source ${n} ${stance}` };
    ids.push((await addExternalEvidence({ actor: { id: reviewer.userId }, slug, input })).id);
  }
  return ids;
}

describe("listDisagreements", () => {
  it("lists a reviewer split while it lasts and drops it once resolved", async () => {
    const { workspace, users, reviewerB, rate, list, resolve } = await setup();
    const claim = await createTestClaim(workspace.id);
    await rate(users.REVIEWER, claim.id, "True");
    expect((await list()).total).toBe(0); // one verdict is no split
    await rate(reviewerB, claim.id, "Mostly false");

    const queued = await list();
    expect(queued.total).toBe(1);
    expect(queued.items[0]).toMatchObject({ id: claim.id, kinds: ["reviewer-split"], severity: 3, article: { title: "Test article" }, assignees: [] });
    expect(queued.items[0]!.since).toBeInstanceOf(Date);

    await resolve(claim.id);
    expect(await list()).toMatchObject({ total: 0, items: [] });
  });

  it("lists a source conflict with min(supporting, contradicting) as its severity, and drops it once resolved", async () => {
    const { workspace, list, resolve } = await setup();
    const claim = await createTestClaim(workspace.id);
    await addEvidence(workspace.id, claim.id, ["SUPPORTS", "SUPPORTS", "CONTEXT"]);
    expect((await list()).total).toBe(0);
    await addEvidence(workspace.id, claim.id, ["CONTRADICTS"]);
    expect((await list()).items).toMatchObject([{ id: claim.id, kinds: ["source-conflict"], severity: 1 }]);
    await addEvidence(workspace.id, claim.id, ["CONTRADICTS"]);
    expect((await list()).items).toMatchObject([{ id: claim.id, severity: 2 }]);

    await resolve(claim.id);
    expect((await list()).total).toBe(0);
  });

  it("drops a source conflict when the contradicting evidence is removed", async () => {
    const { workspace, users, list } = await setup();
    const claim = await createTestClaim(workspace.id);
    await addEvidence(workspace.id, claim.id, ["SUPPORTS"]);
    const [contradicting] = await addEvidence(workspace.id, claim.id, ["CONTRADICTS"]);
    expect((await list()).items).toMatchObject([{ id: claim.id, kinds: ["source-conflict"] }]);
    await removeEvidence({ actor: users.EDITOR, slug: workspace.slug, evidenceId: contradicting! });
    expect((await list()).total).toBe(0);
  });

  it("drops a reviewer split when a reviewer changes their verdict to agree", async () => {
    const { workspace, users, reviewerB, rate, list } = await setup();
    const claim = await createTestClaim(workspace.id);
    await rate(users.REVIEWER, claim.id, "True");
    await rate(reviewerB, claim.id, "False");
    expect((await list()).total).toBe(1);
    await rate(reviewerB, claim.id, "True");
    expect((await list()).total).toBe(0);
  });

  it("sorts by severity, counting Unverifiable against a rating as the widest spread, and filters", async () => {
    const { workspace, users, reviewerB, rate, list } = await setup();
    const [narrow, wide, unverifiable, both] = [
      await createTestClaim(workspace.id, "narrow"), await createTestClaim(workspace.id, "wide"),
      await createTestClaim(workspace.id, "unverifiable"), await createTestClaim(workspace.id, "both"),
    ];
    await rate(users.REVIEWER, narrow.id, "True");
    await rate(reviewerB, narrow.id, "Mostly true"); // spread 1
    await rate(users.REVIEWER, wide.id, "True");
    await rate(reviewerB, wide.id, "Mixed"); // spread 2
    await rate(users.REVIEWER, unverifiable.id, "Mostly true");
    await rate(reviewerB, unverifiable.id, "Unverifiable"); // the scale's range: 5 - 1 = 4
    await rate(users.REVIEWER, both.id, "True");
    await rate(reviewerB, both.id, "Mostly true"); // spread 1 ...
    await addEvidence(workspace.id, both.id, ["SUPPORTS", "CONTRADICTS", "SUPPORTS", "CONTRADICTS", "CONTRADICTS"]); // ... and conflict 2

    const queued = await list();
    expect(queued.items.map((item) => [item.statement, item.severity])).toEqual([["unverifiable", 4], ["wide", 2], ["both", 2], ["narrow", 1]]);
    expect(queued.items[2]!.kinds).toEqual(["reviewer-split", "source-conflict"]);
    // Same severity: the older cause first ("wide"'s verdicts predate "both"'s evidence).

    expect((await list(users.VIEWER, { kind: "source-conflict" })).items.map((item) => item.statement)).toEqual(["both"]);
    const wideArticle = await getDb().claim.findUniqueOrThrow({ where: { id: wide.id }, select: { articleId: true } });
    expect((await list(users.VIEWER, { article: wideArticle.articleId })).items.map((item) => item.statement)).toEqual(["wide"]);

    await getDb().claimAssignment.create({ data: { workspaceId: workspace.id, claimId: narrow.id, reviewerId: reviewerB.id } });
    const assigned = await list(users.VIEWER, { assignee: reviewerB.id });
    expect(assigned.items).toMatchObject([{ statement: "narrow", assignees: [{ id: reviewerB.id }] }]);
    expect((await list(users.VIEWER, { assignee: users.REVIEWER.id })).total).toBe(0);
  });

  it("shows a non-member nothing", async () => {
    const { workspace, users, reviewerB, rate } = await setup();
    const claim = await createTestClaim(workspace.id);
    await rate(users.REVIEWER, claim.id, "True");
    await rate(reviewerB, claim.id, "False");
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    expect(await listDisagreements({ actor: outsider, slug: workspace.slug, filters: {}, page: 1 })).toMatchObject({ items: [], total: 0 });
  });
});
