import "server-only";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { hashApiToken, newApiToken } from "@/lib/domain/api-token";
import type { CreateApiTokenInput } from "@/lib/schemas/api-token";
import { recordAudit } from "@/lib/data/audit";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

// Personal API tokens. A token belongs to one user and one workspace and acts with that user's
// *current* role there (looked up on every request), so demoting or removing a member takes effect
// at once. Only owners create tokens (the settings page is theirs, as issue 6 puts it); a token is
// always the creator's own, never another member's. Owners see and may revoke every token of the
// workspace, so a leaked one can be stopped by any owner.

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  readOnly: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  user: { select: { id: true, name: true } },
} as const;

/** Creates a token for the actor; the plain token is in the answer once and never stored. */
export async function createApiToken({ actor, slug, input }: { actor: Actor; slug: string; input: CreateApiTokenInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageWorkspace" });
  const { token, hash, prefix } = newApiToken();
  return getDb().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.id, workspaceId: access.workspace.id, name: input.name, tokenHash: hash, prefix, readOnly: input.readOnly, expiresAt: input.expiresOn ?? null },
      select: tokenSelect,
    });
    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: actor.id,
      entityType: "api-token",
      entityId: created.id,
      action: "create",
      after: { name: created.name, prefix, readOnly: created.readOnly, expiresAt: created.expiresAt?.toISOString() ?? null },
    });
    return { ...created, token };
  });
}

export async function listApiTokens({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageWorkspace" });
  return getDb().apiToken.findMany({ where: { workspaceId: access.workspace.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: tokenSelect });
}

export async function revokeApiToken({ actor, slug, tokenId }: { actor: Actor; slug: string; tokenId: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageWorkspace" });
  return getDb().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, workspaceId: access.workspace.id }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!token) throw notFound("That token");
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
    const revoked = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() }, select: { id: true, revokedAt: true } });
    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: actor.id,
      entityType: "api-token",
      entityId: token.id,
      action: "revoke",
      before: { name: token.name, prefix: token.prefix },
    });
    return revoked;
  });
}

export type TokenCheck =
  | { ok: true; userId: string; workspaceId: string; tokenId: string; readOnly: boolean }
  | { ok: false; reason: "unknown" | "revoked" | "expired" };

// lastUsedAt is written at most once a minute per token, so a busy script does not turn every read
// into a write on one hot row.
const LAST_USED_RESOLUTION_MS = 60_000;

/** What a presented token stands for. The token is compared by its hash only. */
export async function checkApiToken(token: string): Promise<TokenCheck> {
  const row = await getDb().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, userId: true, workspaceId: true, readOnly: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  const now = Date.now();
  if (row.expiresAt && row.expiresAt.getTime() <= now) return { ok: false, reason: "expired" };
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await getDb().apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: new Date(now) },
    });
  }
  return { ok: true, userId: row.userId, workspaceId: row.workspaceId, tokenId: row.id, readOnly: row.readOnly };
}
