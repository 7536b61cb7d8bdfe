import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/rating-scale";
import { canSeeMemberEmails, hasRole, ROLES, type Role } from "@/lib/domain/roles";
import { refusalText } from "@/lib/domain/refusal-text";
import type { WorkspaceSettingsInput, WorkspaceSettingsPatch } from "@/lib/schemas/workspace";
import { refusal, requiredRole, type PermissionAction } from "@/lib/domain/permissions";
import { recordAudit } from "@/lib/data/audit";
import { updateAtVersion } from "@/lib/data/version-conflict";
import { workspaceScope, type Actor, type WorkspaceAccess } from "@/lib/data/scope";

/** The workspace and the actor's role in it, or null when the actor is not a member (or it does not exist). */
export async function getWorkspaceAccess({ actor, slug }: { actor: Actor; slug: string }): Promise<WorkspaceAccess | null> {
  if (actor.checked?.workspace.slug === slug) return actor.checked;
  // One statement (Prisma would send two for the membership and its workspace): every page and API
  // request starts here.
  const [row] = await getDb().$queryRaw<{ id: string; slug: string; name: string; blindReview: boolean; role: Role }[]>`
    select w.id, w.slug, w.name, w."blindReview", m.role::text as role
    from memberships m join workspaces w on w.id = m."workspaceId"
    where m."userId" = ${actor.id}::uuid and w.slug = ${slug}`;
  return row ? { workspace: { id: row.id, slug: row.slug, name: row.name, blindReview: row.blindReview }, role: row.role } : null;
}

/**
 * The one membership rule, for every door (lib/data, the API, the app's route handlers, pages): not a
 * member, or no such workspace, is the same 404, so nothing reveals that a workspace exists; a member
 * whose role is too small gets a 403 saying what they tried and which role it takes: the action's own
 * words (permissions.ts `refusal`), or `tried` with a bare role ("call GET /api/v1/…").
 */
export function requireMembership(access: WorkspaceAccess | null, need: Role | PermissionAction, tried = "do this"): WorkspaceAccess {
  if (!access) throw notFound("That workspace");
  const isRole = (ROLES as readonly string[]).includes(need);
  const role = isRole ? (need as Role) : requiredRole(need as PermissionAction);
  if (!hasRole(access.role, role)) {
    throw new AppError("FORBIDDEN", isRole ? refusalText(tried, role, access.role) : refusal(need as PermissionAction, access.role));
  }
  return access;
}

/** As getWorkspaceAccess, but for writes: not a member → 404, too small a role for the action → 403. */
export async function requireWorkspaceRole({ actor, slug, action, role, tried }: { actor: Actor; slug: string } & (
  { action: PermissionAction; role?: undefined; tried?: undefined } | { role: Role; tried?: string; action?: undefined }
)): Promise<WorkspaceAccess> {
  return requireMembership(await getWorkspaceAccess({ actor, slug }), action ?? role, tried);
}

export async function listMyWorkspaces({ actor }: { actor: Actor }) {
  const rows = await getDb().membership.findMany({
    where: { userId: actor.id },
    orderBy: { workspace: { name: "asc" } },
    select: {
      role: true,
      workspace: { select: { id: true, slug: true, name: true, description: true, _count: { select: { articles: true } } } },
    },
  });
  return rows.map(({ role, workspace }) => ({
    id: workspace.id,
    slug: workspace.slug,
    name: workspace.name,
    description: workspace.description,
    articleCount: workspace._count.articles,
    role,
  }));
}

/**
 * The workspace's members by name, each with their role; with their email only when the actor is an
 * owner (canSeeMemberEmails). Any member may read it: verdicts, assignments and history name people.
 */
export async function listMembers({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) throw notFound("That workspace");
  const withEmail = canSeeMemberEmails(access.role);
  const rows = await getDb().membership.findMany({
    where: { workspaceId: access.workspace.id },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    select: { role: true, version: true, user: { select: { id: true, name: true, email: withEmail } } },
  });
  // version: what a role change names (PATCH members/{userId}), so two owners cannot both win.
  return rows.map(({ role, version, user }) => ({ id: user.id, name: user.name, role, version, ...(withEmail ? { email: user.email } : {}) }));
}

const settingsSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  organizationName: true,
  blindReview: true,
  sourceCheckHours: true,
  publisherLogoUrl: true,
  publicBaseUrl: true,
  version: true,
  updatedAt: true,
} as const;

