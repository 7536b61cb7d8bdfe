"use client";
import { useActionState, useState } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { saveWorkspaceSettings, type SaveSettingsResult } from "@/lib/actions/workspace-settings";

interface Values {
  workspaceId: string;
  version: number;
  name: string;
  description: string;
  organizationName: string;
  blindReview: boolean;
}

export function SettingsForm({ slug, initial }: { slug: string; initial: Values }) {
  const [state, formAction, pending] = useActionState<SaveSettingsResult | null, FormData>(saveWorkspaceSettings.bind(null, slug), null);
  // The form must carry the version it last saw: after a save, the new one; after a conflict, the
  // one the other person saved, so that saving again (having seen their changes) goes through.
  const version = state?.ok ? state.data.version : conflictVersion(state) ?? initial.version;
  // Controlled fields: React resets an uncontrolled form after its action runs, which would throw
  // away what the user typed when the save is refused.
  const [values, setValues] = useState(initial);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};

  return (
    <form action={formAction} className="mt-6 space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="workspaceId" value={initial.workspaceId} />
      <input type="hidden" name="version" value={version} />
      {state?.ok ? <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">Settings saved.</p> : null}
      {state && !state.ok ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{state.message}</p>
          {state.code === "CONFLICT" && state.current ? <ConflictDetails current={state.current} /> : null}
        </div>
      ) : null}
      <Field label="Name" name="name" value={values.name} onChange={(e) => set("name")(e.target.value)} errors={errors.name} required maxLength={120} />
      <Field label="Description" name="description" value={values.description} onChange={(e) => set("description")(e.target.value)} errors={errors.description} />
      <Field
        label="Organisation name"
        name="organizationName"
        value={values.organizationName}
        onChange={(e) => set("organizationName")(e.target.value)}
        errors={errors.organizationName}
        hint="Named as the author of the fact-checks this workspace publishes (ClaimReview exports)."
      />
      <div className="flex items-start gap-3">
        <input id="blindReview" name="blindReview" type="checkbox" checked={values.blindReview} onChange={(e) => set("blindReview")(e.target.checked)} className="mt-1 size-4" />
        <label htmlFor="blindReview" className="text-sm">
          <span className="font-medium">Blind review</span>
          <span className="block text-slate-600">Reviewers do not see each other&apos;s verdicts on a claim until they have recorded their own.</span>
        </label>
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save settings"}</Button>
    </form>
  );
}

function conflictVersion(state: SaveSettingsResult | null): number | null {
  if (!state || state.ok || state.code !== "CONFLICT") return null;
  const version = (state.current as { version?: unknown } | undefined)?.version;
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
