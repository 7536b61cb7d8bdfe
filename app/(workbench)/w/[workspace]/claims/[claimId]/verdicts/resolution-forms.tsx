"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { SelectField, TextareaField } from "@/app/_components/field";
import { reopenClaimAction, resolveClaimAction } from "@/lib/actions/verdicts";
import type { FieldErrors } from "@/lib/errors";
import { FormStatus } from "./form-status";
import type { LevelOption } from "./verdict-form";

type Status = { ok: boolean; message: string } | null;

/**
 * Runs a resolve or reopen and refreshes the page either way: after a conflict the page then shows
 * the claim as it now is, with its new version, while the form keeps what the editor typed.
 */
function useClaimDecision() {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => ReturnType<typeof resolveClaimAction>, done: string) =>
    startTransition(async () => {
      const result = await action();
      setErrors(result.ok ? {} : result.fieldErrors ?? {});
      setStatus(result.ok ? { ok: true, message: done } : { ok: false, message: result.message });
      if (result.ok || result.code === "CONFLICT") router.refresh();
    });
  return { errors, status, pending, run };
}

export function ResolveForm({ slug, claimId, version, levels }: { slug: string; claimId: string; version: number; levels: LevelOption[] }) {
  const [finalRatingId, setFinalRatingId] = useState("");
  const [resolutionNote, setResolutionNote] = useState("");
  const { errors, status, pending, run } = useClaimDecision();

  function submit(event: FormEvent) {
    event.preventDefault();
    run(() => resolveClaimAction(slug, { claimId, version, finalRatingId, resolutionNote }), "Claim resolved.");
  }

  return (
    <form onSubmit={submit} aria-label="Resolve the claim" className="space-y-3" noValidate>
      <FormStatus status={status} />
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
      <Button type="submit" disabled={pending}>{pending ? "Resolving…" : "Resolve claim"}</Button>
    </form>
  );
}

export function ReopenForm({ slug, claimId, version }: { slug: string; claimId: string; version: number }) {
  const [reason, setReason] = useState("");
  const { errors, status, pending, run } = useClaimDecision();

  function submit(event: FormEvent) {
    event.preventDefault();
    run(() => reopenClaimAction(slug, { claimId, version, reason }), "Claim reopened: it is back in review.");
  }

  return (
    <form onSubmit={submit} aria-label="Reopen the claim" className="space-y-3" noValidate>
      <FormStatus status={status} />
      <TextareaField label="Reason for reopening" name="reason" id="reopen-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} errors={errors.reason} disabled={pending} dir="auto" />
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Reopening…" : "Reopen claim"}</Button>
    </form>
  );
}
