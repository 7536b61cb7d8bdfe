"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { updateClaimAction } from "@/lib/actions/claims";
import type { FieldErrors } from "@/lib/errors";
import type { ClaimFigure } from "@/lib/domain/vocabulary";
import { figureLabel } from "@/lib/domain/figure-label";
import { ClaimFields, EMPTY_CLAIM_VALUES, figureToValues, type ClaimFieldValues } from "../../_claims/claim-fields";

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

interface Conflict {
  message: string;
  current: Omit<EditableClaim, "id">;
}

export function ClaimEditor({ slug, claim, canEdit, articleLanguage }: {
  slug: string;
  claim: EditableClaim;
  canEdit: boolean;
  /** The language of the article the claim quotes: it decides how "1,500" is read. */
  articleLanguage: string | null;
}) {
  const router = useRouter();
  const [values, setValues] = useState(() => toValues(claim));
  const [version, setVersion] = useState(claim.version);
  // The claim as last loaded. A refresh after something else moved the claim to a new version (the
  // user's own verdict, a resolution) brings the new one; untouched fields follow it, so saving
  // next is not refused as stale. Fields the user has changed stay, and so does the version they
  // were edited on: saving those is refused with what changed, as it should be.
  const [loaded, setLoaded] = useState(claim);
  if (claim.version !== loaded.version) {
    setLoaded(claim);
    if (JSON.stringify(values) === JSON.stringify(toValues(loaded))) {
      setValues(toValues(claim));
      setVersion(claim.version);
    }
  }
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [pending, startTransition] = useTransition();

  if (!canEdit) return <ReadOnlyFields claim={claim} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await updateClaimAction(slug, { claimId: claim.id, version, ...values });
      if (result.ok) {
        setVersion(result.data.version);
        setErrors({});
        setConflict(null);
        setStatus({ ok: true, message: "Claim saved." });
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setStatus({ ok: false, message: result.message });
      if (result.code === "CONFLICT" && result.current) setConflict({ message: result.message, current: result.current as Conflict["current"] });
    });
  }

  return (
    <form onSubmit={submit} aria-labelledby="edit-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="edit-heading" className="font-semibold">Claim details</h2>
      {status ? (
        <p role={status.ok ? "status" : "alert"} className={`rounded-md px-3 py-2 text-sm ${status.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>{status.message}</p>
      ) : null}
      {conflict ? (
        <ConflictView
          current={conflict.current}
          onUseTheirs={() => {
            setValues(toValues({ id: claim.id, ...conflict.current }));
            setVersion(conflict.current.version);
            setConflict(null);
            setStatus(null);
          }}
          onKeepMine={() => {
            // Having seen their version, saving again on top of it is a decision, not an accident.
            setVersion(conflict.current.version);
            setConflict(null);
            setStatus({ ok: false, message: "Your changes are kept in the form. Save again to replace their version." });
          }}
        />
      ) : null}
      <ClaimFields idPrefix="edit-claim" values={values} onChange={setValues} errors={errors} disabled={pending} language={articleLanguage} />
      <Button type="submit" disabled={pending || Boolean(conflict)}>{pending ? "Saving…" : "Save changes"}</Button>
    </form>
  );
}

function ConflictView({ current, onUseTheirs, onKeepMine }: { current: Conflict["current"]; onUseTheirs: () => void; onKeepMine: () => void }) {
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
