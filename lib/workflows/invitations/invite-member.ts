import "server-only";
import type { Actor } from "@/lib/data/scope";
import { createInvitation } from "@/lib/data/workspaces/invitations";
import type { CreateInvitationInput } from "@/lib/schemas/members";
import { sendInvitationMail } from "./invitation-mail";

// One invitation, whichever door it came through (the members page, the API): made in the database,
// then mailed where the server can. The link holds the only copy of the secret.

/** The path of an invitation's page; callers put the app's address in front. */
export const invitationPath = (token: string) => `/invite/${token}`;
export const passwordLinkPath = (token: string) => `/reset-password/${token}`;

export async function inviteMember({ actor, slug, input, baseUrl }: { actor: Actor; slug: string; input: CreateInvitationInput; baseUrl: string }) {
  const { token, workspaceName, ...invitation } = await createInvitation({ actor, slug, input });
  const link = new URL(invitationPath(token), baseUrl).toString();
  const mailed = await sendInvitationMail({ to: invitation.email, workspaceName, role: invitation.role, invitedBy: invitation.invitedBy, link, expiresAt: invitation.expiresAt });
  return { ...invitation, link, mailed };
}
