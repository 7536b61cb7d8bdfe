"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import type { DiffPart } from "@/lib/domain/word-diff";
import { applyCaptureAction, checkSourceAction, dismissCaptureAction } from "@/lib/server/actions/source-checks";
import { SourceDiff } from "./source-diff";

interface Change {
  captureId: string;
  capturedAt: string;
  diff: DiffPart[];
  articleVersion: number;
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const when = (iso: string) => `${dateTime.format(new Date(iso))} UTC`;

/**
 * "Check for changes" and what it found. A change is shown before anything is applied; "Apply these
 * changes" rewrites the text and re-anchors the claims (the report says how each was found again, and
 * those that lost their place are listed), "Keep the current text" leaves the article as it is.
 */
export function SourceChanges({ slug, articleId, canCheck, checkedAt, checkError, pending }: {
  slug: string; articleId: string; canCheck: boolean; checkedAt: string | null; checkError: string | null; pending: Change | null;
}) {
  const router = useRouter();
  const form = useActionForm();
  const [found, setFound] = useState<Change | null>(null);
  // Changes applied or kept here: the page's own data says so only once the refresh has come back.
  const [settled, setSettled] = useState<string[]>([]);
  const [orphans, setOrphans] = useState<{ id: string; exact: string; statement: string }[]>([]);
  const change = found ?? (pending && !settled.includes(pending.captureId) ? pending : null);

  function check() {
    setOrphans([]);
    form.run(() => checkSourceAction(slug, { articleId }), {
      notice: (result) => (result.changed ? null : `No change since ${when(result.unchangedSince ?? result.capturedAt)}.`),
      onSuccess: (result) => {
        setFound(result.changed ? { captureId: result.captureId, capturedAt: result.capturedAt, diff: result.diff, articleVersion: result.articleVersion } : null);
        router.refresh();
      },
    });
  }

  function apply(target: Change) {
    form.run(() => applyCaptureAction(slug, { articleId, captureId: target.captureId, version: target.articleVersion }), {
      notice: ({ anchors }) =>
        `Applied. ${anchors.EXACT} claims stayed in place, ${anchors.RELOCATED + anchors.FUZZY} moved, ${anchors.ORPHANED} lost their place.`,
      onSuccess: (report) => {
        setFound(null);
        setSettled((ids) => [...ids, target.captureId]);
        setOrphans(report.orphaned);
        router.refresh();
      },
    });
  }

  function keep(target: Change) {
    form.run(() => dismissCaptureAction(slug, { articleId, captureId: target.captureId }), {
      notice: "Kept the current text. The page as it is now stays in the capture history.",
      onSuccess: () => {
        setFound(null);
        setSettled((ids) => [...ids, target.captureId]);
        router.refresh();
      },
    });
  }

  return (
    <section id="source-changes" aria-labelledby="source-heading" className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="source-heading" className="font-semibold">Source</h2>
          <p className="text-sm text-slate-600">
            {checkedAt ? `Last checked for changes ${when(checkedAt)}.` : "Not checked for changes since it was captured."}
            {checkError ? <span className="block text-red-800">That check could not read the page: {checkError}</span> : null}
          </p>
        </div>
        {canCheck ? <PendingButton type="button" variant="secondary" pending={form.pending} pendingLabel="Checking…" onClick={check}>Check for changes</PendingButton> : null}
      </div>
      <div className="mt-2"><FormStatus form={form} /></div>
      {orphans.length > 0 ? (
        <div className="mt-3 text-sm">
          <p className="font-medium text-amber-900">These claims lost their place in the new text; re-attach them from the list beside the text:</p>
          <ul className="mt-1 list-disc pl-5">
            {orphans.map((claim) => <li key={claim.id} dir="auto">“{claim.exact}” ({claim.statement})</li>)}
          </ul>
        </div>
      ) : null}
      {change ? (
        <div className="mt-3">
          <h3 className="font-medium">The page has changed since the article&apos;s text was captured</h3>
          <p className="text-sm text-slate-600">Found {when(change.capturedAt)}. Nothing changes in the article until the changes are applied.</p>
          <SourceDiff parts={change.diff} />
          {canCheck ? (
            <div className="mt-3 flex flex-wrap gap-2">
              <PendingButton type="button" pending={form.pending} pendingLabel="Applying and re-anchoring…" onClick={() => apply(change)}>Apply these changes</PendingButton>
              <PendingButton type="button" variant="secondary" pending={form.pending} pendingLabel="Saving…" onClick={() => keep(change)}>Keep the current text</PendingButton>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
