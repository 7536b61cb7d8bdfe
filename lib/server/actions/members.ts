"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { runAction, runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { revokeInvitation } from "@/lib/data/workspaces/invitations";
import { changeMemberRole, leaveWorkspace, removeMember } from "@/lib/data/workspaces/members";
import { createPasswordLink } from "@/lib/data/accounts/password-resets";
import { createWorkspace } from "@/lib/data/workspaces/workspace-create";
import type { InvitationState, Role } from "@/lib/domain/vocabulary";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import { inviteMember, passwordLinkPath } from "@/lib/workflows/invitations/invite-member";
import { changeMemberRoleSchema, createInvitationSchema, createWorkspaceSchema, leaveWorkspaceSchema, removeMemberSchema, resetLinkSchema, revokeInvitationSchema } from "@/lib/schemas/members";

const membersPage = (slug: string) => `/w/${slug}/members`;

export async function createWorkspaceAction(input: unknown): Promise<ActionResult<{ slug: string }>> {
  return runAction(createWorkspaceSchema, input, async ({ actor, input }) => {
    const created = await createWorkspace({ actor, input });
    revalidatePath("/w");
    return { slug: created.slug };
  });
}

export type InviteResult = ActionResult<{ email: string; role: Role; state: InvitationState; link: string; mailed: boolean }>;

/** The link is in this answer only: the owner copies it (and, with SMTP settings, it was also mailed). */
export async function inviteMemberAction(slug: string, input: unknown): Promise<InviteResult> {
  return runWorkspaceAction(slug, createInvitationSchema, input, async ({ actor, slug, input }) => {
    const invited = await inviteMember({ actor, slug, input, baseUrl: requestBaseUrl(await headers()) });
    revalidatePath(membersPage(slug));
    return { email: invited.email, role: invited.role, state: invited.state, link: invited.link, mailed: invited.mailed };
  });
}

export async function revokeInvitationAction(slug: string, input: unknown): Promise<ActionResult<null>> {
  return runWorkspaceAction(slug, revokeInvitationSchema, input, async ({ actor, slug, input }) => {
    await revokeInvitation({ actor, slug, invitationId: input.invitationId });
    revalidatePath(membersPage(slug));
    return null;
  });
}

export async function changeMemberRoleAction(slug: string, input: unknown): Promise<ActionResult<{ role: Role; version: number; name: string }>> {
  return runWorkspaceAction(slug, changeMemberRoleSchema, input, async ({ actor, slug, input }) => {
    const changed = await changeMemberRole({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return { role: changed.role, version: changed.version, name: changed.name };
  });
}

export async function removeMemberAction(slug: string, input: unknown): Promise<ActionResult<{ name: string; apiTokensRevoked: number; self: boolean }>> {
  return runWorkspaceAction(slug, removeMemberSchema, input, async ({ actor, slug, input }) => {
    const removed = await removeMember({ actor, slug, userId: input.userId });
    revalidatePath(`/w/${slug}`, "layout");
    return { name: removed.name, apiTokensRevoked: removed.apiTokensRevoked, self: input.userId === actor.id };
  });
}

/** The signed-in member leaves the workspace (from their account page); the last owner is refused. */
export async function leaveWorkspaceAction(slug: string): Promise<ActionResult<{ name: string; apiTokensRevoked: number }>> {
  return runWorkspaceAction(slug, leaveWorkspaceSchema, {}, async ({ actor, slug }) => {
    const left = await leaveWorkspace({ actor, slug });
    revalidatePath("/account");
    revalidatePath(`/w/${slug}`, "layout");
    return { name: left.workspace.name, apiTokensRevoked: left.apiTokensRevoked };
  });
}

export async function createPasswordLinkAction(slug: string, input: unknown): Promise<ActionResult<{ name: string; link: string; expiresAt: string }>> {
  return runWorkspaceAction(slug, resetLinkSchema, input, async ({ actor, slug, input }) => {
    const made = await createPasswordLink({ actor, slug, userId: input.userId });
    return { name: made.name, link: new URL(passwordLinkPath(made.token), requestBaseUrl(await headers())).toString(), expiresAt: made.expiresAt };
  });
}
