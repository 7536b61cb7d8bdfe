"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { unpublishClaimAction } from "@/lib/server/actions/publishing";

/** Unpublish, after a confirmation that says what readers will get. */
export function UnpublishButton({ slug, claimId }: { slug: string; claimId: string }) {
  const router = useRouter();
  const form = useActionForm();
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <div>
        <FormStatus form={form} />
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>Unpublish</Button>
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby={`${form.formId}-confirm`} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
      <FormStatus form={form} />
      <p id={`${form.formId}-confirm`}>Unpublish this fact-check? Its public page will answer 410 Gone and it leaves the feeds; publishing it again brings the same address back.</p>
      <div className="flex gap-2">
        <PendingButton
          type="button"
          pending={form.pending}
          pendingLabel="Unpublishing…"
          onClick={() => form.run(() => unpublishClaimAction(slug, { claimId }), { notice: "Unpublished.", onSuccess: () => { setConfirming(false); router.refresh(); } })}
        >
          Yes, unpublish
        </PendingButton>
        <Button type="button" variant="ghost" onClick={() => setConfirming(false)} disabled={form.pending}>Cancel</Button>
      </div>
    </div>
  );
}
