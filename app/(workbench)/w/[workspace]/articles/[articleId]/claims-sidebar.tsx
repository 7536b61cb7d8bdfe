"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { reattachClaimAction } from "@/lib/server/actions/claims";
import { CLAIM_STATUS_LABELS } from "@/lib/domain/vocabulary";
import type { ReaderClaim, Span } from "./reader-types";

export function ClaimsSidebar({ slug, claims, suggestionCount, activeId, onJump, selection }: {
  slug: string;
  articleId: string;
  claims: ReaderClaim[];
  suggestionCount: number;
  activeId: string | null;
  onJump: (id: string) => void;
  selection: Span | null;
}) {
  const placed = claims.filter((claim) => claim.anchorStatus !== "ORPHANED");
  const orphans = claims.filter((claim) => claim.anchorStatus === "ORPHANED");
  return (
    <div className="space-y-6">
      {orphans.length ? (
        <section aria-labelledby="orphans-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="orphans-heading" className="font-semibold text-amber-900">Claims that lost their place ({orphans.length})</h2>
          <p className="mt-1 text-sm text-amber-900">The text changed and these quotes were not found. Select the passage where each belongs, then re-attach it.</p>
          <ul className="mt-3 space-y-3">
            {orphans.map((claim) => <Orphan key={claim.id} slug={slug} claim={claim} selection={selection} />)}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading" className="font-semibold">Claims in this article ({placed.length})</h2>
        {placed.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            No claims yet. Select a passage and press <kbd className="rounded border px-1">c</kbd>, or click a figure underlined as a suggestion.
          </p>
        ) : (
          <ol className="mt-2 space-y-1">
            {placed.map((claim) => (
              <li key={claim.id}>
                <button
                  type="button"
                  onClick={() => onJump(claim.id)}
                  aria-current={claim.id === activeId ? "true" : undefined}
                  className={`w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 ${claim.id === activeId ? "bg-blue-50" : ""}`}
                >
                  <span className="mr-2 inline-block size-2.5 rounded-full align-middle" style={{ backgroundColor: claim.colour ?? "#f59e0b" }} aria-hidden />
                  <span dir="auto">{claim.statement}</span>
                  <span className="block pl-4.5 text-xs text-slate-600">{claim.ratingLabel ?? CLAIM_STATUS_LABELS[claim.status]}{claim.figureLabel ? ` · ${claim.figureLabel}` : ""}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        {suggestionCount ? <p className="mt-3 text-xs text-slate-500">{suggestionCount} suggested figures are underlined in the text.</p> : null}
      </section>
    </div>
  );
}

function Orphan({ slug, claim, selection }: { slug: string; claim: ReaderClaim; selection: Span | null }) {
  const router = useRouter();
  const form = useActionForm();
  return (
    <li className="rounded-md bg-white p-3 text-sm shadow-sm">
      <p className="font-medium" dir="auto">{claim.statement}</p>
      <blockquote dir="auto" className="mt-1 border-s-4 border-slate-300 ps-2 font-serif text-slate-700">{claim.exact}</blockquote>
      {claim.canEdit ? (
        <Button
          type="button"
          variant="secondary"
          className="mt-2"
          disabled={!selection || form.pending}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => selection && form.run(() => reattachClaimAction(slug, { claimId: claim.id, version: claim.version, ...selection }), { onSuccess: () => router.refresh() })}
        >
          {form.pending ? "Re-attaching…" : selection ? "Re-attach to the selected text" : "Select text to re-attach"}
        </Button>
      ) : null}
      <FormStatus form={form} variant="inline" />
    </li>
  );
}
