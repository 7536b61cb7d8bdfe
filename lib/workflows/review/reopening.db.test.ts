import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listClaimHistory } from "@/lib/data/audit";
import { listDisagreements } from "@/lib/data/disagreements/disagreements";
import { addExternalEvidence } from "@/lib/data/evidence/evidence";
import { resolveClaim } from "./resolution";
import { addTestMember, claimEvents, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { recordVerdict } from "./record-verdict";

async function setup(finalRating: string) {
  const { workspace, users } = await createTestWorkspace();
  const slug = workspace.slug;
  const reviewerB = await addTestMember(workspace.id, "REVIEWER", "Zed");
  const ratings = await ratingIds(workspace.id);
  const claim = await createTestClaim(workspace.id);
  const rate = (actor: { id: string }, label: string) => recordVerdict({ actor, slug, input: { claimId: claim.id, ratingId: ratings[label]!, rationale: `Rated ${label}.` } });
  await rate(users.REVIEWER, "True");
  await rate(reviewerB, "Mostly true");
  const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
  await resolveClaim({ actor: users.EDITOR, slug, input: { claimId: claim.id, version, finalRatingId: ratings[finalRating]!, resolutionNote: "Settled." } });
  const evidence = (stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT") =>
    addExternalEvidence({ actor: users.REVIEWER, slug, input: { claimId: claim.id, stance, excerpt: "A census put it lower.", sourceMode: "new", kind: "STATEMENT", title: `Census ${stance}` } });
  const state = () => getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true, finalRatingId: true } });
  const queued = async () => (await listDisagreements({ actor: users.EDITOR, slug, filters: {}, page: 1 })).items.map((item) => item.id);
  return { users, slug, reviewerB, claim, rate, evidence, state, queued };
}

describe("reopening a resolved claim", () => {
  it("a verdict agreeing with the final rating leaves it resolved; a differing one reopens it as disputed, back in the queue, with the reason in its history", async () => {
    const { users, slug, reviewerB, claim, rate, state, queued } = await setup("Mostly true");
    expect(await queued()).toEqual([]);
    await rate(reviewerB, "Mostly true");
    expect((await state()).status).toBe("RESOLVED");

    await rate(users.REVIEWER, "False");
    expect(await state()).toEqual({ status: "DISPUTED", finalRatingId: null });
    expect(await queued()).toEqual([claim.id]); // True→False against Mostly true: a reviewer split again

    const reopen = (await claimEvents(claim.id)).at(-1)!;
    expect(reopen).toMatchObject({
      entityType: "claim", action: "reopen", actorId: users.REVIEWER.id,
      before: { status: "RESOLVED", finalRating: "Mostly true" },
      after: { status: "DISPUTED", finalRating: null, reason: "A new verdict rated it False, unlike the final rating Mostly true.", cause: { kind: "verdict", rating: "False" } },
    });
    const history = await listClaimHistory({ actor: users.EDITOR, slug, claimId: claim.id });
    expect(history.slice(-2).map((event) => event.action)).toEqual(["record", "reopen"]);
  });

  it("contradicting evidence reopens a claim rated true; context and supporting evidence do not", async () => {
    const { claim, evidence, state, queued } = await setup("Mostly true");
    await evidence("CONTEXT");
    await evidence("SUPPORTS");
    expect((await state()).status).toBe("RESOLVED");
    const added = await evidence("CONTRADICTS");
    expect(added.claimStatus).toBe("DISPUTED");
    expect((await state()).status).toBe("DISPUTED");
    expect(await queued()).toEqual([claim.id]); // supported and contradicted: a source conflict
    expect((await claimEvents(claim.id)).at(-1)).toMatchObject({
      action: "reopen", after: { reason: "Contradicting evidence from Census CONTRADICTS disputes the final rating Mostly true.", cause: { kind: "evidence", stance: "CONTRADICTS" } },
    });
  });

  it("supporting evidence reopens a claim rated false; nothing moves a Mixed one", async () => {
    const falseClaim = await setup("False");
    await falseClaim.evidence("CONTRADICTS");
    expect((await falseClaim.state()).status).toBe("RESOLVED");
    await falseClaim.evidence("SUPPORTS");
    expect((await falseClaim.state()).status).toBe("DISPUTED");

    const mixed = await setup("Mixed");
    await mixed.evidence("SUPPORTS");
    await mixed.evidence("CONTRADICTS");
    expect((await mixed.state()).status).toBe("RESOLVED");
  });
});
