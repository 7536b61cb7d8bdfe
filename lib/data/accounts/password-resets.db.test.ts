// Password links and password changes: a link works once and ends the member's sessions; an owner
// cannot make one for a member of a workspace they do not own; a change needs the current password.
import { describe, expect, it } from "vitest";
import { createTestWorkspace } from "@test-support/data";
import { getDb } from "@/lib/db/client";
import { changePassword } from "@/lib/data/accounts/accounts";
import { createPasswordLink, getPasswordLink, RESET_REFUSED_MESSAGE, usePasswordLink } from "@/lib/data/accounts/password-resets";
import { getSessionVersion } from "@/lib/data/accounts/session-versions";
import { verifyCredentials } from "@/lib/data/accounts/users";

const NEW_PASSWORD = "a brand new passphrase";

describe("a password link", () => {
  it("sets the member's password once, ends their sessions, and a newer link replaces an older one", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "REVIEWER"]);
    const first = await createPasswordLink({ actor: users.OWNER, slug: workspace.slug, userId: users.REVIEWER.id });
    const second = await createPasswordLink({ actor: users.OWNER, slug: workspace.slug, userId: users.REVIEWER.id });
    expect(await getPasswordLink({ token: first.token })).toBeNull();
    expect(await getPasswordLink({ token: second.token })).toMatchObject({ email: users.REVIEWER.email });
    await expect(usePasswordLink({ token: first.token, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "CONFLICT" });

    const before = await getSessionVersion(users.REVIEWER.id);
    await usePasswordLink({ token: second.token, password: NEW_PASSWORD });
    expect(await getSessionVersion(users.REVIEWER.id)).toBe(before! + 1);
    expect(await verifyCredentials({ email: users.REVIEWER.email, password: NEW_PASSWORD })).not.toBeNull();
    await expect(usePasswordLink({ token: second.token, password: "yet another passphrase" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getDb().auditEvent.count({ where: { workspaceId: workspace.id, action: "password-link" } })).toBe(2);
  });

  it("is refused for a member who also works in a workspace the owner does not own", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR"]);
    const other = await createTestWorkspace(["OWNER"]);
    await getDb().membership.create({ data: { workspaceId: other.workspace.id, userId: users.EDITOR.id, role: "OWNER" } });
    await expect(createPasswordLink({ actor: users.OWNER, slug: workspace.slug, userId: users.EDITOR.id })).rejects.toMatchObject({ code: "FORBIDDEN", message: RESET_REFUSED_MESSAGE });
    await expect(createPasswordLink({ actor: users.EDITOR, slug: workspace.slug, userId: users.OWNER.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("changing one's password", () => {
  it("needs the current password, then ends every session", async () => {
    const { users } = await createTestWorkspace(["VIEWER"]);
    await expect(changePassword({ actor: users.VIEWER, currentPassword: "wrong password", newPassword: NEW_PASSWORD })).rejects.toMatchObject({
      code: "VALIDATION", details: { fieldErrors: { currentPassword: ["That is not your current password."] } },
    });
    const before = await getSessionVersion(users.VIEWER.id);
    await changePassword({ actor: users.VIEWER, currentPassword: "test-password", newPassword: NEW_PASSWORD });
    expect(await getSessionVersion(users.VIEWER.id)).toBe(before! + 1);
    expect(await verifyCredentials({ email: users.VIEWER.email, password: NEW_PASSWORD })).not.toBeNull();
  });
});
