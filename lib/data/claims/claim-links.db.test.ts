import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { applyClaimBulk } from "./claim-bulk";
import { deleteClaim } from "./claims";
import { dismissMatch, getClaimGroup, linkClaims, listDismissedMatches, unlinkClaims } from "./claim-links";
import { listDisagreements } from "../disagreements/disagreements";
import { getDashboard } from "../workspaces/dashboard";
import { deleteArticle } from "../articles/article-lifecycle";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";
import { reopenClaim, resolveClaim, resolveClaimAsIn } from "@/lib/workflows/review/resolution";
import { claimEvents, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";

// "Same claim" links and groups, resolving "as in", and the inconsistent-ratings disagreement kept
// current through every write that can change it (issue 17, items 3 and 4).

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const slug = workspace.slug;
  const ratings = await ratingIds(workspace.id);
  // One after another: the group lists its members oldest first.
  const claims = [];
  for (const statement of ["A: 12 million lived under IS", "B: IS ruled 12 million people", "C: twelve million under the group"]) claims.push(await createTestClaim(workspace.id, statement));
  const [a, b, c] = claims.map((claim) => claim.id) as [string, string, string];
  const version = async (id: string) => (await getDb().claim.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
  const resolve = async (id: string, label: string) =>
    resolveClaim({ actor: users.EDITOR, slug, input: { claimId: id, version: await version(id), finalRatingId: ratings[label]!, resolutionNote: `Rated ${label}.` } });
  const reopen = async (id: string) => reopenClaim({ actor: users.EDITOR, slug, input: { claimId: id, version: await version(id), reason: "Look again." } });
  const link = (claimId: string, otherId: string) => linkClaims({ actor: users.REVIEWER, slug, input: { claimId, otherId } });
  const unlink = (claimId: string, otherId: string) => unlinkClaims({ actor: users.REVIEWER, slug, input: { claimId, otherId } });
  /** Claims the review queue lists as inconsistent, as an editor sees the queue. */
  const inconsistent = async () =>
    (await listDisagreements({ actor: users.EDITOR, slug, filters: { kind: "inconsistent-ratings" }, page: 1 })).items.map((item) => item.id).sort();
  const counted = async () => (await getDashboard({ actor: users.VIEWER, slug }))!.disagreements.find((kind) => kind.kind === "inconsistent-ratings")!.count;
  return { workspace, users, slug, ratings, a, b, c, version, resolve, reopen, link, unlink, inconsistent, counted };
}

const sorted = (...ids: string[]) => [...ids].sort();
const linkRows = (workspaceId: string) => getDb().claimLink.count({ where: { workspaceId } });
const auditRows = (workspaceId: string) => getDb().auditEvent.count({ where: { workspaceId } });

describe("same-claim links and groups", () => {
  it("links claims into a group shown from every member, audited on both timelines; unlinking splits it", async () => {
    const { users, slug, a, b, c, link, unlink } = await setup();
    expect(await link(a, b)).toEqual({ claimId: a, otherId: b, groupSize: 2 });
    expect(await link(c, b)).toMatchObject({ groupSize: 3 });
    const group = await getClaimGroup({ actor: users.VIEWER, slug, claimId: a });
    expect(group.items.map((member) => member.id).sort()).toEqual(sorted(b, c));
    expect(group.items.find((member) => member.id === b)).toMatchObject({ statement: "B: IS ruled 12 million people", status: "OPEN", finalRating: null, article: { title: "Test article" } });
    expect(group.links).toHaveLength(2);
    expect((await claimEvents(a)).map((event) => [event.action, (event.after as { otherClaimId: string }).otherClaimId])).toEqual([["link", b]]);
    expect((await claimEvents(b)).map((event) => event.action)).toEqual(["link", "link"]);

    // B held the chain together: without A–B, A stands alone and B, C stay one group.
    await unlink(b, a);
    expect((await getClaimGroup({ actor: users.VIEWER, slug, claimId: a })).items).toEqual([]);
    expect((await getClaimGroup({ actor: users.VIEWER, slug, claimId: c })).items.map((member) => member.id)).toEqual([b]);
    expect((await claimEvents(a)).map((event) => event.action)).toEqual(["link", "unlink"]);
  });

  it("refuses a claim linked to itself, to another workspace's claim, twice or within its group, and a viewer: nothing written", async () => {
    const { workspace, users, slug, a, b, c, link, unlink } = await setup();
    const elsewhere = await createTestClaim((await createTestWorkspace(["OWNER"])).workspace.id);
    await link(a, b);
    await link(b, c);
    const [links, events] = [await linkRows(workspace.id), await auditRows(workspace.id)];

    await expect(link(a, a)).rejects.toMatchObject({ code: "VALIDATION", details: { fieldErrors: { claimId: ["A claim cannot be linked to itself: choose another claim."] } } });
    await expect(link(a, elsewhere.id)).rejects.toMatchObject({ code: "VALIDATION", details: { fieldErrors: { claimId: [expect.stringContaining("not in this workspace")] } } });
    await expect(link(b, a)).rejects.toMatchObject({ code: "CONFLICT", message: "These two claims are already linked as the same claim." });
    await expect(link(a, c)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already the same claim") });
    await expect(linkClaims({ actor: users.VIEWER, slug, input: { claimId: a, otherId: c } })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("link claims as the same claim") });
    await expect(unlink(a, c)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(unlink(a, elsewhere.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The other workspace's claim is not reachable through a link from this one's either.
    await expect(linkClaims({ actor: users.REVIEWER, slug, input: { claimId: elsewhere.id, otherId: a } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect([await linkRows(workspace.id), await auditRows(workspace.id)]).toEqual([links, events]);
  });

  it("remembers a dismissed match both ways, once, until the pair is linked", async () => {
    const { users, slug, a, b, link } = await setup();
    await dismissMatch({ actor: users.REVIEWER, slug, input: { claimId: a, otherId: b } });
    await dismissMatch({ actor: users.REVIEWER, slug, input: { claimId: b, otherId: a } });
    expect(await listDismissedMatches(a)).toEqual([b]);
    expect(await listDismissedMatches(b)).toEqual([a]);
    expect((await claimEvents(a)).map((event) => event.action)).toEqual(["dismiss-match"]);
    await link(a, b);
    expect(await listDismissedMatches(a)).toEqual([]);
  });
});

describe("inconsistent ratings", () => {
  it("is kept current through resolution, reopening, a reopening verdict, unlink, link, bulk resolution and deletion", async () => {
    const { users, slug, ratings, a, b, c, resolve, reopen, link, unlink, inconsistent, counted, version } = await setup();
    await link(a, b);
    await resolve(a, "True");
    expect(await inconsistent()).toEqual([]);
    await resolve(b, "False");
    expect(await inconsistent()).toEqual(sorted(a, b));
    expect(await counted()).toBe(2);
    const row = await getDb().claimDisagreement.findUniqueOrThrow({ where: { claimId: a }, select: { inconsistentRatings: true, severity: true, reviewerSplit: true } });
    expect(row).toEqual({ inconsistentRatings: 4, severity: 4, reviewerSplit: null }); // True 5 − False 1

    await reopen(b); // re-rating starts by reopening: the inconsistency is gone from both
    expect(await inconsistent()).toEqual([]);
    await resolve(b, "False");
    expect(await inconsistent()).toEqual(sorted(a, b));

    // A verdict that disputes B's final rating reopens it as disputed.
    const verdict = await recordVerdict({ actor: users.REVIEWER, slug, input: { claimId: b, ratingId: ratings["True"]!, rationale: "The census says so." } });
    expect(verdict.reopened).toBe(true);
    expect(await inconsistent()).toEqual([]);
    await resolve(b, "False");

    await unlink(a, b);
    expect(await inconsistent()).toEqual([]);
    await link(b, a);
    expect(await inconsistent()).toEqual(sorted(a, b));

    // A third member resolved in bulk with yet another rating joins the inconsistency.
    await link(c, b);
    await applyClaimBulk({ actor: users.EDITOR, slug, input: { action: "resolve", ids: [{ id: c, version: await version(c) }], finalRatingId: ratings["Mixed"]!, resolutionNote: "Half." } });
    expect(await inconsistent()).toEqual(sorted(a, b, c));

    // Deleting B leaves A and C unlinked: each is consistent with itself.
    await deleteClaim({ actor: users.EDITOR, slug, input: { claimId: b, version: await version(b) } });
    expect(await inconsistent()).toEqual([]);
    expect(await counted()).toBe(0);
  });

  it("leaves the queue when an article with a member is deleted", async () => {
    const { users, slug, a, b, resolve, link, inconsistent } = await setup();
    await link(a, b);
    await resolve(a, "True");
    await resolve(b, "Mostly false");
    expect(await inconsistent()).toEqual(sorted(a, b));
    const { articleId } = await getDb().claim.findUniqueOrThrow({ where: { id: b }, select: { articleId: true } });
    await deleteArticle({ actor: users.OWNER, slug, articleId, force: true });
    expect(await inconsistent()).toEqual([]);
  });
});

describe("resolving as in a claim of the group", () => {
  it("copies the final rating with a note naming the source, in one audited resolution", async () => {
    const { users, slug, a, b, resolve, link, version, inconsistent } = await setup();
    await link(a, b);
    await resolve(a, "Mostly false");
    const resolved = await resolveClaimAsIn({ actor: users.EDITOR, slug, input: { claimId: b, version: await version(b), asIn: a } });
    expect(resolved).toMatchObject({ id: b, status: "RESOLVED" });
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: b }, select: { status: true, resolutionNote: true, finalRating: { select: { label: true } } } });
    expect(claim).toEqual({ status: "RESOLVED", finalRating: { label: "Mostly false" }, resolutionNote: "Resolved as in the same claim “A: 12 million lived under IS”, rated Mostly false there." });
    expect((await claimEvents(b)).at(-1)).toMatchObject({
      action: "resolve-as-in", actorId: users.EDITOR.id,
      after: { status: "RESOLVED", finalRating: "Mostly false", asIn: "A: 12 million lived under IS", asInClaimId: a },
    });
    expect(await inconsistent()).toEqual([]);
  });

  it("refuses a source reopened meanwhile with its current state, a claim outside the group, and a reviewer: nothing written", async () => {
    const { workspace, users, slug, a, b, c, resolve, reopen, link, version } = await setup();
    await link(a, b);
    await resolve(a, "True");
    const read = await version(b); // the editor's page was read while A was resolved
    await reopen(a);
    const events = await auditRows(workspace.id);
    await expect(resolveClaimAsIn({ actor: users.EDITOR, slug, input: { claimId: b, version: read, asIn: a } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("is no longer resolved (it is in review now)"),
      details: { current: { asIn: { id: a, status: "IN_REVIEW", finalRating: null } } },
    });
    await resolve(c, "True");
    await expect(resolveClaimAsIn({ actor: users.EDITOR, slug, input: { claimId: b, version: read, asIn: c } })).rejects.toMatchObject({
      code: "VALIDATION", details: { fieldErrors: { asIn: [expect.stringContaining("link the two claims first")] } },
    });
    await expect(resolveClaimAsIn({ actor: users.REVIEWER, slug, input: { claimId: b, version: read, asIn: a } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: b }, select: { status: true, finalRatingId: true } })).toEqual({ status: "OPEN", finalRatingId: null });
    expect(await auditRows(workspace.id)).toBe(events + 1); // C's resolution only
  });
});
