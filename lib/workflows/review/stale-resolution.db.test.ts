import { describe, expect, it } from "vitest";
import { callApi } from "@test-support/call-api";
import { getClaim } from "@/lib/data/claims/claims";
import { resolveClaim } from "./resolution";
import { addTestMember, createTestApiToken, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { recordVerdict } from "./record-verdict";

// A verdict on a claim already in review changes what an editor resolves on, so it moves the claim's
// version: a resolution from a page loaded before it is refused with the claim as it now is.

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const slug = workspace.slug;
  const claim = await createTestClaim(workspace.id);
  const ratings = await ratingIds(workspace.id);
  const late = await addTestMember(workspace.id, "REVIEWER", "Late");
  await recordVerdict({ actor: users.REVIEWER, slug, input: { claimId: claim.id, ratingId: ratings["True"]!, rationale: "Census." } });
  return { workspace, slug, users, claim, ratings, late };
}

describe("resolving from a stale page", () => {
  it("is refused after a new verdict on an in-review claim, and goes through with the version the verdict answered", async () => {
    const { slug, users, claim, ratings, late } = await setup();
    const page = (await getClaim({ actor: users.EDITOR, slug, claimId: claim.id }))!;
    expect(page.status).toBe("IN_REVIEW");

    const verdict = await recordVerdict({ actor: late, slug, input: { claimId: claim.id, ratingId: ratings["False"]!, rationale: "A later count." } });
    expect(verdict.claimVersion).toBe(page.version + 1);

    const input = { claimId: claim.id, finalRatingId: ratings["True"]!, resolutionNote: "Settled." };
    await expect(resolveClaim({ actor: users.EDITOR, slug, input: { ...input, version: page.version } })).rejects.toMatchObject({
      code: "CONFLICT", details: { current: { version: verdict.claimVersion, status: "IN_REVIEW" } },
    });
    expect((await getClaim({ actor: users.EDITOR, slug, claimId: claim.id }))!.status).toBe("IN_REVIEW");

    // An editor's own verdict answers the version their page then resolves with.
    const own = await recordVerdict({ actor: users.EDITOR, slug, input: { claimId: claim.id, ratingId: ratings["True"]!, rationale: "Editor's view." } });
    await expect(resolveClaim({ actor: users.EDITOR, slug, input: { ...input, version: own.claimVersion } })).resolves.toMatchObject({ status: "RESOLVED" });
  });

  it("over the API: a status change or an edit naming the version read before a verdict gets 409 with the current version", async () => {
    const { workspace, slug, users, claim, ratings, late } = await setup();
    const editor = await createTestApiToken({ workspaceId: workspace.id, userId: users.EDITOR.id });
    const reviewer = await createTestApiToken({ workspaceId: workspace.id, userId: late.id });
    const read = await callApi({ method: "GET", url: `/workspaces/${slug}/claims/${claim.id}`, token: editor });
    const etag = read.headers.get("etag")!;
    const { version } = read.body as { version: number };

    const posted = await callApi({ method: "POST", url: `/workspaces/${slug}/claims/${claim.id}/verdicts`, token: reviewer, body: { ratingId: ratings["False"], rationale: "A later count." } });
    expect(posted).toMatchObject({ status: 201, body: { claimVersion: version + 1, reopened: false } });

    const stale = await callApi({ method: "POST", url: `/workspaces/${slug}/claims/${claim.id}/status`, token: editor, body: { status: "RESOLVED", version, finalRatingId: ratings["True"], resolutionNote: "Settled." } });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: "CONFLICT", current: { version: version + 1 } } } });
    const patch = await callApi({ method: "PATCH", url: `/workspaces/${slug}/claims/${claim.id}`, token: editor, headers: { "if-match": etag }, body: { claimant: "Someone" } });
    expect(patch.status).toBe(409);

    const fresh = await callApi({ method: "POST", url: `/workspaces/${slug}/claims/${claim.id}/status`, token: editor, body: { status: "RESOLVED", version: version + 1, finalRatingId: ratings["True"], resolutionNote: "Settled." } });
    expect(fresh).toMatchObject({ status: 200, body: { status: "RESOLVED", version: version + 2 } });
  });
});
