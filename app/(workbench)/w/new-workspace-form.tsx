"use client";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { createWorkspaceAction } from "@/lib/server/actions/members";

/** Start a workspace: the user becomes its owner and goes straight to it. */
export function NewWorkspaceForm() {
  const router = useRouter();
  const form = useActionForm();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    form.run(() => createWorkspaceAction(data), { onSuccess: ({ slug }) => router.push(`/w/${slug}`) });
  }

  return (
    <form id={form.formId} onSubmit={submit} noValidate aria-labelledby="new-workspace-heading" className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="new-workspace-heading" className="font-semibold">New workspace</h2>
      <p className="text-sm text-slate-600">Start a desk of your own: you become its owner, and invite the others from its Members page.</p>
      <FormStatus form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="new-workspace-name" label="Workspace name" name="name" required maxLength={120} errors={form.fieldErrors.name} />
        <Field id="new-workspace-slug" label="Slug (optional)" name="slug" maxLength={64} hint="Its address, /w/your-slug; made from the name when left empty." errors={form.fieldErrors.slug} />
      </div>
      <PendingButton type="submit" pending={form.pending} pendingLabel="Creating…">Create workspace</PendingButton>
    </form>
  );
}
