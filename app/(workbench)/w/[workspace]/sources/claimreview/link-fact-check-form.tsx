"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { linkFactCheckAction } from "@/lib/server/actions/claimreview";
import type { Stance } from "@/lib/domain/vocabulary";

const STANCE_LABELS: Record<Stance, string> = { SUPPORTS: "Supports the claim", CONTRADICTS: "Contradicts the claim", CONTEXT: "Gives context" };

export function LinkFactCheckForm({ slug, sourceId, claimId, statement, stance: suggested, note: suggestedNote }: {
  slug: string;
  sourceId: string;
  claimId: string;
  statement: string;
  stance: Stance;
  note: string;
}) {
  const router = useRouter();
  const [stance, setStance] = useState<Stance>(suggested);
  const [note, setNote] = useState(suggestedNote);
  const form = useActionForm();
  const id = `${sourceId}-${claimId}`;
  const errors = form.fieldErrors;

  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(() => linkFactCheckAction(slug, { sourceId, claimId, stance, note }), { onSuccess: () => router.refresh() });
  }

  return (
    <form id={form.formId} onSubmit={submit} className="mt-2 flex flex-wrap items-end gap-3" aria-label={`Link as evidence to: ${statement}`}>
      <div className="space-y-1">
        <label htmlFor={`stance-${id}`} className="block text-xs font-medium text-slate-700">Stance</label>
        <select id={`stance-${id}`} value={stance} aria-invalid={Boolean(errors.stance) || undefined} aria-describedby={errors.stance ? `stance-${id}-error` : undefined} onChange={(e) => setStance(e.target.value as Stance)} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
          {(Object.keys(STANCE_LABELS) as Stance[]).map((value) => <option key={value} value={value}>{STANCE_LABELS[value]}</option>)}
        </select>
        {errors.stance ? <p id={`stance-${id}-error`} className="text-xs text-red-700">{errors.stance.join(" ")}</p> : null}
      </div>
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor={`note-${id}`} className="block text-xs font-medium text-slate-700">Note</label>
        <input id={`note-${id}`} dir="auto" value={note} aria-invalid={Boolean(errors.note) || undefined} aria-describedby={errors.note ? `note-${id}-error` : undefined} onChange={(e) => setNote(e.target.value)} className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        {errors.note ? <p id={`note-${id}-error`} className="text-xs text-red-700">{errors.note.join(" ")}</p> : null}
      </div>
      <PendingButton type="submit" pending={form.pending} pendingLabel="Linking…">Link as evidence</PendingButton>
      <FormStatus form={form} variant="inline" />
    </form>
  );
}
