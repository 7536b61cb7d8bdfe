"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/app/_components/badge";
import { Button, PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { changeMemberRoleAction, createPasswordLinkAction, removeMemberAction } from "@/lib/server/actions/members";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/domain/vocabulary";
import { CopyLink } from "./copy-link";

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** What a role change names, so that a change made from a stale list is refused and said so. */
  version: number;
}

export function MemberList({ slug, selfId, members }: { slug: string; selfId: string; members: MemberRow[] }) {
  return (
    <ul aria-label="Members" className="mt-4 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {members.map((member) => <Member key={member.id} slug={slug} member={member} isSelf={member.id === selfId} />)}
    </ul>
  );
}

function Member({ slug, member, isSelf }: { slug: string; member: MemberRow; isSelf: boolean }) {
  const router = useRouter();
  const form = useActionForm();
  const [role, setRole] = useState<Role>(member.role);
  const [confirming, setConfirming] = useState(false);
  const [passwordLink, setPasswordLink] = useState<{ link: string; expiresAt: string } | null>(null);
  const selectId = `role-${member.id}`;
  // A refusal may come from a change someone else made: the list is read again so it shows the truth.
  const onFailure = () => router.refresh();

  return (
    <li aria-label={member.name} className="space-y-2 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <span className="min-w-0 flex-1">
          <bdi className="font-medium">{member.name}</bdi>{isSelf ? " (you)" : ""} <span className="text-slate-500">{member.email}</span>
        </span>
        <Badge tone={member.role === "OWNER" ? "blue" : "neutral"}>{ROLE_LABELS[member.role]}</Badge>
        <label htmlFor={selectId} className="sr-only">Role of {member.name}</label>
        <select id={selectId} value={role} onChange={(e) => setRole(e.target.value as Role)} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
          {[...ROLES].reverse().map((option) => <option key={option} value={option}>{ROLE_LABELS[option]}</option>)}
        </select>
        <PendingButton type="button" variant="secondary" pending={form.pending} pendingLabel="Saving…" disabled={role === member.role} aria-label={`Change role of ${member.name}`}
          onClick={() => form.run(() => changeMemberRoleAction(slug, { userId: member.id, role, version: member.version }), { notice: (r) => `${r.name} is now ${ROLE_LABELS[r.role].toLowerCase()}.`, onFailure })}>
          Change role
        </PendingButton>
        {isSelf ? null : (
          <PendingButton type="button" variant="ghost" pending={form.pending} pendingLabel="Making…" aria-label={`Password link for ${member.name}`}
            onClick={() => form.run(() => createPasswordLinkAction(slug, { userId: member.id }), { onSuccess: setPasswordLink })}>
            Password link
          </PendingButton>
        )}
        {confirming ? null : (
          <Button type="button" variant="ghost" className="text-red-700" aria-label={`${isSelf ? "Leave" : "Remove"} ${member.name}`} onClick={() => setConfirming(true)}>
            {isSelf ? "Leave" : "Remove"}
          </Button>
        )}
      </div>
      {confirming ? (
        <div role="group" aria-label={`Confirm removal of ${member.name}`} className="flex flex-wrap items-center gap-3 rounded-md bg-red-50 px-3 py-2">
          <span>{isSelf ? "Leave this workspace? You lose access at once." : `Remove ${member.name}? Their work stays in their name; their API tokens here are revoked.`}</span>
          <PendingButton type="button" pending={form.pending} pendingLabel="Removing…" className="bg-red-700 hover:bg-red-800"
            onClick={() => form.run(() => removeMemberAction(slug, { userId: member.id }), {
              onSuccess: (r) => (r.self ? router.push("/w") : router.refresh()),
              onFailure: () => { setConfirming(false); onFailure(); },
            })}>
            {isSelf ? "Leave" : "Remove"} for good
          </PendingButton>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>Cancel</Button>
        </div>
      ) : null}
      <FormStatus form={form} variant="inline" />
      {passwordLink ? (
        <div role="status" className="space-y-2 rounded-md border border-green-200 bg-green-50 p-3 text-green-900">
          <p>A link for {member.name} to set a new password, until {passwordLink.expiresAt.slice(0, 16).replace("T", " ")} UTC. It works once; pass it on yourself.</p>
          <CopyLink id={`reset-${member.id}`} label={`Password link for ${member.name}`} link={passwordLink.link} />
        </div>
      ) : null}
    </li>
  );
}
