"use client";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useToggleSet } from "@/app/_components/use-toggle-set";
import { PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { updateAssignmentsAction } from "@/lib/server/actions/assignments";

export interface Candidate {
  id: string;
  name: string;
  roleLabel: string;
  assigned: boolean;
  /** "assigned 3 Aug 2026 by Ed" when assigned. */
  note: string | null;
}

/** Ticks for the workspace's possible reviewers; saving sends only what the editor changed. */
export function AssignForm({ slug, claimId, candidates }: { slug: string; claimId: string; candidates: Candidate[] }) {
  const router = useRouter();
  const [checked, toggle] = useToggleSet(() => candidates.filter((c) => c.assigned).map((c) => c.id));
  const form = useActionForm();
  const { pending } = form;

  function submit(event: FormEvent) {
    event.preventDefault();
    const assign = candidates.filter((c) => !c.assigned && checked.has(c.id)).map((c) => c.id);
    const unassign = candidates.filter((c) => c.assigned && !checked.has(c.id)).map((c) => c.id);
    // The ticks have no field of their own to show an error beside: a refusal about them (a reviewer
    // who is no longer a member) is the message itself.
    form.run(async () => {
      const result = await updateAssignmentsAction(slug, { claimId, assign, unassign });
      const first = result.ok ? undefined : Object.values(result.fieldErrors ?? {}).flat()[0];
      return first && !result.ok ? { ...result, message: first, fieldErrors: undefined } : result;
    }, {
      notice: (data) => (data.reviewers.length ? `Assigned to ${data.reviewers.join(", ")}.` : "No reviewers assigned."),
      onSuccess: () => router.refresh(),
    });
  }

  if (candidates.length === 0) return <p className="text-sm text-slate-600">This workspace has no reviewers yet. An owner can add members in the settings.</p>;
  return (
    <form id={form.formId} onSubmit={submit} aria-label="Assign reviewers" className="space-y-3">
      <FormStatus form={form} />
      <fieldset>
        <legend className="sr-only">Reviewers of this claim</legend>
        <ul className="space-y-1.5">
          {candidates.map((candidate) => (
            <li key={candidate.id} className="flex items-start gap-2 text-sm">
              <input id={`assign-${candidate.id}`} type="checkbox" className="mt-0.5 size-4" checked={checked.has(candidate.id)} onChange={(e) => toggle(candidate.id, e.target.checked)} disabled={pending} />
              <label htmlFor={`assign-${candidate.id}`}>
                <bdi>{candidate.name}</bdi> <span className="text-slate-500">({candidate.roleLabel})</span>
                {candidate.note ? <span className="block text-xs text-slate-500" dir="auto">{candidate.note}</span> : null}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <PendingButton type="submit" variant="secondary" pending={pending} pendingLabel="Saving…">Save assignments</PendingButton>
    </form>
  );
}
