"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { UrlField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { importClaimReviewUrlAction } from "@/lib/server/actions/claimreview";
import type { ClaimReviewImportResult } from "@/lib/workflows/claimreview-import/claimreview-import";
import { ImportOutcome, outcomeSummary } from "./import-outcome";

type Imported = Extract<ClaimReviewImportResult, { status: "imported" }>;

/**
 * One address: the server fetches it (a fact-checker's page, a feed, a JSON answer) and imports its
 * fact-checks, listed as the upload lists them; a refused address says why under the field.
 */
export function ClaimReviewUrlForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [url, setUrl] = useState("");
  const [imported, setImported] = useState<Imported | null>(null);
  const form = useActionForm();

  function submit(event: FormEvent) {
    event.preventDefault();
    setImported(null);
    form.run(() => importClaimReviewUrlAction(slug, { url }), {
      notice: outcomeSummary,
      onSuccess: (result) => {
        setImported(result);
        setUrl("");
        router.refresh();
      },
    });
  }

  return (
    <form id={form.formId} onSubmit={submit} className="mt-4 space-y-3">
      <UrlField
        label="Address of the fact-check"
        id="claimreview-url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        errors={form.fieldErrors.url}
        hint="The server fetches it now and reads its ClaimReview markup, or the JSON it answers."
      />
      <PendingButton type="submit" pending={form.pending} pendingLabel="Fetching the fact-checks…">Import from this address</PendingButton>
      <FormStatus form={form} />
      {/* Outside the live region: a screen reader hears the summary, then reads the list at will. */}
      {imported ? <ImportOutcome result={imported} /> : null}
    </form>
  );
}
