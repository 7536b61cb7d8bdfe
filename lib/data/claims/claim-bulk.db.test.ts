import { describe, expect, it } from "vitest";
import { createTestApiToken, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { callApi } from "@test-support/call-api";
import { getDb } from "@/lib/db/client";

// Bulk writes from the claims table: all of the chosen claims or none, each claim answered for, one
// audit event per claim changed.

type Outcome = { id: string; ok: boolean; version: number | null; status: string | null; code?: string; message?: string };

async function setup() {
  const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR", "REVIEWER", "VIEWER"]);
  const claims = [await createTestClaim(workspace.id, "first"), await createTestClaim(workspace.id, "second"), await createTestClaim(workspace.id, "third")];
  const editor = await createTestApiToken({ workspaceId: workspace.id, userId: users.EDITOR.id });
  const bulk = (body: unknown, token = editor) => callApi({ method: "POST", url: `/workspaces/${workspace.slug}/claims/bulk`, body, token });
  return { workspace, users, claims, bulk, ratings: await ratingIds(workspace.id) };
}

const auditCount = (workspaceId: string) => getDb().auditEvent.count({ where: { workspaceId } });
const assignmentsOf = (claimIds: string[]) => getDb().claimAssignment.findMany({ where: { claimId: { in: claimIds } }, select: { claimId: true, reviewerId: true } });

describe("bulk claim operations", () => {
  it("one stale version: nothing is written, and each claim is answered for", async () => {
    const { workspace, users, claims, bulk } = await setup();
    // Someone edits the second claim after the table was read.
    await getDb().claim.update({ where: { id: claims[1]!.id }, data: { statement: "edited meanwhile", version: { increment: 1 } } });
    const ids = claims.map(({ id, version }) => ({ id, version }));
    const auditBefore = await auditCount(workspace.id);

    const assign = await bulk({ action: "assign", ids, reviewerIds: [users.REVIEWER.id] });
    expect(assign.status).toBe(409);
    const error = (assign.body as { error: { message: string; current: { results: Outcome[] } } }).error;
    expect(error.message).toMatch(/1 of 3 claims could not be changed, so none was/);
    expect(error.current.results.map((r) => [r.id, r.ok, r.code ?? null, r.version])).toEqual([
      [claims[0]!.id, true, null, 1],
      [claims[1]!.id, false, "CONFLICT", 2],
      [claims[2]!.id, true, null, 1],
    ]);
    expect(error.current.results[1]!.message).toMatch(/you had version 1, it is now at version 2/);
    expect(await assignmentsOf(claims.map((c) => c.id))).toEqual([]);
    expect(await auditCount(workspace.id)).toBe(auditBefore);

    const resolve = await bulk({ action: "resolve", ids, finalRatingId: (await ratingIds(workspace.id))["False"], resolutionNote: "No source has it." });
    expect(resolve.status).toBe(409);
    const statuses = await getDb().claim.findMany({ where: { id: { in: claims.map((c) => c.id) } }, select: { status: true } });
    expect(statuses.every((claim) => claim.status === "OPEN")).toBe(true);
    expect(await auditCount(workspace.id)).toBe(auditBefore);
  });

  it("an unknown claim or one of another workspace stops the whole change too", async () => {
    const { users, claims, bulk } = await setup();
    const elsewhere = await createTestClaim((await createTestWorkspace(["OWNER"])).workspace.id);
    const response = await bulk({ action: "assign", ids: [{ id: claims[0]!.id, version: 1 }, { id: elsewhere.id, version: 1 }], reviewerIds: [users.REVIEWER.id] });
    expect(response.status).toBe(409);
    const results = (response.body as { error: { current: { results: Outcome[] } } }).error.current.results;
    expect(results[1]).toMatchObject({ id: elsewhere.id, ok: false, code: "NOT_FOUND", version: null });
    expect(await assignmentsOf([claims[0]!.id, elsewhere.id])).toEqual([]);
  });

  it("assigns every claim in one go, with an audit event per claim; assigning again records nothing", async () => {
    const { workspace, users, claims, bulk } = await setup();
    const ids = claims.slice(0, 2).map(({ id, version }) => ({ id, version }));
    const response = await bulk({ action: "assign", ids, reviewerIds: [users.REVIEWER.id, users.EDITOR.id] });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect((response.body as { results: Outcome[] }).results.every((r) => r.ok)).toBe(true);
    expect(await assignmentsOf(claims.map((c) => c.id))).toHaveLength(4);
    const events = await getDb().auditEvent.findMany({ where: { workspaceId: workspace.id }, select: { entityId: true, action: true, actorId: true, after: true } });
    expect(events.map((e) => [e.entityId, e.action, e.actorId]).toSorted()).toEqual(ids.map((c) => [c.id, "assign", users.EDITOR.id]).toSorted());
    expect((events[0]!.after as { reviewers: string[] }).reviewers).toHaveLength(2);

    expect((await bulk({ action: "assign", ids, reviewerIds: [users.REVIEWER.id] })).status).toBe(200);
    expect(await auditCount(workspace.id)).toBe(2);
    const viewer = await bulk({ action: "assign", ids, reviewerIds: [users.VIEWER.id] });
    expect(viewer.status).toBe(422);
    expect((viewer.body as { error: { fields: Record<string, string[]> } }).error.fields.reviewerIds![0]).toMatch(/Only reviewers, editors and owners/);
  });

  it("resolves and reopens in bulk, bumping each version, and refuses a claim in the wrong state", async () => {
    const { workspace, claims, bulk, ratings } = await setup();
    const ids = claims.slice(0, 2).map(({ id, version }) => ({ id, version }));
    const resolved = await bulk({ action: "resolve", ids, finalRatingId: ratings["Mostly true"], resolutionNote: "Two sources agree." });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect((resolved.body as { results: Outcome[] }).results.map((r) => [r.status, r.version])).toEqual([["RESOLVED", 2], ["RESOLVED", 2]]);

    // The third is still open: reopening it with the two resolved ones is refused whole.
    const mixed = [...ids.map(({ id }) => ({ id, version: 2 })), { id: claims[2]!.id, version: 1 }];
    const refused = await bulk({ action: "reopen", ids: mixed, reason: "New census." });
    expect(refused.status).toBe(409);
    expect((refused.body as { error: { current: { results: Outcome[] } } }).error.current.results[2]).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/not resolved/) });
    expect(await getDb().claim.count({ where: { workspaceId: workspace.id, status: "RESOLVED" } })).toBe(2);

    const reopened = await bulk({ action: "reopen", ids: mixed.slice(0, 2), reason: "New census." });
    expect(reopened.status).toBe(200);
    const rows = await getDb().claim.findMany({ where: { id: { in: ids.map((c) => c.id) } }, select: { status: true, version: true, finalRatingId: true } });
    expect(rows).toEqual([{ status: "IN_REVIEW", version: 3, finalRatingId: null }, { status: "IN_REVIEW", version: 3, finalRatingId: null }]);
    const actions = await getDb().auditEvent.findMany({ where: { workspaceId: workspace.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["resolve", "resolve", "reopen", "reopen"]);
  });

  it("refuses reviewers and bad bodies with what to fix", async () => {
    const { workspace, users, claims, bulk } = await setup();
    const reviewer = await createTestApiToken({ workspaceId: workspace.id, userId: users.REVIEWER.id });
    const ids = [{ id: claims[0]!.id, version: 1 }];
    expect((await bulk({ action: "assign", ids, reviewerIds: [users.REVIEWER.id] }, reviewer)).status).toBe(403);
    const empty = await bulk({ action: "assign", ids: [], reviewerIds: [users.REVIEWER.id] });
    expect(empty.status).toBe(422);
    expect(JSON.stringify(empty.body)).toMatch(/Choose at least one claim/);
    const twice = await bulk({ action: "assign", ids: [...ids, ...ids], reviewerIds: [users.REVIEWER.id] });
    expect(JSON.stringify(twice.body)).toMatch(/listed twice/);
    const unknown = await bulk({ action: "delete", ids });
    expect(unknown.status).toBe(422);
    expect((unknown.body as { error: { fields: Record<string, string[]> } }).error.fields.action![0]).toMatch(/action is "assign"/);
  });
});
