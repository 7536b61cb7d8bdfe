// Any member leaves a workspace: their membership, tokens and queue there go at once, their work stays
// in their name, and the workspace's last owner is refused with the reason.
import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";
import { assignTestClaim, createSpanClaim, createTestApiToken, createTestArticle, createTestClaim, createTestWorkspace } from "@test-support/data";
import { callApi } from "@test-support/call-api";
import { getDb } from "@/lib/db/client";
import { leaveWorkspace } from "@/lib/data/workspaces/members";
import { listMyWorkspaces } from "@/lib/data/workspaces/workspaces";
import { stopJobQueue } from "@/lib/jobs/queue";

process.env.NEXTAUTH_SECRET ||= "a-test-secret-for-session-tokens-only";
afterAll(() => stopJobQueue());

describe("leaving a workspace", () => {
  it("ends a reviewer's membership, revokes their tokens and queue there, and keeps their claims in their name", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "REVIEWER"]);
    const elsewhere = await createTestWorkspace(["OWNER"]);
    await getDb().membership.create({ data: { workspaceId: elsewhere.workspace.id, userId: users.REVIEWER.id, role: "VIEWER" } });
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.REVIEWER.id });
    const body = "About 12 million people lived under the group's rule. Officials said 40 percent had left.";
    const article = await createTestArticle(workspace.id, body);
    const marked = await createSpanClaim({ workspaceId: workspace.id, articleId: article.id, body, quote: "12 million people", createdById: users.REVIEWER.id });
    await assignTestClaim({ workspaceId: workspace.id, claimId: (await createTestClaim(workspace.id)).id, reviewerId: users.REVIEWER.id });

    const left = await leaveWorkspace({ actor: users.REVIEWER, slug: workspace.slug });
    expect(left).toMatchObject({ id: users.REVIEWER.id, apiTokensRevoked: 1, assignmentsRemoved: 1, workspace: { slug: workspace.slug } });

    expect((await listMyWorkspaces({ actor: users.REVIEWER })).map((w) => w.slug)).toEqual([elsewhere.workspace.slug]);
    expect(await callApi({ method: "GET", url: `/workspaces/${workspace.slug}`, token })).toMatchObject({ status: 401, body: { error: { message: expect.stringContaining("revoked") } } });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: marked.id }, select: { createdById: true } })).toEqual({ createdById: users.REVIEWER.id });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "leave" }, select: { actorId: true, before: true } });
    expect(event).toMatchObject({ actorId: users.REVIEWER.id, before: { userId: users.REVIEWER.id, role: "REVIEWER" } });
    // Gone already: a second leave finds no workspace of theirs.
    await expect(leaveWorkspace({ actor: users.REVIEWER, slug: workspace.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses the last owner with the reason, through the API too, and lets an owner go once there is another", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR"]);
    await expect(leaveWorkspace({ actor: users.OWNER, slug: workspace.slug })).rejects.toMatchObject({
      code: "CONFLICT", message: "You are the workspace's only owner and cannot leave: a workspace always keeps an owner. Make another member an owner first.",
    });
    const cookie = `next-auth.session-token=${await encode({ token: { sub: users.OWNER.id, sv: 0 }, secret: process.env.NEXTAUTH_SECRET! })}`;
    const url = `/workspaces/${workspace.slug}/membership`;
    expect(await callApi({ method: "DELETE", url, headers: { cookie } })).toMatchObject({ status: 409, body: { error: { message: expect.stringContaining("cannot leave") } } });
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id } })).toBe(2);

    await getDb().membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: users.EDITOR.id } }, data: { role: "OWNER" } });
    expect(await callApi({ method: "DELETE", url, headers: { cookie } })).toMatchObject({ status: 200, body: { id: users.OWNER.id, apiTokensRevoked: 0 } });
    expect(await getDb().membership.findMany({ where: { workspaceId: workspace.id }, select: { userId: true, role: true } })).toEqual([{ userId: users.EDITOR.id, role: "OWNER" }]);
  });
});
