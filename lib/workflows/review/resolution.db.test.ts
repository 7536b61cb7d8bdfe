import { describe, expect, it } from "vitest";
import { getClaim } from "@/lib/data/claims/claims";
import { reopenClaim, resolveClaim } from "./resolution";
import { recordVerdict } from "./record-verdict";
import { claimEvents, createTestClaim, createTestWorkspace, ratingIds, withAuditFailingFor } from "@test-support/data";

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const claim = await createTestClaim(workspace.id);
  const ratings = await ratingIds(workspace.id);
  await recordVerdict({ actor: users.REVIEWER, slug: workspace.slug, input: { claimId: claim.id, ratingId: ratings["Mixed"]!, rationale: "Half right." } });
  // The verdict moved the claim into review: version 2.
  return { slug: workspace.slug, users, claim, ratings };
}

const resolution = (claimId: string, version: number, finalRatingId: string) => ({ claimId, version, finalRatingId, resolutionNote: "Sources disagree on the count." });

describe("resolving and reopening a claim", () => {
  it("an editor resolves with a final rating and note, then reopens with a reason; one event each", async () => {
    const { slug, users, claim, ratings } = await setup();
    await resolveClaim({ actor: users.EDITOR, slug, input: resolution(claim.id, 2, ratings["Mixed"]!) });
    expect(await getClaim({ actor: users.VIEWER, slug, claimId: claim.id })).toMatchObject({
      status: "RESOLVED", version: 3, resolutionNote: "Sources disagree on the count.", finalRating: { label: "Mixed" },
    });
    await reopenClaim({ actor: users.EDITOR, slug, input: { claimId: claim.id, version: 3, reason: "A new source turned up." } });
    expect(await getClaim({ actor: users.VIEWER, slug, claimId: claim.id })).toMatchObject({ status: "IN_REVIEW", version: 4, finalRating: null, resolutionNote: null });

    const events = (await claimEvents(claim.id)).slice(1);
    expect(events).toEqual([
      {
        entityType: "claim", action: "resolve", actorId: users.EDITOR.id,
        before: { status: "IN_REVIEW", finalRating: null },
        after: { status: "RESOLVED", finalRating: "Mixed", finalRatingId: ratings["Mixed"], resolutionNote: "Sources disagree on the count." },
      },
      {
        entityType: "claim", action: "reopen", actorId: users.EDITOR.id,
        before: { status: "RESOLVED", finalRating: "Mixed", resolutionNote: "Sources disagree on the count." },
        after: { status: "IN_REVIEW", finalRating: null, resolutionNote: null, reason: "A new source turned up." },
      },
    ]);
  });

  it("refuses reviewers and viewers, and writes nothing", async () => {
    const { slug, users, claim, ratings } = await setup();
    for (const actor of [users.REVIEWER, users.VIEWER]) {
      await expect(resolveClaim({ actor, slug, input: resolution(claim.id, 2, ratings["True"]!) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await resolveClaim({ actor: users.EDITOR, slug, input: resolution(claim.id, 2, ratings["True"]!) });
    await expect(reopenClaim({ actor: users.REVIEWER, slug, input: { claimId: claim.id, version: 3, reason: "x" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getClaim({ actor: users.VIEWER, slug, claimId: claim.id }))?.status).toBe("RESOLVED");
    expect(await claimEvents(claim.id)).toHaveLength(2);
  });

  it("refuses a stale version, a second resolve and another workspace's rating", async () => {
    const { slug, users, claim, ratings } = await setup();
    const foreign = (await ratingIds((await createTestWorkspace(["OWNER"])).workspace.id))["Mixed"]!;
    await expect(resolveClaim({ actor: users.EDITOR, slug, input: resolution(claim.id, 2, foreign) })).rejects.toMatchObject({
      code: "VALIDATION", details: { fieldErrors: { finalRatingId: ["Choose a rating from this workspace's scale."] } },
    });
    await expect(resolveClaim({ actor: users.EDITOR, slug, input: resolution(claim.id, 1, ratings["Mixed"]!) })).rejects.toMatchObject({
      code: "CONFLICT", details: { current: { version: 2, status: "IN_REVIEW" } },
    });
    await resolveClaim({ actor: users.EDITOR, slug, input: resolution(claim.id, 2, ratings["Mixed"]!) });
    await expect(resolveClaim({ actor: users.OWNER, slug, input: resolution(claim.id, 3, ratings["True"]!) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getClaim({ actor: users.VIEWER, slug, claimId: claim.id }))?.finalRating?.label).toBe("Mixed");
    expect((await claimEvents(claim.id)).map((e) => e.action)).toEqual(["record", "resolve"]);
  });

  it("leaves the claim as it was when the resolve's audit event cannot be written", async () => {
    const { slug, users, claim, ratings } = await setup();
    await expect(
      withAuditFailingFor(claim.id, () => resolveClaim({ actor: users.EDITOR, slug, input: resolution(claim.id, 2, ratings["Mixed"]!) })),
    ).rejects.toThrow(/audit refused by test/);
    expect(await getClaim({ actor: users.VIEWER, slug, claimId: claim.id })).toMatchObject({ status: "IN_REVIEW", version: 2, finalRating: null, resolutionNote: null });
    expect(await claimEvents(claim.id)).toHaveLength(1);
  });
});
