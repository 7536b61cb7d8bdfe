"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { removeEvidenceAction } from "@/lib/actions/evidence";

/** Remove, then confirm in place: no browser dialog, and the keyboard reaches both steps. */
export function RemoveEvidenceButton({ slug, evidenceId }: { slug: string; evidenceId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

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
        onClick={() =>
          startTransition(async () => {
            const result = await removeEvidenceAction(slug, { evidenceId });
            if (!result.ok) return setError(result.message);
            router.refresh();
          })
        }
      >
        {pending ? "Removing…" : "Yes, remove"}
      </button>
      <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
      {error ? <p role="alert" className="w-full text-red-700">{error}</p> : null}
    </div>
  );
}
