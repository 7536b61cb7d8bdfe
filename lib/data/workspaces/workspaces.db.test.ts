import { describe, expect, it } from "vitest";
import { auditEventsFor, createTestWorkspace } from "@test-support/data";
import { workspaceSettingsSchema } from "@/lib/schemas/workspace";
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

  it("turns the recurring check for changes on and off, audited; a form that leaves it out keeps it", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER"]);
    const form = (version: number, sourceCheckHours?: string) =>
      workspaceSettingsSchema.parse({ workspaceId: workspace.id, version, name: "Desk", description: "", organizationName: "", blindReview: "on", sourceCheckHours });
    const daily = await updateWorkspaceSettings({ actor: users.OWNER, slug: workspace.slug, input: form(workspace.version, "24") });
    expect(daily.sourceCheckHours).toBe(24);
    expect((await auditEventsFor(workspace.id))[0]).toMatchObject({ before: { sourceCheckHours: null }, after: { sourceCheckHours: 24 } });
    expect((await updateWorkspaceSettings({ actor: users.OWNER, slug: workspace.slug, input: form(daily.version) })).sourceCheckHours).toBe(24);
    expect((await updateWorkspaceSettings({ actor: users.OWNER, slug: workspace.slug, input: form(daily.version + 1, "") })).sourceCheckHours).toBeNull();
    const refused = workspaceSettingsSchema.safeParse({ workspaceId: workspace.id, version: 1, name: "Desk", description: "", organizationName: "", sourceCheckHours: "5" });
    expect(refused.error?.issues[0]?.message).toBe("Choose how often to check: off, every 6 hours, daily or weekly.");
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
