import { describe, expect, it } from "vitest";
import { auditEventsFor, createTestWorkspace } from "@test-support/data";
import { getWorkspaceAccess, requireWorkspaceRole, updateWorkspaceSettings } from "./workspaces";

const settings = (workspaceId: string, version: number, name: string) => ({
  workspaceId, version, name, description: null, organizationName: "Desk", blindReview: true,
});

describe("workspace settings", () => {
  it("an owner saves, the version moves on, and one audit event records before and after", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER"]);
    const saved = await updateWorkspaceSettings({ actor: users.OWNER, slug: workspace.slug, input: settings(workspace.id, workspace.version, "Renamed") });
    expect(saved).toMatchObject({ name: "Renamed", organizationName: "Desk", version: workspace.version + 1 });
    const events = await auditEventsFor(workspace.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "update-settings", actorId: users.OWNER.id, after: { name: "Renamed" } });
  });

  it("a stale version is refused with the current values, and nothing is written", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER"]);
    await updateWorkspaceSettings({ actor: users.OWNER, slug: workspace.slug, input: settings(workspace.id, workspace.version, "First") });
    await expect(
      updateWorkspaceSettings({ actor: users.OWNER, slug: workspace.slug, input: settings(workspace.id, workspace.version, "Second") }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { current: { name: "First" } } });
    expect(await auditEventsFor(workspace.id)).toHaveLength(1);
  });

  it("editors are refused (403) and outsiders see no workspace (404)", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR"]);
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    await expect(updateWorkspaceSettings({ actor: users.EDITOR, slug: workspace.slug, input: settings(workspace.id, 1, "X") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateWorkspaceSettings({ actor: outsider, slug: workspace.slug, input: settings(workspace.id, 1, "X") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getWorkspaceAccess({ actor: outsider, slug: workspace.slug })).toBeNull();
    await expect(requireWorkspaceRole({ actor: users.EDITOR, slug: workspace.slug, role: "EDITOR" })).resolves.toMatchObject({ role: "EDITOR" });
  });
});
