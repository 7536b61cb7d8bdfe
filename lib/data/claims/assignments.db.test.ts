import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listClaimAssignments, updateClaimAssignments } from "./assignments";
import { countMyQueue, listMyQueue } from "./queue";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";
import { addTestMember, claimEvents, createTestClaim, createTestWorkspace, ratingIds, withAuditFailingFor } from "@test-support/data";

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const reviewerB = await addTestMember(workspace.id, "REVIEWER", "Reviewer B");
  const [claim, other] = [await createTestClaim(workspace.id, "First claim"), await createTestClaim(workspace.id, "Second claim")];
  return { slug: workspace.slug, users, reviewerB, claim, other, ratings: await ratingIds(workspace.id) };
}

describe("assigning claims to reviewers", () => {
  it("an editor assigns and unassigns; one audit event per save with the reviewers before and after", async () => {
    const { slug, users, reviewerB, claim } = await setup();
    await updateClaimAssignments({ actor: users.EDITOR, slug, input: { claimId: claim.id, assign: [users.REVIEWER.id, reviewerB.id], unassign: [] } });
    await updateClaimAssignments({ actor: users.EDITOR, slug, input: { claimId: claim.id, assign: [], unassign: [reviewerB.id] } });
    await updateClaimAssignments({ actor: users.EDITOR, slug, input: { claimId: claim.id, assign: [users.REVIEWER.id], unassign: [] } }); // no change

    const options = await listClaimAssignments({ actor: users.EDITOR, slug, claimId: claim.id });
    expect(options.filter((o) => o.assignment).map((o) => o.id)).toEqual([users.REVIEWER.id]);
    expect(options.map((o) => o.role).sort()).toEqual(["EDITOR", "OWNER", "REVIEWER", "REVIEWER"]); // no viewers
    const reviewerName = (await getDb().user.findUniqueOrThrow({ where: { id: users.REVIEWER.id } })).name;
    const events = await claimEvents(claim.id);
    expect(events.map((e) => e.action)).toEqual(["assign", "assign"]);
    expect(events[0]).toMatchObject({ actorId: users.EDITOR.id, before: { reviewers: [] } });
    expect((events[0]!.after as { reviewers: string[] }).reviewers).toEqual(expect.arrayContaining([reviewerName, expect.stringMatching(/^Reviewer B/)]));
    expect(events[1]).toMatchObject({ after: { reviewers: [reviewerName] } });
  });

  it("refuses reviewers, and viewers or outsiders as assignees, writing nothing", async () => {
    const { slug, users, claim } = await setup();
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    await expect(updateClaimAssignments({ actor: users.REVIEWER, slug, input: { claimId: claim.id, assign: [users.REVIEWER.id], unassign: [] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const assignee of [users.VIEWER, outsider]) {
      await expect(updateClaimAssignments({ actor: users.EDITOR, slug, input: { claimId: claim.id, assign: [assignee.id], unassign: [] } })).rejects.toMatchObject({
        code: "VALIDATION", details: { fieldErrors: { assign: [expect.stringContaining("Only reviewers, editors and owners")] } },
      });
    }
    await expect(
      withAuditFailingFor(claim.id, () => updateClaimAssignments({ actor: users.EDITOR, slug, input: { claimId: claim.id, assign: [users.REVIEWER.id], unassign: [] } })),
    ).rejects.toThrow(/audit refused by test/);
    expect(await getDb().claimAssignment.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await claimEvents(claim.id)).toEqual([]);
  });
});

describe("a reviewer's queue", () => {
  it("lists assigned claims without the reviewer's verdict, and drops them once rated or resolved", async () => {
    const { slug, users, reviewerB, claim, other, ratings } = await setup();
    await updateClaimAssignments({ actor: users.EDITOR, slug, input: { claimId: claim.id, assign: [users.REVIEWER.id, reviewerB.id], unassign: [] } });
    await updateClaimAssignments({ actor: users.EDITOR, slug, input: { claimId: other.id, assign: [users.REVIEWER.id], unassign: [] } });

    const queue = await listMyQueue({ actor: users.REVIEWER, slug });
    expect(queue.map((item) => item.statement)).toEqual(["First claim", "Second claim"]);
    expect(queue[0]).toMatchObject({ status: "OPEN", article: { title: "Test article" }, assignedBy: expect.stringMatching(/^EDITOR/) });
    expect(await listMyQueue({ actor: users.EDITOR, slug })).toEqual([]);

    await recordVerdict({ actor: users.REVIEWER, slug, input: { claimId: claim.id, ratingId: ratings["True"]!, rationale: "r" } });
    expect((await listMyQueue({ actor: users.REVIEWER, slug })).map((item) => item.statement)).toEqual(["Second claim"]);
    expect(await countMyQueue({ actor: reviewerB, slug })).toBe(1); // another reviewer's verdict does not count

    await resolveClaim({ actor: users.EDITOR, slug, input: { claimId: other.id, version: 1, finalRatingId: ratings["False"]!, resolutionNote: "n" } });
    expect(await countMyQueue({ actor: users.REVIEWER, slug })).toBe(0);
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    expect(await listMyQueue({ actor: outsider, slug })).toEqual([]);
  });
});
