"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm, type ActionForm } from "@/app/_components/use-action-form";
import { dismissMatchAction, linkClaimAction } from "@/lib/server/actions/claim-links";

// "Same claim" / "Not the same" on a suggested match (issue 17): the matcher's rows on the claim form
// and the claim page place it. Linking joins the two claims' groups; "Not the same" is remembered, so
// the matcher no longer offers the pair. Both are recorded in both claims' history.

/** The failure's own words: the field errors say what is wrong with the pair ("cannot be linked to itself"). */
export function ActionOutcome({ form }: { form: ActionForm }) {
  const reasons = Object.values(form.fieldErrors).flat();
  return (
    <FormStatus form={form} variant="inline">
      {reasons.length ? <ul className="list-inside list-disc">{reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul> : null}
    </FormStatus>
  );
}

export function SameClaimButtons({ slug, claimId, otherId, otherStatement, onDone }: {
  slug: string;
  claimId: string;
  otherId: string;
  /** Names the other claim in the buttons' accessible names, so a list of matches reads well. */
  otherStatement?: string;
  /** After either choice (the page is refreshed in any case). */
  onDone?: (choice: "linked" | "dismissed") => void;
}) {
  const router = useRouter();
  const form = useActionForm();
  const [choice, setChoice] = useState<"linked" | "dismissed" | null>(null);
  const about = otherStatement ? `: ${otherStatement}` : "";
  const run = (made: "linked" | "dismissed") =>
    form.run(() => (made === "linked" ? linkClaimAction : dismissMatchAction)(slug, { claimId, otherId }), {
      notice: made === "linked" ? "Linked as the same claim." : "Marked as not the same claim: it will not be suggested again.",
      onSuccess: () => {
        setChoice(made);
        onDone?.(made);
        router.refresh();
      },
    });

  return (
    <div role="group" aria-label={`Is this the same claim${about}?`} className="flex flex-wrap items-center gap-2">
      {choice ? null : (
        <>
          <Button type="button" variant="secondary" disabled={form.pending} aria-label={`Same claim${about}`} onClick={() => run("linked")}>Same claim</Button>
          <Button type="button" variant="secondary" disabled={form.pending} aria-label={`Not the same${about}`} onClick={() => run("dismissed")}>Not the same</Button>
        </>
      )}
      <ActionOutcome form={form} />
    </div>
  );
}
