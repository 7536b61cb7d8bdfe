"use client";
import { useState, type FormEvent } from "react";
import { Badge } from "@/app/_components/badge";
import { PendingButton } from "@/app/_components/button";
import { Field, SelectField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { inviteMemberAction, revokeInvitationAction } from "@/lib/server/actions/members";
import { INVITATION_STATE_LABELS, ROLE_LABELS, ROLES, type InvitationState, type Role } from "@/lib/domain/vocabulary";
import { CopyLink } from "./copy-link";

export function InviteForm({ slug }: { slug: string }) {
  const form = useActionForm();
  const [made, setMade] = useState<{ email: string; link: string; mailed: boolean } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const element = event.currentTarget;
    setMade(null);
    form.run(() => inviteMemberAction(slug, data), { onSuccess: (result) => { setMade(result); element.reset(); } });
  }

  return (
    <div className="mt-4 space-y-4">
      <form id={form.formId} onSubmit={submit} noValidate aria-label="Invite someone" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <FormStatus form={form} />
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <Field id="invite-email" label="Email address" name="email" type="email" autoComplete="off" required errors={form.fieldErrors.email} />
          <SelectField id="invite-role" label="Role" name="role" defaultValue="REVIEWER" errors={form.fieldErrors.role}>
            {[...ROLES].reverse().map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
          </SelectField>
        </div>
        <PendingButton type="submit" pending={form.pending} pendingLabel="Inviting…">Create invitation</PendingButton>
      </form>
      {made ? (
        <div role="status" className="space-y-2 rounded-lg border border-green-200 bg-green-50 p-4 text-sm text-green-900">
          <p>
            Invitation for <strong>{made.email}</strong> created{made.mailed ? " and sent by mail" : ""}. Copy the link now: it is shown only once
            {made.mailed ? "." : ", and no mail was sent, so pass it on yourself."}
          </p>
          <CopyLink id="invitation-link" label="Invitation link" link={made.link} />
        </div>
      ) : null}
    </div>
  );
}

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  state: InvitationState;
  expiresAt: string;
  invitedBy: string | null;
}

export function InvitationList({ slug, invitations }: { slug: string; invitations: InvitationRow[] }) {
  const revoke = useActionForm();
  if (invitations.length === 0) return <p className="mt-3 text-sm text-slate-600">No invitations yet. Invite someone above.</p>;
  return (
    <div className="mt-3">
      <div className="mb-2 empty:hidden"><FormStatus form={revoke} /></div>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
        <caption className="sr-only">Invitations</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr><th className="px-3 py-2 font-medium">Email</th><th className="px-3 py-2 font-medium">Role</th><th className="px-3 py-2 font-medium">Invited by</th><th className="px-3 py-2 font-medium">State</th><th className="px-3 py-2"><span className="sr-only">Actions</span></th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <td className="px-3 py-2"><bdi>{invitation.email}</bdi></td>
              <td className="px-3 py-2">{ROLE_LABELS[invitation.role]}</td>
              <td className="px-3 py-2">{invitation.invitedBy ?? "A former member"}</td>
              <td className="px-3 py-2">
                <Badge tone={invitation.state === "PENDING" ? "amber" : invitation.state === "ACCEPTED" ? "green" : "neutral"}>{INVITATION_STATE_LABELS[invitation.state]}</Badge>
                {invitation.state === "PENDING" ? <span className="ml-2 text-xs text-slate-500">until {invitation.expiresAt.slice(0, 10)}</span> : null}
              </td>
              <td className="px-3 py-2 text-right">
                {invitation.state === "PENDING" ? (
                  <PendingButton type="button" variant="secondary" pending={revoke.pending} pendingLabel="Withdrawing…" aria-label={`Withdraw the invitation of ${invitation.email}`}
                    onClick={() => revoke.run(() => revokeInvitationAction(slug, { invitationId: invitation.id }), { notice: `The invitation of ${invitation.email} was withdrawn: its link no longer works.` })}>
                    Withdraw
                  </PendingButton>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