export async function getWorkspaceSettings({ actor, slug }: { actor: Actor; slug: string }) {
  const workspace = await getDb().workspace.findFirst({ where: workspaceScope(actor, slug), select: settingsSelect });
  if (!workspace) throw notFound("That workspace");
  const members = await getDb().membership.findMany({
    where: { workspaceId: workspace.id },
    orderBy: [{ role: "asc" }, { user: { email: "asc" } }],
    select: { role: true, user: { select: { id: true, email: true, name: true } } },
  });
  return { ...workspace, members: members.map((m) => ({ ...m.user, role: m.role })) };
}

/**
 * Saves the settings if nobody else has saved since the caller read them (optimistic concurrency):
 * otherwise a CONFLICT that carries the current values, so the form can say what changed.
 */
export async function updateWorkspaceSettings({ actor, slug, input }: { actor: Actor; slug: string; input: WorkspaceSettingsInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageWorkspace" });
  if (access.workspace.id !== input.workspaceId) throw notFound("That workspace");
  return getDb().$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: settingsSelect });
    const changes = {
      name: input.name,
      description: input.description,
      organizationName: input.organizationName,
      blindReview: input.blindReview,
      ...(input.sourceCheckHours === undefined ? {} : { sourceCheckHours: input.sourceCheckHours }),
      ...(input.publisherLogoUrl === undefined ? {} : { publisherLogoUrl: input.publisherLogoUrl }),
      ...(input.publicBaseUrl === undefined ? {} : { publicBaseUrl: input.publicBaseUrl }),
    };
    await updateAtVersion(
      { what: "these settings", then: "Review their changes below, then save again." },
      input.version,
      () => tx.workspace.updateMany({ where: { id: input.workspaceId, version: input.version }, data: { ...changes, version: { increment: 1 } } }),
      async () => {
        const now = await tx.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: settingsSelect });
        return { version: now.version, current: now };
      },
    );
    const after = await tx.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: settingsSelect });
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorId: actor.id,
      entityType: "workspace",
      entityId: input.workspaceId,
      action: "update-settings",
      before: pickChanged(before, changes),
      after: pickChanged(after, changes),
    });
    return after;
  });
}

/** The settings without the members list: what GET settings answers. */
export async function readWorkspaceSettings({ actor, slug }: { actor: Actor; slug: string }) {
  await requireWorkspaceRole({ actor, slug, action: "manageWorkspace" });
  const workspace = await getDb().workspace.findFirst({ where: workspaceScope(actor, slug), select: settingsSelect });
  if (!workspace) throw notFound("That workspace");
  return workspace;
}

/**
 * Changes the settings a patch names (owners), the others as they are; with the same optimistic
 * concurrency as the form: a version other than the current one is a CONFLICT with the current values.
 */
export async function patchWorkspaceSettings({ actor, slug, patch }: { actor: Actor; slug: string; patch: WorkspaceSettingsPatch }) {
  const current = await readWorkspaceSettings({ actor, slug });
  return updateWorkspaceSettings({
    actor,
    slug,
    input: {
      workspaceId: current.id,
      version: patch.version,
      name: patch.name ?? current.name,
      description: patch.description === undefined ? current.description : patch.description,
      organizationName: patch.organizationName === undefined ? current.organizationName : patch.organizationName,
      blindReview: patch.blindReview ?? current.blindReview,
      sourceCheckHours: patch.sourceCheckHours,
      publisherLogoUrl: patch.publisherLogoUrl,
      publicBaseUrl: patch.publicBaseUrl,
    },
  });
}

function pickChanged<T extends Record<string, unknown>>(row: T, keys: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(keys).map((key) => [key, row[key] ?? null])) as Record<string, string | number | boolean | null>;
}

/** Creates the workspace with its owner, or returns the existing one with that slug. System use: seeding. */
export async function ensureWorkspace({ slug, name, description, organizationName, ownerId }: {
  slug: string; name: string; description?: string; organizationName?: string; ownerId: string;
}): Promise<{ id: string; created: boolean }> {
  const db = getDb();
  const existing = await db.workspace.findUnique({ where: { slug }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const workspace = await db.$transaction(async (tx) => {
    const created = await tx.workspace.create({
      data: {
        slug,
        name,
        description,
        organizationName,
        memberships: { create: { userId: ownerId, role: "OWNER" } },
        ratingLevels: { create: DEFAULT_RATING_SCALE.map((level, position) => ({ ...level, position })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, { workspaceId: created.id, actorId: ownerId, entityType: "workspace", entityId: created.id, action: "create", after: { slug, name } });
    return created;
  });
  return { id: workspace.id, created: true };
}

/** Adds the membership if missing; an existing member keeps their role. System use: seeding. */
export async function ensureMembership({ workspaceId, userId, role }: { workspaceId: string; userId: string; role: Role }): Promise<void> {
  await getDb().membership.upsert({
    where: { workspaceId_userId: { workspaceId, userId } },
    create: { workspaceId, userId, role },
    update: {},
  });
}
