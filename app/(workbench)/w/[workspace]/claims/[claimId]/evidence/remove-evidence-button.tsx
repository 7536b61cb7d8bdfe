"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { removeEvidenceAction } from "@/lib/server/actions/evidence";

/** Remove, then confirm in place: no browser dialog, and the keyboard reaches both steps. */
export function RemoveEvidenceButton({ slug, evidenceId }: { slug: string; evidenceId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const form = useActionForm();
  const { pending } = form;

  if (!confirming) {
    return (
      <button type="button" className="rounded-md px-2 py-1 text-xs font-medium text-red-800 hover:bg-red-50" onClick={() => setConfirming(true)}>
        Remove
      </button>
    );
  }
  return (
    <div role="group" aria-label="Confirm removal" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">Remove this evidence from the claim?</span>
      <button
        type="button"
        className="rounded-md bg-red-700 px-2.5 py-1 font-medium text-white hover:bg-red-800 disabled:bg-red-300"
        disabled={pending}
        autoFocus
        onClick={() => form.run(() => removeEvidenceAction(slug, { evidenceId }), { onSuccess: () => router.refresh() })}
      >
        {pending ? "Removing…" : "Yes, remove"}
      </button>
      <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
      <FormStatus form={form} variant="inline" />
    </div>
  );
}
