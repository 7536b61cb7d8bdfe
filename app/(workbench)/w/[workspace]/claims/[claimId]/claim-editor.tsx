"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { updateClaimAction } from "@/lib/server/actions/claims";
import type { ClaimFigure } from "@/lib/domain/vocabulary";
import { figureLabel } from "@/lib/domain/figure-label";
import { ClaimFields, EMPTY_CLAIM_VALUES, figureToValues, type ClaimFieldValues } from "../../_claims/claim-fields";
import { DraftMatches } from "../../_claims/draft-matches";
import { useLiveEvents } from "@/app/_components/live/live-provider";
import { isSavedByOther } from "@/lib/domain/live-pages";
import { RESYNC_EVENT } from "@/lib/domain/live-events";

interface EditableClaim {
  id: string;
  version: number;
  statement: string;
  claimant: string | null;
  claimDate: string | null;
  figure: ClaimFigure | null;
  tags: string[];
}

function toValues(claim: EditableClaim): ClaimFieldValues {
  return {
    ...EMPTY_CLAIM_VALUES,
    statement: claim.statement,
    claimant: claim.claimant ?? "",
    claimDate: claim.claimDate ?? "",
    tags: claim.tags.join(", "),
    ...figureToValues(claim.figure),
  };
}

type SavedClaim = Omit<EditableClaim, "id">;

export function ClaimEditor({ slug, claim, canEdit, articleLanguage, articleId }: {
  slug: string;
  claim: EditableClaim;
  canEdit: boolean;
  /** The language of the article the claim quotes: it decides how "1,500" is read. */
  articleLanguage: string | null;
  articleId: string;
}) {
  const router = useRouter();
  const [values, setValues] = useState(() => toValues(claim));
  const [version, setVersion] = useState(claim.version);
  // The claim as last loaded. A refresh after something else moved the claim to a new version (the
  // user's own verdict, a resolution) brings the new one; untouched fields follow it, so saving
  // next is not refused as stale. Fields the user has changed stay, and so does the version they
  // were edited on: saving those is refused with what changed, as it should be.
  const [loaded, setLoaded] = useState(claim);
  // Someone else saved the claim while this form holds unsaved changes: said at once (issue 18), not only
  // when the save is refused. Their event names them (`savingBy`); the live refresh that follows brings
  // their version into `loaded`, shown beside the notice. An event that did not change the claim's
  // version (an assignment, a same-claim link) says nothing: the form's changes can still be saved.
  const [savingBy, setSavingBy] = useState<string | null>(null);
  const [savedBy, setSavedBy] = useState<string | null>(null);
  if (claim.version !== loaded.version) {
    setLoaded(claim);
    if (JSON.stringify(values) === JSON.stringify(toValues(loaded))) {
      setValues(toValues(claim));
      setVersion(claim.version);
    } else if (savingBy) {
      setSavedBy(savingBy);
    }
    setSavingBy(null);
  }
  const form = useActionForm();
  const conflict = form.conflict as SavedClaim | null;
  const isDirty = JSON.stringify(values) !== JSON.stringify(toValues(loaded));
  useLiveEvents((message, live) => {
    if (message.name === RESYNC_EVENT || !isDirty || !isSavedByOther(message, { claimId: claim.id, selfId: live.selfId })) return;
    const name = live.nameOf(message.data.actorId!) ?? "Someone";
    // A refresh may have brought their version before their event: the form is already behind it.
    if (version !== loaded.version) setSavedBy(name);
    else setSavingBy(name);
  });

  if (!canEdit) return <ReadOnlyFields claim={claim} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(() => updateClaimAction(slug, { claimId: claim.id, version, ...values }), {
      notice: "Claim saved.",
      onSuccess: (data) => {
        setVersion(data.version);
        setSavedBy(null);
        router.refresh();
      },
    });
  }

  return (
    <form id={form.formId} onSubmit={submit} aria-labelledby="edit-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="edit-heading" className="font-semibold">Claim details</h2>
      <FormStatus form={form} />
      {savedBy && !conflict ? (
        <SavedByOther
          name={savedBy}
          current={loaded}
          onUseTheirs={() => {
            setValues(toValues(loaded));
            setVersion(loaded.version);
            setSavedBy(null);
          }}
        />
      ) : null}
      {conflict ? (
        <ConflictView
          current={conflict}
          onUseTheirs={() => {
            setValues(toValues({ id: claim.id, ...conflict }));
            setVersion(conflict.version);
            setSavedBy(null);
            form.clear();
          }}
          onKeepMine={() => {
            // Having seen their version, saving again on top of it is a decision, not an accident.
            setVersion(conflict.version);
            setSavedBy(null);
            form.fail("Your changes are kept in the form. Save again to replace their version.");
          }}
        />
      ) : null}
      <ClaimFields idPrefix="edit-claim" values={values} onChange={setValues} errors={form.fieldErrors} disabled={form.pending} language={articleLanguage} />
      {/* The saved claim's matches are in "Checked before?" above; an edited statement may have others. */}
      {values.statement !== loaded.statement ? <DraftMatches slug={slug} articleId={articleId} claimId={claim.id} values={values} idPrefix="edit-claim" /> : null}
      <PendingButton type="submit" pending={form.pending} pendingLabel="Saving…" disabled={Boolean(conflict)}>Save changes</PendingButton>
    </form>
  );
}

function ConflictView({ current, onUseTheirs, onKeepMine }: { current: SavedClaim; onUseTheirs: () => void; onKeepMine: () => void }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="claim-conflict">
      <p className="font-medium text-amber-900">The claim as it is saved now (version {current.version}):</p>
      <SavedFields claim={current} />
      <div className="mt-3 flex gap-2">
        <Button type="button" variant="secondary" onClick={onUseTheirs}>Load their version</Button>
        <Button type="button" variant="secondary" onClick={onKeepMine}>Keep editing mine</Button>
      </div>
    </div>
  );
}

function SavedByOther({ name, current, onUseTheirs }: { name: string; current: EditableClaim; onUseTheirs: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="claim-saved-by-other">
      <p className="font-medium text-amber-900">
        {name} saved this claim while you were editing; your changes are not saved yet — review theirs before saving.
      </p>
      <SavedFields claim={current} />
      <div className="mt-3 flex gap-2">
        <Button type="button" variant="secondary" onClick={onUseTheirs}>Load their version</Button>
      </div>
    </div>
  );
}

function SavedFields({ claim }: { claim: Omit<EditableClaim, "id" | "version"> }) {
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
      <dt className="text-slate-500">Statement</dt><dd dir="auto">{claim.statement}</dd>
      <dt className="text-slate-500">Claimant</dt><dd dir="auto">{claim.claimant ?? "—"}</dd>
      <dt className="text-slate-500">Claim date</dt><dd>{claim.claimDate ?? "—"}</dd>
      <dt className="text-slate-500">Figure</dt><dd>{claim.figure ? figureLabel(claim.figure) : "—"}</dd>
      <dt className="text-slate-500">Tags</dt><dd>{claim.tags.length ? claim.tags.join(", ") : "—"}</dd>
    </dl>
  );
}

function ReadOnlyFields({ claim }: { claim: EditableClaim }) {
  return (
    <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="details-heading" className="font-semibold">Claim details</h2>
      <SavedFields claim={claim} />
      <p className="mt-3 text-xs text-slate-500">Only editors and the reviewer who marked this claim can edit it.</p>
    </section>
  );
}
