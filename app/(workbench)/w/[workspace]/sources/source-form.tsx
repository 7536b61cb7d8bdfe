"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { SelectField, TextareaField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { createSourceAction, updateSourceAction } from "@/lib/server/actions/sources";
import { EMPTY_SOURCE_VALUES, SourceFields, type SourceFieldValues } from "./source-fields";

export type SourceFormValues = SourceFieldValues & { reliability: string; note: string };
export const EMPTY_SOURCE_FORM: SourceFormValues = { ...EMPTY_SOURCE_VALUES, reliability: "", note: "" };

const RELIABILITY = ["1 – unreliable", "2 – often wrong", "3 – mixed record", "4 – mostly reliable", "5 – highly reliable"];

/** Creates a source (no `sourceId`) or edits one against the version it was read at. */
export function SourceForm({ slug, initial, sourceId, version: readVersion }: { slug: string; initial: SourceFormValues; sourceId?: string; version?: number }) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(readVersion ?? 1);
  const form = useActionForm();
  const { fieldErrors: errors, pending } = form;
  const theirs = savedSource(form.conflict);
  const isEdit = Boolean(sourceId);

  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(() => (isEdit ? updateSourceAction(slug, { sourceId, version, ...values }) : createSourceAction(slug, values)), {
      notice: isEdit ? "Source saved." : "Source added.",
      onSuccess: (data) => {
        if (isEdit) setVersion(data.version);
        else setValues(EMPTY_SOURCE_FORM);
        router.refresh();
      },
      onFailure: (failure) => {
        // Having been shown what someone else saved, saving again is a decision, not an accident.
        const current = savedSource(failure.code === "CONFLICT" ? failure.current : null);
        if (current) setVersion(current.version);
      },
    });
  }

  return (
    <form id={form.formId} onSubmit={submit} noValidate aria-label={isEdit ? "Edit source" : "New source"} className="space-y-4">
      <FormStatus form={form} />
      {theirs ? <SavedNow source={theirs} /> : null}
      <SourceFields idPrefix={isEdit ? "edit-source" : "source"} values={values} onChange={(fields) => setValues({ ...values, ...fields })} errors={errors} disabled={pending} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Reliability" name="reliability" value={values.reliability} onChange={(e) => setValues({ ...values, reliability: e.target.value })} errors={errors.reliability} disabled={pending} hint="As the desk judges it.">
          <option value="">Not assessed</option>
          {RELIABILITY.map((label, i) => <option key={label} value={String(i + 1)}>{label}</option>)}
        </SelectField>
        <TextareaField label="Note" name="note" rows={2} dir="auto" value={values.note} onChange={(e) => setValues({ ...values, note: e.target.value })} errors={errors.note} disabled={pending} />
      </div>
      <PendingButton type="submit" pending={pending} pendingLabel="Saving…">{isEdit ? "Save source" : "Add source"}</PendingButton>
    </form>
  );
}

interface SavedSource {
  version: number;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  archivedUrl: string | null;
}

function savedSource(current: unknown): SavedSource | null {
  return typeof (current as SavedSource | null)?.version === "number" ? (current as SavedSource) : null;
}

function SavedNow({ source }: { source: SavedSource }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="source-conflict">
      <p className="font-medium text-amber-900">The source as it is saved now (version {source.version}):</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="text-slate-500">Title</dt><dd dir="auto">{source.title}</dd>
        <dt className="text-slate-500">URL</dt><dd className="break-all">{source.url ?? "—"}</dd>
        <dt className="text-slate-500">Publisher</dt><dd dir="auto">{source.publisher ?? "—"}</dd>
        <dt className="text-slate-500">Published</dt><dd>{source.publishedAt?.slice(0, 10) ?? "—"}</dd>
        <dt className="text-slate-500">Archived copy</dt><dd className="break-all">{source.archivedUrl ?? "—"}</dd>
      </dl>
      <p className="mt-2 text-amber-900">Your changes are kept in the form: save again to replace their version, or copy what you need from theirs.</p>
    </div>
  );
}
