"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { TextareaField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { addExternalEvidenceAction } from "@/lib/server/actions/evidence";
import { EMPTY_SOURCE_VALUES, SourceFields, type SourceFieldValues } from "../../../../sources/source-fields";
import { SourcePicker, type PickableSource } from "./source-picker";
import { StanceFieldset } from "./stance-fieldset";

type Mode = "existing" | "new";

/** Evidence from outside the workspace: the excerpt, and its source picked from the workspace's or described here. */
export function ExternalEvidenceForm({ slug, claimId, sources }: { slug: string; claimId: string; sources: PickableSource[] }) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>(sources.length ? "existing" : "new");
  const [sourceId, setSourceId] = useState("");
  const [source, setSource] = useState<SourceFieldValues>(EMPTY_SOURCE_VALUES);
  const [excerpt, setExcerpt] = useState("");
  const [stance, setStance] = useState("");
  const [note, setNote] = useState("");
  const form = useActionForm();
  const { fieldErrors: errors, pending } = form;

  function submit(event: FormEvent) {
    event.preventDefault();
    const sourceFields = mode === "existing" ? { sourceId } : source;
    form.run(() => addExternalEvidenceAction(slug, { claimId, sourceMode: mode, ...sourceFields, excerpt, stance, note }), {
      onSuccess: () => {
        router.push(`/w/${slug}/claims/${claimId}`);
        router.refresh();
      },
    });
  }

  return (
    <form id={form.formId} onSubmit={submit} noValidate aria-labelledby="external-heading" className="max-w-3xl space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="external-heading" className="font-semibold">Link an external source</h2>
      <FormStatus form={form} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">Source</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["existing", "new"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="sourceMode" value={value} checked={mode === value} onChange={() => setMode(value)} disabled={pending || (value === "existing" && !sources.length)} className="size-4" />
              {value === "existing" ? "A source already in this workspace" : "A new source"}
            </label>
          ))}
        </div>
        {mode === "existing" ? (
          <SourcePicker sources={sources} value={sourceId} onChange={setSourceId} errors={errors.sourceId} disabled={pending} />
        ) : (
          <SourceFields idPrefix="new-source" values={source} onChange={setSource} errors={errors} disabled={pending} />
        )}
      </fieldset>
      <TextareaField
        label="Excerpt"
        name="excerpt"
        rows={4}
        dir="auto"
        value={excerpt}
        onChange={(e) => setExcerpt(e.target.value)}
        errors={errors.excerpt}
        hint="Quote the words of the source that bear on the claim, exactly as published."
        disabled={pending}
      />
      <StanceFieldset name="stance" value={stance} onChange={setStance} errors={errors.stance} disabled={pending} />
      <TextareaField label="Note" name="note" rows={3} dir="auto" value={note} onChange={(e) => setNote(e.target.value)} errors={errors.note} hint="Why this source matters for the claim (optional)." disabled={pending} />
      <PendingButton type="submit" pending={pending} pendingLabel="Linking…">Link evidence</PendingButton>
    </form>
  );
}
