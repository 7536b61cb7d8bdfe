import { describe, expect, it } from "vitest";
import { hashApiToken } from "@/lib/domain/api-token";
import { createApiToken, checkApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { auditEventsFor, createTestWorkspace } from "@test-support/data";

describe("personal API tokens", () => {
  it("are created by owners, shown once, stored hashed, listed without the secret, and revoked with an audit trail", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR"]);
    const owner = { id: users.OWNER.id };
    const created = await createApiToken({ actor: owner, slug: workspace.slug, input: { name: "CMS import", readOnly: true } });
    expect(created.token).toMatch(/^cbt_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));

    const listed = await listApiTokens({ actor: owner, slug: workspace.slug });
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(JSON.stringify(listed)).not.toContain(hashApiToken(created.token));

    expect(await checkApiToken(created.token)).toEqual({ ok: true, userId: owner.id, workspaceId: workspace.id, tokenId: created.id, readOnly: true });
    expect(await checkApiToken(`${created.token.slice(0, -1)}x`)).toEqual({ ok: false, reason: "unknown" });

    await revokeApiToken({ actor: owner, slug: workspace.slug, tokenId: created.id });
    expect(await checkApiToken(created.token)).toEqual({ ok: false, reason: "revoked" });
    expect((await auditEventsFor(created.id)).map((event) => event.action)).toEqual(["create", "revoke"]);
    expect(JSON.stringify(await auditEventsFor(created.id))).not.toContain(created.token);
  });

  it("cannot be created, listed or revoked by a non-owner, nor across workspaces", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR"]);
    const other = await createTestWorkspace(["OWNER"]);
    const editor = { id: users.EDITOR.id };
    await expect(createApiToken({ actor: editor, slug: workspace.slug, input: { name: "Mine", readOnly: false } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listApiTokens({ actor: editor, slug: workspace.slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const token = await createApiToken({ actor: { id: users.OWNER.id }, slug: workspace.slug, input: { name: "Ours", readOnly: false } });
    await expect(revokeApiToken({ actor: { id: other.users.OWNER.id }, slug: other.workspace.slug, tokenId: token.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await checkApiToken(token.token)).toMatchObject({ ok: true });
  });
});
