"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { TextareaField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { isJobActive, type JobStatus } from "@/lib/jobs/job-status";
import { startUrlImportAction } from "@/lib/server/actions/url-import";
import { MAX_URLS_PER_IMPORT } from "@/lib/schemas/url-import";
import { ImportJobPanel } from "./import-job-panel";
import type { LatestImport } from "./upload-form";

/**
 * A list of addresses, one per line, imported as a background job with the bulk upload's progress and
 * per-item results. The results come from the server (the page re-renders as the job moves on), so they
 * are the same after a reload.
 */
export function UrlListForm({ slug, latest }: { slug: string; latest: LatestImport | null }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [started, setStarted] = useState<JobStatus | null>(null);
  const [jobActive, setJobActive] = useState(latest ? isJobActive(latest.job.status) : false);
  const form = useActionForm();
  const seenProgress = useRef<string | null>(null);

  // The job just started, until the re-rendered page knows it too.
  const current = started && started.id !== latest?.job.id ? started : latest?.job ?? null;
  const shown = latest && current?.id === latest.job.id ? latest : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(() => startUrlImportAction(slug, { urls: text }), {
      onSuccess: (job) => {
        setStarted(job);
        setJobActive(true);
        setText("");
        router.refresh();
      },
    });
  }

  function followJob(job: JobStatus) {
    setJobActive(isJobActive(job.status));
    // Each address done (and the end) re-reads the outcomes, so they appear as the job moves on.
    const key = `${job.id}:${job.progress}:${job.status}`;
    if (seenProgress.current !== null && seenProgress.current !== key) router.refresh();
    seenProgress.current = key;
  }

  return (
    <div className="mt-4 space-y-4">
      <form id={form.formId} onSubmit={submit} className="space-y-3">
        <FormStatus form={form} />
        <TextareaField
          label="or paste a list of addresses, one per line"
          id="import-urls"
          name="urls"
          rows={6}
          dir="auto"
          spellCheck={false}
          placeholder={"https://example.org/news/story-one\nhttps://example.org/news/story-two"}
          value={text}
          onChange={(e) => setText(e.target.value)}
          errors={form.fieldErrors.urls}
          disabled={jobActive}
          hint={`Up to ${MAX_URLS_PER_IMPORT} addresses; blank lines are skipped. The pages are fetched in the background: you can leave this page and come back to the results.`}
          className="font-mono"
        />
        <PendingButton type="submit" pending={form.pending} pendingLabel="Starting…" disabled={jobActive}>{jobActive ? "Importing…" : "Import these pages"}</PendingButton>
      </form>
      {current ? <ImportJobPanel slug={slug} current={current} shown={shown} jobActive={jobActive} item="address" onUpdate={followJob} /> : null}
    </div>
  );
}
