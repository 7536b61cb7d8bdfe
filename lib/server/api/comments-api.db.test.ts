import { beforeAll, describe, expect, it } from "vitest";
import { createTestClaim } from "@test-support/data";
import { addReviewerToken, createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";

// The discussion through the API: hostile text comes back as the same plain string (it is the client's
// to show as text), and blind review hides in the API what it hides on the claim page.

let w: ApiWorkspace;
beforeAll(async () => {
  w = await createApiWorkspace();
});

const url = (claimId: string) => `/workspaces/${w.slug}/claims/${claimId}/comments`;

describe("comments in the API", () => {
  it("stores and returns HTML and scripts as plain text, unchanged, with a JSON content type", async () => {
    const claim = await createTestClaim(w.id);
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> <a href="javascript:alert(1)">see</a>`;
    const created = await callApi({ method: "POST", url: url(claim.id), token: w.tokens.reviewer, body: { body: hostile } });
    expect(created.status).toBe(201);
    const listed = await callApi({ method: "GET", url: url(claim.id), token: w.tokens.viewer });
    expect(listed.headers.get("content-type")).toContain("application/json");
    expect(listed.body).toMatchObject({ hiddenCount: 0, notice: null, comments: [{ body: hostile, deleted: false, mentions: [] }] });
  });

  it("hides a reviewer's comment from a reviewer who has not rated, saying how many, until they record a verdict", async () => {
    const claim = await createTestClaim(w.id);
    const raterToken = await addReviewerToken(w, "Rater");
    expect((await callApi({ method: "POST", url: `/workspaces/${w.slug}/claims/${claim.id}/verdicts`, token: raterToken, body: { ratingId: w.ratings["False"], rationale: "Census." } })).status).toBe(201);
    expect((await callApi({ method: "POST", url: url(claim.id), token: raterToken, body: { body: "I rated it False." } })).status).toBe(201);

    const blind = await callApi({ method: "GET", url: url(claim.id), token: w.tokens.reviewer });
    expect(blind.body).toEqual({ comments: [], hiddenCount: 1, notice: "1 comment by reviewers is hidden until you record your verdict." });
    const history = await callApi({ method: "GET", url: `/workspaces/${w.slug}/claims/${claim.id}/history`, token: w.tokens.reviewer });
    expect(JSON.stringify(history.body)).not.toContain("I rated it False.");

    expect((await callApi({ method: "POST", url: `/workspaces/${w.slug}/claims/${claim.id}/verdicts`, token: w.tokens.reviewer, body: { ratingId: w.ratings["Mixed"], rationale: "Mine." } })).status).toBe(201);
    const seen = await callApi({ method: "GET", url: url(claim.id), token: w.tokens.reviewer });
    expect(seen.body).toMatchObject({ hiddenCount: 0, comments: [{ body: "I rated it False." }] });
  });

  it("answers a missing If-Match with 422 and someone else's comment with 403", async () => {
    const claim = await createTestClaim(w.id);
    const created = (await callApi({ method: "POST", url: url(claim.id), token: w.tokens.reviewer, body: { body: "Mine" } })).body as { id: string };
    const noVersion = await callApi({ method: "PATCH", url: `${url(claim.id)}/${created.id}`, token: w.tokens.reviewer, body: { body: "Changed" } });
    expect(noVersion.status).toBe(422);
    const notMine = await callApi({ method: "PATCH", url: `${url(claim.id)}/${created.id}`, token: w.tokens.editor, headers: { "if-match": '"1"' }, body: { body: "Changed" } });
    expect(notMine.status).toBe(403);
    expect(notMine.body).toMatchObject({ error: { message: "Only the author of a comment can edit it." } });
  });
});
