"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useToggleSet } from "@/app/_components/use-toggle-set";
import { Button, PendingButton } from "@/app/_components/button";
import { Field, TextareaField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { publishClaimAction } from "@/lib/server/actions/publishing";
import type { EvidenceChoice } from "@/lib/workflows/publishing/claim-publication-view";

const STANCE_WORDS = { SUPPORTS: "supports", CONTRADICTS: "contradicts", CONTEXT: "context" } as const;

/** "Publish" (or "Republish") opens the short form: headline, summary and the evidence to cite. */
export function PublishForm({ slug, claimId, republish, defaults, evidence }: {
  slug: string; claimId: string; republish: boolean; defaults: { headline: string; summary: string }; evidence: EvidenceChoice[];
}) {
  const router = useRouter();
  const form = useActionForm();
  const [open, setOpen] = useState(false);
  const [headline, setHeadline] = useState(defaults.headline);
  const [summary, setSummary] = useState(defaults.summary);
  const [chosen, toggle] = useToggleSet(() => evidence.filter((item) => item.cited).map((item) => item.id));
  const verb = republish ? "Republish" : "Publish";
  const errors = form.fieldErrors;

  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(() => publishClaimAction(slug, { claimId, headline, summary, evidenceIds: evidence.filter((item) => chosen.has(item.id)).map((item) => item.id) }), {
      notice: (data) => (data.republished ? `Republished.${data.correction ? ` Correction log: ${data.correction}.` : " Nothing a reader sees changed, so no correction line was added."}` : "Published."),
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
    });
  }

  if (!open) {
    return (
      <div className="space-y-2">
        <FormStatus form={form} />
        <Button type="button" onClick={() => setOpen(true)}>{verb}</Button>
      </div>
    );
  }
  return (
    <form id={form.formId} onSubmit={submit} aria-label={`${verb} the fact-check`} className="space-y-4" noValidate>
      <FormStatus form={form} />
      <Field label="Headline" name="headline" id="publish-headline" value={headline} onChange={(e) => setHeadline(e.target.value)} errors={errors.headline} maxLength={300} disabled={form.pending} />
      <TextareaField
        label="Public summary"
        name="summary"
        id="publish-summary"
        rows={4}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        errors={errors.summary}
        hint="What readers see as the verdict's explanation; it starts as the resolution note."
        disabled={form.pending}
      />
      <fieldset className="space-y-2" aria-describedby={errors.evidenceIds ? "publish-evidence-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Evidence to cite</legend>
        {evidence.length === 0 ? <p className="text-sm text-slate-600">This claim has no evidence to cite.</p> : null}
        {evidence.map((item) => (
          <div key={item.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              id={`cite-${item.id}`}
              className="mt-1 size-4"
              checked={chosen.has(item.id)}
              disabled={item.notCitable !== null || form.pending}
              aria-describedby={item.notCitable ? `cite-${item.id}-why` : undefined}
              onChange={(e) => toggle(item.id, e.target.checked)}
            />
            <label htmlFor={`cite-${item.id}`} className={item.notCitable ? "text-slate-500" : ""}>
              <span dir="auto">{item.title}</span> <span className="text-slate-500">({STANCE_WORDS[item.stance]})</span>
              {item.notCitable ? <span id={`cite-${item.id}-why`} className="block text-xs text-slate-600">{item.notCitable}</span> : null}
            </label>
          </div>
        ))}
        {errors.evidenceIds ? <p id="publish-evidence-error" className="text-sm text-red-700">{errors.evidenceIds.join(" ")}</p> : null}
      </fieldset>
      <div className="flex gap-2">
        <PendingButton type="submit" pending={form.pending} pendingLabel={republish ? "Republishing…" : "Publishing…"}>{verb} fact-check</PendingButton>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)} disabled={form.pending}>Cancel</Button>
      </div>
    </form>
  );
}
