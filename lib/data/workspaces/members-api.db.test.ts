// Members through the API, as owners and scripts would use it: removal revokes the member's tokens and
// their session's access at once and keeps their work in their name; the last owner stays; two owners
// changing one member at once get one winner and one 409; a workspace is started with a session only.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";
import { addTestMember, createTestApiToken, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { callApi } from "@test-support/call-api";
import { startSmtpListener } from "@test-support/smtp-listener";
import { getDb } from "@/lib/db/client";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";
import { stopJobQueue } from "@/lib/jobs/queue";
import { recordVerdictSchema } from "@/lib/schemas/verdict";

process.env.NEXTAUTH_SECRET ||= "a-test-secret-for-session-tokens-only";
afterAll(() => stopJobQueue());

const cookieOf = async (userId: string) => `next-auth.session-token=${await encode({ token: { sub: userId, sv: 0 }, secret: process.env.NEXTAUTH_SECRET! })}`;

describe("removing a member", () => {
  it("revokes their tokens for the workspace and their session's access at once, and keeps their verdicts in their name", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "REVIEWER"]);
    const elsewhere = await createTestWorkspace(["OWNER"]);
    await getDb().membership.create({ data: { workspaceId: elsewhere.workspace.id, userId: users.REVIEWER.id, role: "VIEWER" } });
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.REVIEWER.id });
    const otherToken = await createTestApiToken({ workspaceId: elsewhere.workspace.id, userId: users.REVIEWER.id });
    const ownerToken = await createTestApiToken({ workspaceId: workspace.id, userId: users.OWNER.id });
    const claim = await createTestClaim(workspace.id);
    await recordVerdict({ actor: users.REVIEWER, slug: workspace.slug, input: recordVerdictSchema.parse({ claimId: claim.id, ratingId: (await ratingIds(workspace.id))["False"], rationale: "The census disagrees." }) });
    const cookie = await cookieOf(users.REVIEWER.id);
    const url = `/workspaces/${workspace.slug}`;
    expect((await callApi({ method: "GET", url, token })).status).toBe(200);
    expect((await callApi({ method: "GET", url, headers: { cookie } })).status).toBe(200);

    const removed = await callApi({ method: "DELETE", url: `${url}/members/${users.REVIEWER.id}`, token: ownerToken });
    expect(removed).toMatchObject({ status: 200, body: { id: users.REVIEWER.id, apiTokensRevoked: 1 } });

    expect(await callApi({ method: "GET", url, token })).toMatchObject({ status: 401, body: { error: { message: expect.stringContaining("revoked") } } });
    expect((await callApi({ method: "GET", url, headers: { cookie } })).status).toBe(404);
    // Their other workspace is theirs still, token and session alike.
    expect((await callApi({ method: "GET", url: `/workspaces/${elsewhere.workspace.slug}`, token: otherToken })).status).toBe(200);
    expect((await callApi({ method: "GET", url: `/workspaces/${elsewhere.workspace.slug}`, headers: { cookie } })).status).toBe(200);
    const verdicts = await callApi({ method: "GET", url: `${url}/claims/${claim.id}/verdicts`, token: ownerToken });
    expect(verdicts.body).toMatchObject({ items: [{ reviewerId: users.REVIEWER.id, rationale: "The census disagrees." }] });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "remove" }, select: { actorId: true, before: true, after: true } });
    expect(event).toMatchObject({ actorId: users.OWNER.id, before: { userId: users.REVIEWER.id, role: "REVIEWER" }, after: { apiTokensRevoked: 1 } });
    expect((await callApi({ method: "DELETE", url: `${url}/members/${users.REVIEWER.id}`, token: ownerToken })).status).toBe(404);
  });
});

describe("the last owner", () => {
  it("can be neither demoted nor removed, and may go once there is another owner", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR"]);
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.OWNER.id });
    const self = `/workspaces/${workspace.slug}/members/${users.OWNER.id}`;
    const demoted = await callApi({ method: "PATCH", url: self, token, body: { role: "EDITOR" } });
    expect(demoted).toMatchObject({ status: 409, body: { error: { message: "You are the workspace's only owner and cannot become editor: a workspace always keeps an owner. Make another member an owner first." } } });
    expect(await callApi({ method: "DELETE", url: self, token })).toMatchObject({ status: 409, body: { error: { message: expect.stringContaining("cannot leave") } } });

    expect((await callApi({ method: "PATCH", url: `/workspaces/${workspace.slug}/members/${users.EDITOR.id}`, token, body: { role: "OWNER", version: 1 } })).status).toBe(200);
    expect(await callApi({ method: "PATCH", url: self, token, body: { role: "VIEWER" } })).toMatchObject({ status: 200, body: { role: "VIEWER", version: 2 } });
    // Now a viewer: the same token may change nothing any more.
    expect((await callApi({ method: "PATCH", url: `/workspaces/${workspace.slug}/members/${users.EDITOR.id}`, token, body: { role: "EDITOR" } })).status).toBe(403);
  });

  it("stays when two owners demote each other at the same moment", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR"]);
    await getDb().membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: users.EDITOR.id } }, data: { role: "OWNER" } });
    const [a, b] = [users.OWNER, users.EDITOR];
    const tokens = [await createTestApiToken({ workspaceId: workspace.id, userId: a.id }), await createTestApiToken({ workspaceId: workspace.id, userId: b.id })];
    const answers = await Promise.all([
      callApi({ method: "PATCH", url: `/workspaces/${workspace.slug}/members/${b.id}`, token: tokens[0], body: { role: "VIEWER" } }),
      callApi({ method: "PATCH", url: `/workspaces/${workspace.slug}/members/${a.id}`, token: tokens[1], body: { role: "VIEWER" } }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 403]);
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id, role: "OWNER" } })).toBe(1);
  });
});

