"use client";
import { useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { Field, SelectField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { saveWorkspaceSettings } from "@/lib/server/actions/workspace-settings";
import { SOURCE_CHECK_INTERVALS } from "@/lib/schemas/source-check";

interface Values {
  workspaceId: string;
  version: number;
  name: string;
  description: string;
  organizationName: string;
  blindReview: boolean;
  /** "" for off, else the hours as text (the select's value). */
  sourceCheckHours: string;
  /** Publishing (issue 19): "" for none. */
  publisherLogoUrl: string;
  publicBaseUrl: string;
}

export function SettingsForm({ slug, initial }: { slug: string; initial: Values }) {
  const form = useActionForm();
  // The form carries the version it last saw: after a save, the new one; after a conflict, the one
  // the other person saved, so that saving again (having seen their changes) goes through. A refusal
  // for another reason keeps the version it had.
  const [version, setVersion] = useState(initial.version);
  const [values, setValues] = useState(initial);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const errors = form.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    form.run(() => saveWorkspaceSettings(slug, null, formData), {
      notice: "Settings saved.",
      onSuccess: (data) => setVersion(data.version),
      onFailure: (failure) => {
        const theirs = conflictVersion(failure.code === "CONFLICT" ? failure.current : null);
        if (theirs !== null) setVersion(theirs);
      },
    });
  }

  return (
    <form id={form.formId} onSubmit={submit} className="mt-6 space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="workspaceId" value={initial.workspaceId} />
      <input type="hidden" name="version" value={version} />
      <FormStatus form={form}>{form.conflict ? <ConflictDetails current={form.conflict} /> : null}</FormStatus>
      <Field label="Name" name="name" value={values.name} onChange={(e) => set("name")(e.target.value)} errors={errors.name} required maxLength={120} />
      <Field label="Description" name="description" value={values.description} onChange={(e) => set("description")(e.target.value)} errors={errors.description} />
      <Field
        label="Organisation name"
        name="organizationName"
        value={values.organizationName}
        onChange={(e) => set("organizationName")(e.target.value)}
        errors={errors.organizationName}
        hint="The publisher: named as the author of the fact-checks this workspace publishes (public pages and ClaimReview exports); the workspace's name when blank."
      />
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold">Publishing</legend>
        <Field
          label="Publisher logo URL"
          name="publisherLogoUrl"
          inputMode="url"
          dir="ltr"
          placeholder="https://example.org/logo.png"
          value={values.publisherLogoUrl}
          onChange={(e) => set("publisherLogoUrl")(e.target.value)}
          errors={errors.publisherLogoUrl}
          hint="Shown on public fact-check pages and in their ClaimReview markup. An https address only; leave blank for none."
        />
        <Field
          label="Public base URL"
          name="publicBaseUrl"
          inputMode="url"
          dir="ltr"
          placeholder="https://checks.example.org"
          value={values.publicBaseUrl}
          onChange={(e) => set("publicBaseUrl")(e.target.value)}
          errors={errors.publicBaseUrl}
          hint="The address readers reach published fact-checks at (an origin such as https://checks.example.org; pages are at /p/… of it). Leave blank to use this app's address. When the server sets CLAIMBENCH_PUBLIC_URL, that address overrides this one."
        />
      </fieldset>
      <div className="flex items-start gap-3">
        <input id="blindReview" name="blindReview" type="checkbox" checked={values.blindReview} onChange={(e) => set("blindReview")(e.target.checked)} className="mt-1 size-4" />
        <label htmlFor="blindReview" className="text-sm">
          <span className="font-medium">Blind review</span>
          <span className="block text-slate-600">Reviewers do not see each other&apos;s verdicts on a claim until they have recorded their own.</span>
        </label>
      </div>
      <SelectField
        label="Check web articles for changes"
        name="sourceCheckHours"
        value={values.sourceCheckHours}
        onChange={(e) => set("sourceCheckHours")(e.target.value)}
        errors={errors.sourceCheckHours}
        hint="Articles imported from the web are fetched again on this schedule; a page whose text changed is listed on the dashboard under Sources changed, and nothing is applied without a person."
      >
        {SOURCE_CHECK_INTERVALS.map((choice) => <option key={choice.label} value={choice.hours ?? ""}>{choice.label}</option>)}
      </SelectField>
      <PendingButton type="submit" pending={form.pending} pendingLabel="Saving…">Save settings</PendingButton>
    </form>
  );
}

function conflictVersion(current: unknown): number | null {
  const version = (current as { version?: unknown } | null | undefined)?.version;
  return typeof version === "number" ? version : null;
}

function ConflictDetails({ current }: { current: unknown }) {
  const values = current as Partial<Record<keyof Values, unknown>>;
  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-slate-800">
      <dt>Name now</dt><dd>{String(values.name ?? "")}</dd>
      <dt>Organisation now</dt><dd>{String(values.organizationName ?? "—")}</dd>
      <dt>Blind review now</dt><dd>{values.blindReview ? "On" : "Off"}</dd>
    </dl>
  );
}
