import { beforeAll, describe, expect, it } from "vitest";
import { getAgreementRatings } from "@/lib/data/verdicts/agreement";
import { listClaimHistory } from "@/lib/data/audit";
import { createTestClaim } from "@test-support/data";
import { buildAgreementReport } from "@/lib/domain/agreement-report";
import { addReviewerToken, createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";

// The review endpoints answer what the pages show: the same scale, members, assignments, queue,
// history (blind review included) and agreement figures.

let w: ApiWorkspace;
beforeAll(async () => {
  w = await createApiWorkspace();
});

const get = async (url: string, token: string | undefined) => {
  const response = await callApi({ method: "GET", url: `/workspaces/${w.slug}${url}`, token });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Record<string, unknown>;
};
const verdict = (claimId: string, token: string | undefined, label: string) =>
  callApi({ method: "POST", url: `/workspaces/${w.slug}/claims/${claimId}/verdicts`, token, body: { ratingId: w.ratings[label], rationale: `Rated ${label}.` } });

describe("the review endpoints", () => {
  it("reads the scale in order, and a resolved claim's finalRating carries the id of its level", async () => {
    const scale = await get("/rating-scale", w.tokens.viewer);
    expect((scale.levels as { label: string }[]).map((level) => level.label)).toEqual(["True", "Mostly true", "Mixed", "Mostly false", "False", "Unverifiable"]);
    const mixed = (scale.levels as { id: string; label: string }[]).find((level) => level.label === "Mixed")!;
    expect(mixed).toEqual({ id: w.ratings["Mixed"], label: "Mixed", ordinal: 3, colour: "#ca8a04", position: 2 });

    const claim = await createTestClaim(w.id);
    const version = (await get(`/claims/${claim.id}`, w.tokens.editor)).version;
    const resolved = await callApi({ method: "POST", url: `/workspaces/${w.slug}/claims/${claim.id}/status`, token: w.tokens.editor, body: { status: "RESOLVED", version, finalRatingId: mixed.id, resolutionNote: "Sources split." } });
    expect(resolved.status).toBe(200);
    expect((await get(`/claims/${claim.id}`, w.tokens.viewer)).finalRating).toEqual({ id: mixed.id, label: "Mixed", ordinal: 3, colour: "#ca8a04" });
    const listed = (await get("/claims?status=RESOLVED&limit=200", w.tokens.viewer)).items as { id: string; finalRating: { id: string } }[];
    expect(listed.find((item) => item.id === claim.id)?.finalRating.id).toBe(mixed.id);
  });

  it("lists members with their roles to everyone, and their emails to owners only", async () => {
    const asViewer = (await get("/members", w.tokens.viewer)).items as Record<string, string>[];
    expect(asViewer.map((member) => member.role).sort()).toEqual(expect.arrayContaining(["EDITOR", "OWNER", "REVIEWER", "VIEWER"]));
    expect(asViewer.every((member) => !("email" in member))).toBe(true);
    const asEditor = (await get("/members", w.tokens.editor)).items as Record<string, string>[];
    expect(asEditor.some((member) => "email" in member)).toBe(false);
    const asOwner = (await get("/members", w.tokens.owner)).items as Record<string, string>[];
    expect(asOwner.find((member) => member.id === w.users.VIEWER.id)?.email).toMatch(/@test\.example\.org$/);
  });

  it("assigns a claim to a reviewer's queue, records it in the history, and takes it off again", async () => {
    const claim = await createTestClaim(w.id, "Assigned through the API");
    const url = `/workspaces/${w.slug}/claims/${claim.id}/assignments`;
    const assigned = await callApi({ method: "POST", url, token: w.tokens.editor, body: { userId: w.users.REVIEWER.id } });
    expect(assigned.status).toBe(200);
    const mine = (assigned.body as { items: { id: string; assignment: unknown }[] }).items.find((item) => item.id === w.users.REVIEWER.id);
    expect(mine?.assignment).toMatchObject({ at: expect.any(String), by: expect.stringContaining("EDITOR") });
    expect(((await get("/my-queue?limit=200", w.tokens.reviewer)).items as { id: string }[]).map((item) => item.id)).toContain(claim.id);
    expect(((await get("/my-queue", w.tokens.editor)).items as { id: string }[]).map((item) => item.id)).not.toContain(claim.id);

    const viewerAssigned = await callApi({ method: "POST", url, token: w.tokens.editor, body: { userId: w.users.VIEWER.id } });
    expect(viewerAssigned).toMatchObject({ status: 422, body: { error: { fields: { userId: [expect.stringContaining("Only reviewers, editors and owners")] } } } });
    expect((await callApi({ method: "POST", url, token: w.tokens.reviewer, body: { userId: w.users.REVIEWER.id } })).status).toBe(403);

    const history = (await get(`/claims/${claim.id}/history`, w.tokens.viewer)).items as { action: string; after: { reviewers: string[] } }[];
    expect(history.find((event) => event.action === "assign")?.after.reviewers).toEqual([expect.stringContaining("REVIEWER")]);

    expect((await callApi({ method: "DELETE", url: `${url}/${w.users.REVIEWER.id}`, token: w.tokens.editor })).status).toBe(204);
    expect(((await get("/my-queue?limit=200", w.tokens.reviewer)).items as { id: string }[]).map((item) => item.id)).not.toContain(claim.id);
    const again = await callApi({ method: "DELETE", url: `${url}/${w.users.REVIEWER.id}`, token: w.tokens.editor });
    expect(again).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
  });

  it("shows a claim's history exactly as the claim page does under blind review", async () => {
    const claim = await createTestClaim(w.id, "Rated blind");
    const second = await addReviewerToken(w, "Second reviewer");
    expect((await verdict(claim.id, w.tokens.reviewer, "False")).status).toBe(201);

    const asSecond = async () => (await get(`/claims/${claim.id}/history`, second)).items as { entityType: string; after: unknown }[];
    const blind = await asSecond();
    const others = blind.filter((event) => event.entityType === "verdict");
    expect(others).toHaveLength(1);
    expect(JSON.stringify(others[0])).not.toMatch(/False|Rated/);
    // The page's own function, for the same reader: the same events with the same content.
    const secondId = (await get("/members", w.tokens.owner)).items as { id: string; name: string }[];
    const reader = { id: secondId.find((member) => member.name.startsWith("Second reviewer"))!.id };
    const page = await listClaimHistory({ actor: reader, slug: w.slug, claimId: claim.id });
    expect(blind.map((event) => ({ ...event }))).toEqual(JSON.parse(JSON.stringify(page.map((event) => ({
      id: event.id, entityType: event.entityType, action: event.action, actor: event.actor ? { id: event.actorId ?? null, name: event.actor.name } : null, imported: null, at: event.createdAt, before: event.before, after: event.after,
    })))));

    expect((await verdict(claim.id, second, "Mostly false")).status).toBe(201);
    expect(JSON.stringify(await asSecond())).toContain("False");
    expect((await callApi({ method: "GET", url: `/workspaces/${w.slug}/claims/00000000-0000-4000-8000-000000000000/history`, token: w.tokens.viewer })).status).toBe(404);
  });

  it("gives the agreement figures of the review page, undefined ones as null with their reason", async () => {
    const a = await addReviewerToken(w, "Kappa A");
    const b = await addReviewerToken(w, "Kappa B");
    const labels = [["True", "True"], ["False", "Mixed"], ["Mixed", "Mixed"], ["Unverifiable", "False"]];
    for (const [first, second] of labels) {
      const claim = await createTestClaim(w.id, `Agreement ${first}`);
      await verdict(claim.id, a, first!);
      await verdict(claim.id, b, second!);
    }
    const answer = await get("/agreement", w.tokens.viewer);
    const data = await getAgreementRatings({ actor: w.users.VIEWER, slug: w.slug });
    expect(answer).toEqual(JSON.parse(JSON.stringify({ article: null, articles: data.articles, ...buildAgreementReport(data) })));
    const pair = (answer.pairs as { a: { name: string }; b: { name: string }; value: number | null; n: number }[])
      .find((p) => p.a.name.startsWith("Kappa A") && p.b.name.startsWith("Kappa B"))!;
    expect(pair.n).toBe(4);
    // Agreed on 2 of 4, chance 0.25: (0.5 − 0.25) / (1 − 0.25).
    expect(pair.value).toBeCloseTo(1 / 3, 6);

    const solo = await createTestClaim(w.id, "Rated once");
    await verdict(solo.id, a, "True");
    const article = (await get(`/claims/${solo.id}`, w.tokens.viewer)).articleId as string;
    const narrowed = await get(`/agreement?article=${article}`, w.tokens.viewer);
    expect(narrowed.overall).toMatchObject({ ratedClaims: 1, fleiss: { value: null, reason: "no claim was rated by two or more reviewers" } });
    expect((await callApi({ method: "GET", url: `/workspaces/${w.slug}/agreement?article=00000000-0000-4000-8000-000000000000`, token: w.tokens.viewer })).status).toBe(404);
    expect((await callApi({ method: "GET", url: `/workspaces/${w.slug}/agreement?article=nonsense`, token: w.tokens.viewer })).status).toBe(422);
  });
});
