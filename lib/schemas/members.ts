import { z } from "zod";
import { INVITATION_STATES, ROLES } from "@/lib/domain/vocabulary";
import { PASSWORD_MAX, signInSchema } from "./auth";
import { idSchema, slugSchema, versionSchema } from "./common";

// Inputs of accounts, workspaces, invitations and members: the forms and the API parse with these.

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const role = z.enum(ROLES, { error: "Choose a role: viewer, reviewer, editor or owner." });
const date = z.string().describe("ISO 8601 date-time");

export const emailSchema = signInSchema.shape.email;
export const PASSWORD_MIN = 10;
export const passwordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Choose a password of at least ${PASSWORD_MIN} characters; a few words make a good one.`)
  .max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`);
export const personNameSchema = z
  .string({ error: "Enter your name as colleagues know it." })
  .trim()
  .min(1, "Enter your name as colleagues know it.")
  .max(120, "A name has at most 120 characters.");

/** A new password typed twice; a mismatch is the second field's error. */
function withConfirmation<S extends z.ZodRawShape>(shape: S) {
  return z
    .object({ ...shape, newPassword: passwordSchema, confirmPassword: z.string({ error: "Type the new password again." }) })
    .refine((value) => (value as { newPassword: string }).newPassword === (value as { confirmPassword: string }).confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ: type the same password twice." });
}

export const createWorkspaceSchema = z.object({
  name: z.string({ error: "Give the workspace a name." }).trim().min(1, "Give the workspace a name.").max(120, "A name has at most 120 characters."),
  slug: z.preprocess(blankToUndefined, slugSchema.optional()).describe("Its address, /w/<slug>; made from the name when left out."),
});

export const createInvitationSchema = z.object({ email: emailSchema, role });
export const revokeInvitationSchema = z.object({ invitationId: idSchema });

export const changeMemberRoleSchema = z.object({
  userId: idSchema,
  role,
  version: versionSchema.optional().describe("The membership's version as read (GET members); another answers 409. Left out: no check."),
});
export const removeMemberSchema = z.object({ userId: idSchema });
/** Leaving names nothing but the workspace, which the page binds: the form sends no fields. */
export const leaveWorkspaceSchema = z.object({});
export const resetLinkSchema = z.object({ userId: idSchema });

const linkToken = z.string().min(1).max(100);
export const acceptAsNewUserSchema = withConfirmation({ token: linkToken, name: personNameSchema });
export const acceptAsSignedInSchema = z.object({ token: linkToken });
export const resetPasswordSchema = withConfirmation({ token: linkToken });
export const renameAccountSchema = z.object({ name: personNameSchema });
export const changePasswordSchema = withConfirmation({ currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX) });

export type CreateWorkspaceInput = z.infer<typeof createWorkspaceSchema>;
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;

// Answers of the API.
export const createdWorkspaceResponse = z.object({ slug: z.string(), name: z.string(), role });
export const invitationResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  role,
  state: z.enum(INVITATION_STATES),
  createdAt: date,
  expiresAt: date,
  invitedBy: z.string().nullable().describe("Who made it; null when that account is gone."),
});
export const createdInvitationResponse = invitationResponse.extend({
  link: z.string().describe("The invitation's address: the only copy of its secret. Pass it on; it is not shown again."),
  mailed: z.boolean().describe("Whether it was also sent by mail (only with SMTP settings on the server)."),
});
export const invitationListResponse = z.object({ items: z.array(invitationResponse) });
export const changedMemberResponse = z.object({ id: z.uuid(), name: z.string(), role, version: z.number().int() });
export const removedMemberResponse = z.object({
  id: z.uuid(), name: z.string(),
  apiTokensRevoked: z.number().int().describe("Their tokens for this workspace, revoked in the same transaction."),
  assignmentsRemoved: z.number().int().describe("Claims that waited in their queue, now unassigned."),
});
export const leftWorkspaceResponse = removedMemberResponse.extend({
  workspace: z.object({ slug: z.string(), name: z.string() }).describe("The workspace left: no longer the caller's."),
});
