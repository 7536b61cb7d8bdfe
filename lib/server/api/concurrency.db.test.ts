import { beforeAll, describe, expect, it } from "vitest";
import { createTestClaim } from "@test-support/data";
import { addReviewerToken, createApiWorkspace, SCENARIOS, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";

let w: ApiWorkspace;
beforeAll(async () => {
  w = await createApiWorkspace();
});

describe("concurrent requests", () => {
  it("records all of 20 verdicts sent at once by 20 reviewers on one claim", async () => {
    const claim = await createTestClaim(w.id);
    const tokens = await Promise.all(Array.from({ length: 20 }, (_, n) => addReviewerToken(w, `Parallel reviewer ${n}`)));
    const url = `/workspaces/${w.slug}/claims/${claim.id}/verdicts`;
    const responses = await Promise.all(tokens.map((token, n) => callApi({ method: "POST", url, token, body: { ratingId: w.ratings[n % 2 ? "Mostly true" : "False"], rationale: `Reviewer ${n}'s reading of the evidence.` } })));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));

    const list = await callApi({ method: "GET", url: `${url}?limit=200`, token: w.tokens.editor });
    const body = list.body as { items: { reviewerId: string }[]; current: unknown[] };
    expect(body.items).toHaveLength(20);
    expect(new Set(body.items.map((verdict) => verdict.reviewerId)).size).toBe(20);
    expect(body.current).toHaveLength(20);
  });

  it("lets exactly one of two updates with the same If-Match through; the other gets 409 and the claim as it is", async () => {
    const request = await SCENARIOS.updateClaim(w);
    const [a, b] = await Promise.all([
      callApi({ ...request, token: w.tokens.editor, body: { claimant: "First editor" } }),
      callApi({ ...request, token: w.tokens.owner, body: { claimant: "Second editor" } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = (a.status === 409 ? a : b).body as { error: { code: string; current: { version: number } } };
    expect(conflict.error.code).toBe("CONFLICT");
    const winner = (a.status === 200 ? a : b).body as { claimant: string; version: number };
    expect(conflict.error.current.version).toBe(winner.version);
    const after = await callApi({ method: "GET", url: request.url, token: w.tokens.viewer });
    expect(after.body).toMatchObject({ claimant: winner.claimant, version: winner.version });
    expect(after.headers.get("etag")).toBe(`"${winner.version}"`);
  });
});
