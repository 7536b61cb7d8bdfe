"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { addArticleEvidenceAction } from "@/lib/server/actions/evidence";
import type { EvidenceSuggestion } from "@/lib/data/evidence/evidence-suggestions";
import { STANCES, type Stance } from "@/lib/domain/vocabulary";
import { STANCE_TEXT } from "./evidence-labels";

/** Passages of the workspace's articles that may bear on the claim; one click links one with a stance. */
export function SuggestedEvidence({ slug, claimId, suggestions }: { slug: string; claimId: string; suggestions: EvidenceSuggestion[] }) {
  return (
    <section aria-labelledby="suggested-evidence-heading" className="rounded-md bg-slate-50 p-4">
      <h3 id="suggested-evidence-heading" className="text-sm font-semibold">Suggested evidence</h3>
      <p className="mt-1 text-xs text-slate-600">
        Passages of this workspace&apos;s articles that speak of the same thing, best match first. Read each before linking it.
      </p>
      <ol className="mt-3 space-y-3">
        {suggestions.map((suggestion) => (
          <Suggestion key={`${suggestion.articleId}:${suggestion.start}`} slug={slug} claimId={claimId} suggestion={suggestion} />
        ))}
      </ol>
    </section>
  );
}

function Suggestion({ slug, claimId, suggestion }: { slug: string; claimId: string; suggestion: EvidenceSuggestion }) {
  const router = useRouter();
  const form = useActionForm();
  // Which stance is being linked: that button says so while the others wait.
  const [linking, setLinking] = useState<Stance | null>(null);
  const labelId = `suggestion-${suggestion.articleId}-${suggestion.start}`;

  function link(stance: Stance) {
    const { articleId, start, end, text: exact } = suggestion;
    setLinking(stance);
    form.run(() => addArticleEvidenceAction(slug, { claimId, articleId, start, end, exact, stance }), { onSuccess: () => router.refresh() });
  }

  return (
    <li aria-labelledby={labelId} className="rounded-md border border-slate-200 bg-white p-3" data-testid="evidence-suggestion">
      <p id={labelId} className="text-xs text-slate-500">
        From <span dir="auto" className="font-medium text-slate-700">{suggestion.articleTitle}</span>
        {suggestion.figure ? <> · figure: <span dir="auto">{suggestion.figure}</span></> : null}
      </p>
      <blockquote dir="auto" className="mt-1 max-h-40 overflow-y-auto border-s-4 border-sky-300 ps-3 font-serif text-sm whitespace-pre-wrap">{suggestion.text}</blockquote>
      <div role="group" aria-label="Link this passage as evidence" className="mt-2 flex flex-wrap items-center gap-2">
        <span className="text-xs text-slate-600">Link as:</span>
        {STANCES.map((stance) => (
          <PendingButton key={stance} type="button" variant="secondary" pending={form.pending && linking === stance} pendingLabel="Linking…" disabled={form.pending} title={STANCE_TEXT[stance].hint} onClick={() => link(stance)}>
            {STANCE_TEXT[stance].button}
          </PendingButton>
        ))}
      </div>
      <FormStatus form={form} variant="inline" />
    </li>
  );
}
