"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { PendingButton } from "@/app/_components/button";
import { filterControl } from "@/app/_components/list-controls";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { bulkClaimsAction } from "@/lib/server/actions/claim-bulk";

// What to do with the rows chosen in the claims table: export them (every member), or assign,
// resolve or reopen them (editors and above), all of them or none: a claim changed since the table
// was read stops the whole change, and the message says which.

export interface BulkOptions {
  slug: string;
  reviewers: { id: string; name: string }[];
  ratings: { id: string; label: string }[];
}

type Action = "assign" | "resolve" | "reopen";
const ACTION_LABELS: Record<Action, string> = { assign: "Assign to a reviewer", resolve: "Resolve with a final rating", reopen: "Reopen" };
const DONE: Record<Action, string> = { assign: "assigned", resolve: "resolved", reopen: "reopened" };

interface Chosen {
  id: string;
  version: number;
  statement: string;
}

type Outcome = { id: string; ok: boolean; message?: string };

/** A labelled control, the label tied by id (a label around a select would take in its options' text). */
function Field({ id, label, className = "", children }: { id: string; label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`space-y-1 text-sm font-medium text-slate-800 ${className}`}>
      <label htmlFor={id} className="block">{label}</label>
      {children}
    </div>
  );
}

export function BulkActions({ chosen, options, exportBase, onDone }: { chosen: Chosen[]; options: BulkOptions | null; exportBase: string; onDone: () => void }) {
  const router = useRouter();
  const form = useActionForm();
  const [action, setAction] = useState<Action>("assign");
  const id = useId();
  const count = chosen.length;
  const noun = count === 1 ? "claim" : "claims";
  const exportHref = `${exportBase}${exportBase.includes("?") ? "&" : "?"}scope=filter&ids=${chosen.map((c) => c.id).join(",")}`;
  const failures = ((form.conflict as { results?: Outcome[] } | null)?.results ?? []).filter((r) => !r.ok);
  const fieldMessages = [...new Set(Object.values(form.fieldErrors).flat())];
  const statementOf = new Map(chosen.map((c) => [c.id, c.statement]));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const ids = chosen.map(({ id, version }) => ({ id, version }));
    const input =
      action === "assign" ? { action, ids, reviewerIds: data.get("reviewerId") ? [data.get("reviewerId")] : [] }
      : action === "resolve" ? { action, ids, finalRatingId: data.get("finalRatingId"), resolutionNote: data.get("resolutionNote") }
      : { action, ids, reason: data.get("reason") };
    form.run(() => bulkClaimsAction(options!.slug, input), {
      notice: (result) => `${result.results.length} ${result.results.length === 1 ? "claim" : "claims"} ${DONE[action]}.`,
      onSuccess: () => {
        onDone();
        router.refresh();
      },
    });
  }

  const error = (field: string) => form.fieldErrors[field]?.[0];
  return (
    <section aria-label="Selected claims" className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <p className="text-sm font-medium text-slate-800" aria-live="polite">{count === 0 ? "No claims selected. Tick rows to act on them together." : `${count} ${noun} selected`}</p>
        {count > 0 ? <Link href={exportHref} className="text-sm text-blue-800 underline">Export selected {noun}</Link> : null}
      </div>
      {options ? (
        <form id={form.formId} onSubmit={submit} aria-label="Change the selected claims" className="mt-3 space-y-3">
          <FormStatus form={form}>
            {failures.length ? (
              <ul className="mt-1 list-disc pl-5">
                {failures.map((f) => <li key={f.id}><bdi>{statementOf.get(f.id) ?? f.id}</bdi>: {f.message}</li>)}
              </ul>
            ) : fieldMessages.length ? (
              <ul className="mt-1 list-disc pl-5">{fieldMessages.map((m) => <li key={m}>{m}</li>)}</ul>
            ) : null}
          </FormStatus>
          <div className="flex flex-wrap items-end gap-3">
            <Field id={`${id}-action`} label="Action">
              <select id={`${id}-action`} value={action} onChange={(e) => { setAction(e.target.value as Action); form.clear(); }} className={filterControl}>
                {(Object.keys(ACTION_LABELS) as Action[]).map((a) => <option key={a} value={a}>{ACTION_LABELS[a]}</option>)}
              </select>
            </Field>
            {action === "assign" ? (
              <Field id={`${id}-reviewer`} label="Reviewer">
                <select id={`${id}-reviewer`} name="reviewerId" required className={filterControl} aria-invalid={error("reviewerIds") ? true : undefined}>
                  <option value="">Choose a reviewer</option>
                  {options.reviewers.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
                </select>
              </Field>
            ) : null}
            {action === "resolve" ? (
              <Field id={`${id}-rating`} label="Final rating">
                <select id={`${id}-rating`} name="finalRatingId" required className={filterControl} aria-invalid={error("finalRatingId") ? true : undefined}>
                  <option value="">Choose a rating</option>
                  {options.ratings.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
                </select>
              </Field>
            ) : null}
            {action !== "assign" ? (
              <Field id={`${id}-text`} label={action === "resolve" ? "Resolution note" : "Reason"} className="min-w-64 flex-1">
                <input id={`${id}-text`} name={action === "resolve" ? "resolutionNote" : "reason"} required dir="auto" className={filterControl}
                  aria-invalid={error(action === "resolve" ? "resolutionNote" : "reason") ? true : undefined} />
              </Field>
            ) : null}
            <PendingButton type="submit" pending={form.pending} pendingLabel="Saving…" disabled={count === 0}>
              {action === "assign" ? "Assign" : action === "resolve" ? "Resolve" : "Reopen"} {count} {noun}
            </PendingButton>
          </div>
        </form>
      ) : null}
    </section>
  );
}
