"use server";
import { revalidatePath } from "next/cache";
import { runAction, runLinkAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { forgetSessionVersion } from "@/lib/auth/session-version";
import { getSessionUser } from "@/lib/auth/session";
import { changePassword, renameAccount } from "@/lib/data/accounts/accounts";
import { acceptInvitationAsNewUser, acceptInvitationAsUser } from "@/lib/data/workspaces/invitations";
import { usePasswordLink } from "@/lib/data/accounts/password-resets";
import { acceptAsNewUserSchema, acceptAsSignedInSchema, changePasswordSchema, renameAccountSchema, resetPasswordSchema } from "@/lib/schemas/members";

export async function renameAccountAction(input: unknown): Promise<ActionResult<{ name: string }>> {
  return runAction(renameAccountSchema, input, async ({ actor, input }) => {
    const renamed = await renameAccount({ actor, name: input.name });
    revalidatePath("/account");
    return { name: renamed.name };
  });
}

/** Ends every session of the account, this one too: the page then sends the person to sign in again. */
export async function changePasswordAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(changePasswordSchema, input, async ({ actor, input }) => {
    await changePassword({ actor, currentPassword: input.currentPassword, newPassword: input.newPassword });
    forgetSessionVersion(actor.id);
    return null;
  });
}

/** The signed-in user accepts an invitation for their own address. */
export async function acceptInvitationAction(input: unknown): Promise<ActionResult<{ slug: string }>> {
  return runAction(acceptAsSignedInSchema, input, async ({ actor, input }) => {
    const joined = await acceptInvitationAsUser({ actor, token: input.token });
    revalidatePath("/w");
    return { slug: joined.slug };
  });
}

/** A new person makes their account with the invitation's address and joins; the page then signs them in. */
export async function acceptInvitationAsNewUserAction(input: unknown): Promise<ActionResult<{ slug: string; email: string }>> {
  if (await getSessionUser()) return { ok: false, code: "CONFLICT", message: "You are signed in already: accept the invitation with this account, or sign out first to make a new one." };
  return runLinkAction(acceptAsNewUserSchema, input, async (input) => {
    const joined = await acceptInvitationAsNewUser({ token: input.token, name: input.name, password: input.newPassword });
    return { slug: joined.slug, email: joined.email };
  });
}

/** Sets a password with an owner's one-time link; the page then sends the person to sign in. */
export async function setPasswordWithLinkAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return runLinkAction(resetPasswordSchema, input, async (input) => {
    const user = await usePasswordLink({ token: input.token, password: input.newPassword });
    forgetSessionVersion(user.id);
    return { email: user.email };
  });
}