describe("two owners changing one member at once", () => {
  it("lets one win and tells the other, with the role as it now is", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR"]);
    await getDb().membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: users.EDITOR.id } }, data: { role: "OWNER" } });
    const member = await addTestMember(workspace.id, "REVIEWER", "Contested");
    const url = `/workspaces/${workspace.slug}/members/${member.id}`;
    const [first, second] = [await createTestApiToken({ workspaceId: workspace.id, userId: users.OWNER.id }), await createTestApiToken({ workspaceId: workspace.id, userId: users.EDITOR.id })];
    const answers = await Promise.all([
      callApi({ method: "PATCH", url, token: first, body: { role: "EDITOR", version: 1 } }),
      callApi({ method: "PATCH", url, token: second, body: { role: "VIEWER", version: 1 } }),
    ]);
    const won = answers.find((answer) => answer.status === 200)!;
    const lost = answers.find((answer) => answer.status === 409)!;
    expect(won).toBeDefined();
    expect(lost.body).toMatchObject({ error: { code: "CONFLICT", message: expect.stringContaining("Someone else saved this member's role"), current: { role: (won.body as { role: string }).role, version: 2 } } });
    const events = await getDb().auditEvent.count({ where: { workspaceId: workspace.id, action: "change-role" } });
    expect(events).toBe(1);
  });
});

describe("starting a workspace", () => {
  it("is for a signed-in session, which becomes its owner; a token is refused", async () => {
    const { workspace, users } = await createTestWorkspace(["VIEWER"]);
    const cookie = await cookieOf(users.VIEWER.id);
    const name = `Élections ${randomBytes(3).toString("hex")}`;
    const created = await callApi({ method: "POST", url: "/workspaces", headers: { cookie }, body: { name } });
    expect(created).toMatchObject({ status: 201, body: { name, role: "OWNER", slug: name.toLowerCase().replace("é", "e").replace(" ", "-") } });
    const slug = (created.body as { slug: string }).slug;
    expect(await callApi({ method: "GET", url: `/workspaces/${slug}/rating-scale`, headers: { cookie } })).toMatchObject({ status: 200, body: { levels: expect.arrayContaining([expect.objectContaining({ label: "False" })]) } });
    // The same name again gets the next free slug; a slug chosen and taken is the field to change.
    expect(await callApi({ method: "POST", url: "/workspaces", headers: { cookie }, body: { name } })).toMatchObject({ status: 201, body: { slug: `${slug}-2` } });
    expect(await callApi({ method: "POST", url: "/workspaces", headers: { cookie }, body: { name, slug } })).toMatchObject({ status: 409, body: { error: { fields: { slug: [expect.stringContaining("taken")] } } } });
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.VIEWER.id });
    expect(await callApi({ method: "POST", url: "/workspaces", token, body: { name } })).toMatchObject({ status: 403, body: { error: { message: expect.stringContaining("Sign in") } } });
  });
});

describe("invitation mail", () => {
  it("is not sent without SMTP settings (the link is in the answer), and is sent to a local listener with them", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER"]);
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.OWNER.id });
    const url = `/workspaces/${workspace.slug}/invitations`;
    const listener = await startSmtpListener();
    const saved = process.env.CLAIMBENCH_SMTP_URL;
    try {
      delete process.env.CLAIMBENCH_SMTP_URL;
      const unmailed = await callApi({ method: "POST", url, token, body: { email: "first@test.example.org", role: "VIEWER" }, headers: { host: "desk.example.org" } });
      expect(unmailed).toMatchObject({ status: 201, body: { mailed: false, link: expect.stringMatching(/^http:\/\/desk\.example\.org\/invite\/cbi_/) } });

      process.env.CLAIMBENCH_SMTP_URL = listener.url;
      const mailed = await callApi({ method: "POST", url, token, body: { email: "second@test.example.org", role: "REVIEWER" }, headers: { host: "desk.example.org" } });
      expect(mailed).toMatchObject({ status: 201, body: { mailed: true } });
      expect(listener.received).toHaveLength(1);
      expect(listener.received[0]!.to).toEqual(["second@test.example.org"]);
      // Quoted-printable wraps long lines with a "=" at the end; read as a mail client would.
      expect(listener.received[0]!.data.replace(/=\r\n/g, "")).toContain((mailed.body as { link: string }).link);
      expect(listener.received[0]!.data).toMatch(/Subject: Join Test \w+ on Claimbench/);
    } finally {
      if (saved === undefined) delete process.env.CLAIMBENCH_SMTP_URL;
      else process.env.CLAIMBENCH_SMTP_URL = saved;
      await listener.close();
    }
  });
});
