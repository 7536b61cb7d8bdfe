"use client";
import { useEffect, useRef, useState } from "react";
import { cancelJobAction } from "@/lib/server/actions/jobs";
import { readErrorBody } from "@/lib/server/http/error-body";
import { isJobActive, jobStatusUrl, type JobStatus } from "@/lib/jobs/job-status";
import { PendingButton } from "./button";
import { FormStatus } from "./form-status";
import { formatNumber } from "./format";
import { useActionForm } from "./use-action-form";

const POLL_MS = 1000;

const kb = (bytes: number) => (bytes < 1024 * 1024 ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * Any background job's progress: polls its status route while it runs, with a progress bar, a Cancel
 * button, and the download link once its file is ready. `unit` names what is counted ("claims", "files").
 * `onUpdate` hears every status it reads (e.g. to show a job's results once it ends); `cancelledNote`
 * says what a cancel left behind.
 */
export function JobProgress({ slug, initial, label, unit, onUpdate, cancelledNote = "Cancelled: nothing was kept." }: {
  slug: string; initial: JobStatus; label: string; unit: string; onUpdate?: (job: JobStatus) => void; cancelledNote?: string;
}) {
  const [job, setJob] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  // The status polled by fetch keeps its own error; the cancel is a server action like any form's.
  const cancelling = useActionForm();
  const active = isJobActive(job.status);
  const onUpdateRef = useRef(onUpdate);
  useEffect(() => {
    onUpdateRef.current = onUpdate;
  });
  useEffect(() => {
    onUpdateRef.current?.(job);
  }, [job]);

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(jobStatusUrl(slug, job.id), { cache: "no-store" });
        const body = (await response.json().catch(() => null)) as unknown;
        if (stopped) return;
        if (!response.ok) setError(readErrorBody(body, "The job's status could not be read.").message);
        else setJob(body as JobStatus);
      } catch {
        if (!stopped) setError("The job's status could not be read: check your connection. It keeps running on the server.");
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, slug, job.id]);

  const cancel = () => cancelling.run(() => cancelJobAction(slug, { jobId: job.id }), { onSuccess: setJob });

  const counted = job.total === null ? `${formatNumber(job.progress)} ${unit}` : `${formatNumber(job.progress)} of ${formatNumber(job.total)} ${unit}`;
  return (
    <section aria-label={label} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex items-baseline justify-between gap-3">
        <h3 className="text-sm font-medium text-slate-800">{label}</h3>
        <span className="text-xs text-slate-500">{statusText(job)}</span>
      </div>
      {active ? (
        <>
          <progress aria-label={`${label}: progress`} className="mt-3 h-2 w-full accent-blue-700" max={job.total ?? undefined} value={job.total === null ? undefined : job.progress} />
          <div className="mt-2 flex items-center justify-between gap-3">
            <p role="status" className="text-sm text-slate-600">{counted}{job.message ? <> · <bdi>{job.message}</bdi></> : null}</p>
            <PendingButton type="button" variant="secondary" onClick={cancel} pending={cancelling.pending} pendingLabel="Cancelling…">Cancel</PendingButton>
          </div>
        </>
      ) : null}
      {job.status === "SUCCEEDED" && job.file ? (
        <p className="mt-3 text-sm">
          <a href={job.file.url} download={job.file.filename} className="font-medium text-blue-800 underline">Download {job.file.filename}</a>
          <span className="text-slate-500"> ({kb(job.file.size)}{job.expiresAt ? `, kept until ${new Date(job.expiresAt).toUTCString().slice(5, 22)} UTC` : ""})</span>
        </p>
      ) : null}
      {job.status === "FAILED" ? <p role="alert" className="mt-3 text-sm text-red-700">{job.message ?? "The job failed."}</p> : null}
      {job.status === "CANCELLED" ? <p className="mt-3 text-sm text-slate-600">{cancelledNote}</p> : null}
      {error ? <p role="alert" className="mt-3 text-sm text-red-700">{error}</p> : null}
      <div className="mt-2 empty:hidden"><FormStatus form={cancelling} variant="inline" /></div>
    </section>
  );
}

function statusText(job: JobStatus): string {
  switch (job.status) {
    case "QUEUED": return "Waiting to start";
    case "RUNNING": return "Running";
    case "SUCCEEDED": return "Ready";
    case "FAILED": return "Failed";
    case "CANCELLED": return "Cancelled";
  }
}
