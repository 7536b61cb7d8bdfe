"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { SelectField, TextareaField } from "@/app/_components/field";
import { recordVerdictAction } from "@/lib/actions/verdicts";
import type { FieldErrors } from "@/lib/errors";
import { FormStatus } from "./form-status";

export interface LevelOption {
  id: string;
  label: string;
}

/** Records the reviewer's verdict. Verdicts are never edited: a change of mind is a new verdict. */
export function VerdictForm({ slug, claimId, levels, hasVerdict }: { slug: string; claimId: string; levels: LevelOption[]; hasVerdict: boolean }) {
  const router = useRouter();
  const [ratingId, setRatingId] = useState("");
  const [rationale, setRationale] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await recordVerdictAction(slug, { claimId, ratingId, rationale });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setStatus({ ok: false, message: result.message });
        return;
      }
      setErrors({});
      setRatingId("");
      setRationale("");
      setStatus({ ok: true, message: result.data.reopened ? "Verdict recorded. Its rating differs from the final rating, so the claim is reopened as disputed." : "Verdict recorded." });
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} aria-label={hasVerdict ? "Record a new verdict" : "Record your verdict"} className="space-y-3" noValidate>
      <FormStatus status={status} />
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
      <Button type="submit" disabled={pending}>{pending ? "Recording…" : hasVerdict ? "Record new verdict" : "Record verdict"}</Button>
    </form>
  );
}
