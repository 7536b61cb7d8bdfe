"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { FileField } from "@/app/_components/file-field";
import type { FileOutcome } from "@/lib/workflows/article-import/article-import";
import { isJobActive, type JobStatus } from "@/lib/jobs/job-status";
import { ImportJobPanel } from "./import-job-panel";
import { readErrorBody } from "@/lib/server/http/error-body";
import { formatBytes } from "@/lib/uploads";

/** The member's latest import as the server last read it: its job and the files done so far. */
export interface LatestImport {
  job: JobStatus;
  outcomes: FileOutcome[];
}

/**
 * Uploads the chosen files, which start an import job, then follows the job. The results come from the
 * server (the page re-renders when the job ends), so they are the same after a reload.
 */
export function UploadForm({ slug, latest, maxTotalBytes }: { slug: string; latest: LatestImport | null; maxTotalBytes: number }) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [started, setStarted] = useState<JobStatus | null>(null);
  const [jobActive, setJobActive] = useState(latest ? isJobActive(latest.job.status) : false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const wasActive = useRef(jobActive);

  // The job just started, until the re-rendered page knows it too.
  const current = started && started.id !== latest?.job.id ? started : latest?.job ?? null;
  const shown = latest && current?.id === latest.job.id ? latest : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (files.length === 0) {
      setError("Choose one or more .txt, .md or .html files first.");
      return;
    }
    // Said before anything is sent (the server refuses it too): one upload holds at most maxTotalBytes.
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total > maxTotalBytes) {
      setError(`These ${files.length} files are ${formatBytes(total)} in total, over the limit of ${formatBytes(maxTotalBytes)} for one upload. Upload them in parts.`);
      return;
    }
    const body = new FormData();
    for (const file of files) body.append("files", file, file.name);
    setError(null);
    setUploading(true);
    try {
      const response = await fetch(`/w/${slug}/articles/import/files`, { method: "POST", body });
      const payload = (await response.json().catch(() => null)) as unknown;
      if (!response.ok || !(payload as JobStatus | null)?.id) {
        setError(readErrorBody(payload, "The upload failed. Try again.").message);
        return;
      }
      setStarted(payload as JobStatus);
      setJobActive(true);
      wasActive.current = true;
      setFiles([]);
      if (inputRef.current) inputRef.current.value = "";
      router.refresh();
    } catch {
      setError("The connection was lost during the upload, so the import did not start. Try again.");
    } finally {
      setUploading(false);
    }
  }

  function followJob(job: JobStatus) {
    const active = isJobActive(job.status);
    setJobActive(active);
    // Ended while we watched: fetch its results.
    if (wasActive.current && !active) router.refresh();
    wasActive.current = active;
  }

  const busy = uploading || jobActive;
  return (
    <div className="mt-4 space-y-4">
      <form onSubmit={submit} className="space-y-4">
        <FileField
          label="Article files"
          id="article-files"
          inputRef={inputRef}
          multiple
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          disabled={busy}
          onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          hint={files.length > 0 ? `${files.length} ${files.length === 1 ? "file" : "files"} chosen` : undefined}
        />
        <p className="text-xs text-slate-500">
          Scripts in HTML files are removed (never run) and listed with what was cleaned away, as are ads, share buttons, bylines and photo captions.
          A page whose text its scripts build is refused: take it with the &ldquo;Clip to Claimbench&rdquo; bookmarklet instead.
        </p>
        <Button type="submit" disabled={busy}>{uploading ? "Uploading…" : jobActive ? "Importing…" : "Import files"}</Button>
      </form>
      {error ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p> : null}
      {current ? <ImportJobPanel slug={slug} current={current} shown={shown} jobActive={jobActive} item="file" onUpdate={followJob} /> : null}
    </div>
  );
}
