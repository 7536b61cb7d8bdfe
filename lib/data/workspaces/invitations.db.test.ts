// The invitation life cycle against the real database: a link made by an owner, accepted by a new
// person or by the existing account with that address, and refused when used twice, expired,
// withdrawn, or opened by someone signed in with another address.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestWorkspace } from "@test-support/data";
import { getDb } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/data/accounts/users";
import { acceptInvitationAsNewUser, acceptInvitationAsUser, createInvitation, getInvitationForLink, listInvitations, revokeInvitation } from "@/lib/data/workspaces/invitations";
import { getWorkspaceAccess } from "@/lib/data/workspaces/workspaces";

const address = () => `invitee-${randomBytes(4).toString("hex")}@test.example.org`;
const PASSWORD = "a long enough password";

async function invite(role: "REVIEWER" | "EDITOR" | "VIEWER" = "REVIEWER", email = address()) {
  const { workspace, users } = await createTestWorkspace(["OWNER", "VIEWER"]);
  const created = await createInvitation({ actor: users.OWNER, slug: workspace.slug, input: { email, role } });
  return { workspace, users, email, created };
}

describe("an invitation", () => {
  it("stores only the hash of its secret, and a new person accepts it once with a name and password", async () => {
    const { workspace, users, email, created } = await invite("REVIEWER");
    expect(created.token).toMatch(/^cbi_/);
    const row = await getDb().invitation.findUniqueOrThrow({ where: { id: created.id }, select: { tokenHash: true, expiresAt: true, createdAt: true } });
    expect(row.tokenHash).not.toContain(created.token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 86_400_000);
    expect(await getInvitationForLink({ token: created.token })).toMatchObject({ email, role: "REVIEWER", state: "PENDING", hasAccount: false, workspace: { slug: workspace.slug } });

    const joined = await acceptInvitationAsNewUser({ token: created.token, name: "Nadia Invitee", password: PASSWORD });
    expect(joined).toMatchObject({ slug: workspace.slug, email, role: "REVIEWER" });
    const user = await verifyCredentials({ email, password: PASSWORD });
    expect(user).toMatchObject({ name: "Nadia Invitee" });
    expect(await getWorkspaceAccess({ actor: { id: user!.id }, slug: workspace.slug })).toMatchObject({ role: "REVIEWER" });

    await expect(acceptInvitationAsNewUser({ token: created.token, name: "Someone else", password: PASSWORD })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already been used") });
    expect(await listInvitations({ actor: users.OWNER, slug: workspace.slug })).toEqual([expect.objectContaining({ email, state: "ACCEPTED" })]);
    const events = await getDb().auditEvent.findMany({ where: { workspaceId: workspace.id, entityType: { in: ["invitation", "membership"] } }, orderBy: { id: "asc" }, select: { action: true } });
    expect(events.map((event) => event.action)).toEqual(["create", "accept", "join"]);
  });

  it("is accepted by the signed-in account with its address, and refused to one with another address", async () => {
    const other = await createTestWorkspace(["REVIEWER", "EDITOR"]);
    const { workspace, created } = await invite("EDITOR", other.users.REVIEWER.email);
    expect(await getInvitationForLink({ token: created.token })).toMatchObject({ hasAccount: true });

    await expect(acceptInvitationAsUser({ actor: other.users.EDITOR, token: created.token })).rejects.toMatchObject({
      code: "FORBIDDEN", message: expect.stringContaining(`This invitation is for ${other.users.REVIEWER.email}, and you are signed in as ${other.users.EDITOR.email}`),
    });
    // A new account cannot be made for an address that has one: its owner signs in instead.
    await expect(acceptInvitationAsNewUser({ token: created.token, name: "Impostor", password: PASSWORD })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("has an account already") });
    expect(await getWorkspaceAccess({ actor: other.users.EDITOR, slug: workspace.slug })).toBeNull();

    await acceptInvitationAsUser({ actor: other.users.REVIEWER, token: created.token });
    expect(await getWorkspaceAccess({ actor: other.users.REVIEWER, slug: workspace.slug })).toMatchObject({ role: "EDITOR" });
    await expect(acceptInvitationAsUser({ actor: other.users.REVIEWER, token: created.token })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("is refused once expired or withdrawn, and a second invitation of the address withdraws the first", async () => {
    const { workspace, users, email, created } = await invite();
    await getDb().invitation.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitationAsNewUser({ token: created.token, name: "Late", password: PASSWORD })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("expired") });

    const second = await createInvitation({ actor: users.OWNER, slug: workspace.slug, input: { email, role: "VIEWER" } });
    const third = await createInvitation({ actor: users.OWNER, slug: workspace.slug, input: { email, role: "REVIEWER" } });
    expect(await getInvitationForLink({ token: second.token })).toMatchObject({ state: "REVOKED" });
    await revokeInvitation({ actor: users.OWNER, slug: workspace.slug, invitationId: third.id });
    await expect(acceptInvitationAsNewUser({ token: third.token, name: "Withdrawn", password: PASSWORD })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("withdrawn") });
    expect(await getDb().user.count({ where: { email } })).toBe(0);
    expect(await getInvitationForLink({ token: "cbi_not-a-real-token" })).toBeNull();
  });

  it("is refused for an address that is a member already, naming them, and only owners make them", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR", "VIEWER"]);
    const viewer = await getDb().user.findUniqueOrThrow({ where: { id: users.VIEWER.id }, select: { name: true } });
    await expect(createInvitation({ actor: users.OWNER, slug: workspace.slug, input: { email: users.VIEWER.email, role: "EDITOR" } })).rejects.toMatchObject({
      code: "CONFLICT", message: `${viewer.name} (${users.VIEWER.email}) is already a member of this workspace, as viewer. Change their role in the members list instead.`,
    });
    await expect(createInvitation({ actor: users.EDITOR, slug: workspace.slug, input: { email: address(), role: "VIEWER" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("taken by two people at once joins one of them", async () => {
    const { workspace, created } = await invite();
    const outcomes = await Promise.allSettled([
      acceptInvitationAsNewUser({ token: created.token, name: "First", password: PASSWORD }),
      acceptInvitationAsNewUser({ token: created.token, name: "Second", password: PASSWORD }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id } })).toBe(3);
  });
});
