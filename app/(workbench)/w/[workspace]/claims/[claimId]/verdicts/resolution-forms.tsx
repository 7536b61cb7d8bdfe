"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { SelectField, TextareaField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { reopenClaimAction, resolveClaimAction } from "@/lib/server/actions/verdicts";
import type { LevelOption } from "./verdict-form";

/**
 * Runs a resolve or reopen and refreshes the page either way: after a conflict the page then shows
 * the claim as it now is, with its new version, while the form keeps what the editor typed.
 */
function useClaimDecision() {
  const router = useRouter();
  const form = useActionForm();
  const run = (action: () => ReturnType<typeof resolveClaimAction>, done: string) =>
    form.run(action, {
      notice: done,
      onSuccess: () => router.refresh(),
      onFailure: (failure) => {
        if (failure.code === "CONFLICT") router.refresh();
      },
    });
  return { form, errors: form.fieldErrors, pending: form.pending, run };
}

export function ResolveForm({ slug, claimId, version, levels }: { slug: string; claimId: string; version: number; levels: LevelOption[] }) {
  const [finalRatingId, setFinalRatingId] = useState("");
  const [resolutionNote, setResolutionNote] = useState("");
  const { form, errors, pending, run } = useClaimDecision();

  function submit(event: FormEvent) {
    event.preventDefault();
    run(() => resolveClaimAction(slug, { claimId, version, finalRatingId, resolutionNote }), "Claim resolved.");
  }

  return (
    <form id={form.formId} onSubmit={submit} aria-label="Resolve the claim" className="space-y-3" noValidate>
      <FormStatus form={form} />
      <SelectField label="Final rating" name="finalRatingId" id="resolve-rating" value={finalRatingId} onChange={(e) => setFinalRatingId(e.target.value)} errors={errors.finalRatingId} disabled={pending}>
        <option value="">Choose the final rating…</option>
        {levels.map((level) => <option key={level.id} value={level.id}>{level.label}</option>)}
      </SelectField>
      <TextareaField
        label="Resolution note"
        name="resolutionNote"
        id="resolve-note"
        rows={3}
        value={resolutionNote}
        onChange={(e) => setResolutionNote(e.target.value)}
        errors={errors.resolutionNote}
        hint="How the desk reached this rating; published with the verdict."
        disabled={pending}
        dir="auto"
      />
      <PendingButton type="submit" pending={pending} pendingLabel="Resolving…">Resolve claim</PendingButton>
    </form>
  );
}

export function ReopenForm({ slug, claimId, version }: { slug: string; claimId: string; version: number }) {
  const [reason, setReason] = useState("");
  const { form, errors, pending, run } = useClaimDecision();

  function submit(event: FormEvent) {
    event.preventDefault();
    run(() => reopenClaimAction(slug, { claimId, version, reason }), "Claim reopened: it is back in review.");
  }

  return (
    <form id={form.formId} onSubmit={submit} aria-label="Reopen the claim" className="space-y-3" noValidate>
      <FormStatus form={form} />
      <TextareaField label="Reason for reopening" name="reason" id="reopen-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} errors={errors.reason} disabled={pending} dir="auto" />
      <PendingButton type="submit" variant="secondary" pending={pending} pendingLabel="Reopening…">Reopen claim</PendingButton>
    </form>
  );
}
