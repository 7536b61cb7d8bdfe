"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/app/_components/badge";
import { Button, PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { leaveWorkspaceAction } from "@/lib/server/actions/members";
import { ROLE_LABELS, type Role } from "@/lib/domain/vocabulary";

export interface MyWorkspace {
  id: string;
  slug: string;
  name: string;
  role: Role;
}

/**
 * The account's workspaces, each with Leave behind a confirm step (as removal on the members page).
 * One form state for the list: the notice that a workspace was left outlives its row, which goes when
 * the page is read again.
 */
export function WorkspaceList({ workspaces }: { workspaces: MyWorkspace[] }) {
  const router = useRouter();
  const form = useActionForm();
  const [confirming, setConfirming] = useState<string | null>(null);

  function leave(workspace: MyWorkspace) {
    form.run(() => leaveWorkspaceAction(workspace.slug), {
      notice: (left) => `You left ${left.name}. Your claims, evidence and verdicts there stay in your name${left.apiTokensRevoked ? `; ${left.apiTokensRevoked} API token(s) were revoked` : ""}.`,
      onSuccess: () => { setConfirming(null); router.refresh(); },
      // The last owner is refused with the reason; the list is read again in case it changed meanwhile.
      onFailure: () => { setConfirming(null); router.refresh(); },
    });
  }

  return (
    <div className="mt-3 space-y-3">
      <FormStatus form={form} />
      {workspaces.length === 0 ? <p className="text-sm text-slate-600">None yet. <Link href="/w" className="text-blue-700 underline">Start one</Link>, or open an invitation link.</p> : (
        <ul aria-label="Your workspaces" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {workspaces.map((workspace) => (
            <li key={workspace.id} aria-label={workspace.name} className="space-y-2 px-4 py-2.5 text-sm">
              <div className="flex items-center justify-between gap-3">
                <Link href={`/w/${workspace.slug}`} className="min-w-0 flex-1 font-medium text-blue-800 hover:underline"><bdi>{workspace.name}</bdi></Link>
                <Badge tone={workspace.role === "OWNER" ? "blue" : "neutral"}>{ROLE_LABELS[workspace.role]}</Badge>
                {confirming === workspace.id ? null : (
                  <Button type="button" variant="ghost" className="text-red-700" aria-label={`Leave ${workspace.name}`} onClick={() => setConfirming(workspace.id)}>Leave</Button>
                )}
              </div>
              {confirming === workspace.id ? (
                <div role="group" aria-label={`Confirm leaving ${workspace.name}`} className="flex flex-wrap items-center gap-3 rounded-md bg-red-50 px-3 py-2">
                  <span>Leave <bdi>{workspace.name}</bdi>? You lose access at once; your work there stays in your name and your API tokens there are revoked.</span>
                  <PendingButton type="button" pending={form.pending} pendingLabel="Leaving…" className="bg-red-700 hover:bg-red-800" onClick={() => leave(workspace)}>
                    Leave for good
                  </PendingButton>
                  <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>Cancel</Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
