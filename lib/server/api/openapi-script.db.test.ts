import { beforeAll, describe, expect, it } from "vitest";
import { GET as servedDocument } from "@/app/api/v1/openapi.json/route";
import { openApiClient, type OpenApiDocument } from "@test-support/openapi-client";
import { createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";

// The script: written only from the OpenAPI document that /api/v1/openapi.json serves, it
// reads the scale, records a verdict, assigns a claim, resolves it and reads its history. It knows
// tokens and the workspace's slug, nothing else: every id it sends it read from an answer.

let w: ApiWorkspace;
let api: ReturnType<typeof openApiClient>;
beforeAll(async () => {
  w = await createApiWorkspace();
  api = openApiClient((await servedDocument().json()) as OpenApiDocument);
});

type Body = Record<string, unknown>;
const ok = async (status: number, answer: Promise<{ status: number; body: unknown }>) => {
  const response = await answer;
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body as Body;
};

describe("a script written from the OpenAPI document", () => {
  it("refuses calls the document does not allow, before sending them", async () => {
    await expect(api.call("noSuchOperation")).rejects.toThrow("no operation");
    await expect(api.call("recordVerdict", { token: w.tokens.reviewer, path: { slug: w.slug, claimId: "x" }, body: { ratingId: "y" } })).rejects.toThrow("does not match the document");
    await expect(api.call("listClaims", { token: w.tokens.viewer, path: { slug: w.slug }, query: { colour: "red" } })).rejects.toThrow("no query parameter colour");
  });

  it("reads the scale, records a verdict, assigns a claim, resolves it and reads its history", async () => {
    const slug = w.slug;
    const scale = await ok(200, api.call("getRatingScale", { token: w.tokens.reviewer, path: { slug } }));
    const level = (scale.levels as { id: string; label: string }[]).find((candidate) => candidate.label === "Mostly true")!;

    const article = await ok(201, api.call("createArticle", { token: w.tokens.editor, path: { slug }, body: { title: "Script article", body: `Officials said about 12 million people lived under the group. ${slug}` } }));
    const claim = await ok(201, api.call("createClaim", { token: w.tokens.reviewer, path: { slug }, body: { articleId: article.id, exact: "12 million people", statement: "12 million people lived under IS" } }));
    const claimPath = { slug, claimId: String(claim.id) };

    const members = await ok(200, api.call("listMembers", { token: w.tokens.editor, path: { slug } }));
    const reviewer = (members.items as { id: string; role: string }[]).find((member) => member.role === "REVIEWER")!;
    await ok(200, api.call("assignReviewer", { token: w.tokens.editor, path: claimPath, body: { userId: reviewer.id } }));
    const queue = await ok(200, api.call("listMyQueue", { token: w.tokens.reviewer, path: { slug } }));
    expect((queue.items as { id: string }[]).map((item) => item.id)).toContain(claim.id);

    await ok(201, api.call("recordVerdict", { token: w.tokens.reviewer, path: claimPath, body: { ratingId: level.id, rationale: "The census agrees." } }));
    const after = await ok(200, api.call("listMyQueue", { token: w.tokens.reviewer, path: { slug } }));
    expect((after.items as { id: string }[]).map((item) => item.id)).not.toContain(claim.id);

    const current = await ok(200, api.call("getClaim", { token: w.tokens.editor, path: claimPath }));
    await ok(200, api.call("changeClaimStatus", { token: w.tokens.editor, path: claimPath, body: { status: "RESOLVED", version: current.version, finalRatingId: level.id, resolutionNote: "One reviewer, and the census agrees." } }));
    const resolved = await ok(200, api.call("getClaim", { token: w.tokens.viewer, path: claimPath }));
    expect(resolved).toMatchObject({ status: "RESOLVED", finalRating: { id: level.id, label: "Mostly true" } });

    const history = await ok(200, api.call("getClaimHistory", { token: w.tokens.viewer, path: claimPath }));
    const events = history.items as { entityType: string; action: string; actor: { id: string } | null; after: Body | null }[];
    expect(events.map((event) => `${event.entityType} ${event.action}`)).toEqual(["claim create", "claim assign", "verdict record", "claim resolve"]);
    expect(events[2]!.actor?.id).toBe(reviewer.id);
    expect(history.next).toBeNull();
  });
});
