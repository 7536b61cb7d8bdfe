"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { SelectField, TextareaField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { recordVerdictAction } from "@/lib/server/actions/verdicts";

export interface LevelOption {
  id: string;
  label: string;
}

/** Records the reviewer's verdict. Verdicts are never edited: a change of mind is a new verdict. */
export function VerdictForm({ slug, claimId, levels, hasVerdict }: { slug: string; claimId: string; levels: LevelOption[]; hasVerdict: boolean }) {
  const router = useRouter();
  const [ratingId, setRatingId] = useState("");
  const [rationale, setRationale] = useState("");
  const form = useActionForm();
  const { fieldErrors: errors, pending } = form;

  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(() => recordVerdictAction(slug, { claimId, ratingId, rationale }), {
      notice: (data) => (data.reopened ? "Verdict recorded. Its rating differs from the final rating, so the claim is reopened as disputed." : "Verdict recorded."),
      onSuccess: () => {
        setRatingId("");
        setRationale("");
        router.refresh();
      },
    });
  }

  return (
    <form id={form.formId} onSubmit={submit} aria-label={hasVerdict ? "Record a new verdict" : "Record your verdict"} className="space-y-3" noValidate>
      <FormStatus form={form} />
      <SelectField label="Rating" name="ratingId" id={`verdict-rating-${claimId}`} value={ratingId} onChange={(e) => setRatingId(e.target.value)} errors={errors.ratingId} disabled={pending}>
        <option value="">Choose a rating…</option>
        {levels.map((level) => <option key={level.id} value={level.id}>{level.label}</option>)}
      </SelectField>
      <TextareaField
        label="Rationale"
        name="rationale"
        id={`verdict-rationale-${claimId}`}
        rows={4}
        value={rationale}
        onChange={(e) => setRationale(e.target.value)}
        errors={errors.rationale}
        hint="Why this rating? Cite the evidence."
        disabled={pending}
        dir="auto"
      />
      <PendingButton type="submit" pending={pending} pendingLabel="Recording…">{hasVerdict ? "Record new verdict" : "Record verdict"}</PendingButton>
    </form>
  );
}
