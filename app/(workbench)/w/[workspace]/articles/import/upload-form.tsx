"use client";
import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { FileField } from "@/app/_components/file-field";
import type { FileOutcome } from "@/lib/data/article-import";
import { readEvents } from "./import-events";

const STATUS_LABELS: Record<FileOutcome["status"], string> = { imported: "Imported", duplicate: "Duplicate", refused: "Refused" };
const STATUS_CLASSES: Record<FileOutcome["status"], string> = {
  imported: "bg-green-50 text-green-800",
  duplicate: "bg-amber-50 text-amber-800",
  refused: "bg-red-50 text-red-800",
};

type Phase = "idle" | "running" | "finished" | "cancelled";

export function UploadForm({ slug }: { slug: string }) {
  const [files, setFiles] = useState<File[]>([]);
  const [stripScripts, setStripScripts] = useState(false);
  const [phase, setPhase] = useState<Phase>("idle");
  const [total, setTotal] = useState(0);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (files.length === 0) {
      setError("Choose one or more .txt, .md or .html files first.");
      return;
    }
    const body = new FormData();
    for (const file of files) body.append("files", file, file.name);
    if (stripScripts) body.set("stripScripts", "on");
    const abort = new AbortController();
    abortRef.current = abort;
    setError(null);
    setOutcomes([]);
    setTotal(files.length);
    setPhase("running");
    try {
      const response = await fetch(`/w/${slug}/articles/import/files`, { method: "POST", body, signal: abort.signal });
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as { message?: string } | null;
        setError(payload?.message ?? "The upload failed. Try again.");
        setPhase("idle");
        return;
      }
      let finished: Phase = "finished";
      await readEvents(response, (e) => {
        if (e.type === "start") setTotal(e.total);
        else if (e.type === "file") setOutcomes((previous) => [...previous, e.outcome]);
        else if (e.type === "done" && e.cancelled) finished = "cancelled";
        else if (e.type === "error") setError(e.message);
      });
      setPhase(finished);
    } catch {
      if (abort.signal.aborted) setPhase("cancelled");
      else {
        setError("The connection was lost during the upload. Files listed below as imported were saved; upload the others again.");
        setPhase("finished");
      }
    }
  }

  function reset() {
    setFiles([]);
    setOutcomes([]);
    setPhase("idle");
    if (inputRef.current) inputRef.current.value = "";
  }

  const counts = { imported: 0, duplicate: 0, refused: 0 };
  for (const outcome of outcomes) counts[outcome.status] += 1;
  const running = phase === "running";

  return (
    <div className="mt-4 space-y-4">
      <form onSubmit={submit} className="space-y-4">
        <FileField
          label="Article files"
          id="article-files"
          inputRef={inputRef}
          multiple
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          disabled={running}
          onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          hint={files.length > 0 ? `${files.length} ${files.length === 1 ? "file" : "files"} chosen` : undefined}
        />
        <div className="flex items-start gap-2">
          <input id="strip-scripts" type="checkbox" checked={stripScripts} disabled={running} onChange={(e) => setStripScripts(e.target.checked)} className="mt-0.5" aria-describedby="strip-scripts-hint" />
          <div>
            <label htmlFor="strip-scripts" className="text-sm font-medium text-slate-800">Strip scripts from HTML files</label>
            <p id="strip-scripts-hint" className="text-xs text-slate-500">
              HTML with scripts is refused unless this is ticked. Saved news pages often hold scripts; ticking this drops them (they are never run) and lists them as removed.
            </p>
          </div>
        </div>
        <div className="flex gap-2">
          <Button type="submit" disabled={running}>{running ? "Importing…" : "Import files"}</Button>
          {running ? <Button type="button" variant="secondary" onClick={() => abortRef.current?.abort()}>Cancel</Button> : null}
          {phase === "finished" || phase === "cancelled" ? <Button type="button" variant="secondary" onClick={reset}>Import more</Button> : null}
        </div>
      </form>
      {error ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p> : null}
      {phase !== "idle" ? (
        <div className="space-y-3">
          <div className="space-y-1">
            <label htmlFor="import-progress" className="text-sm text-slate-700">
              {outcomes.length} of {total} {total === 1 ? "file" : "files"} read
            </label>
            <progress id="import-progress" max={total} value={outcomes.length} className="block h-2 w-full" />
          </div>
          <p role="status" className="text-sm text-slate-700">
            {phase === "running" ? "Importing: " : phase === "cancelled" ? "Cancelled: files not yet read were not imported. " : "Done: "}
            {counts.imported} imported, {counts.duplicate} {counts.duplicate === 1 ? "duplicate" : "duplicates"}, {counts.refused} refused.
          </p>
          {outcomes.length > 0 ? <ResultsTable slug={slug} outcomes={outcomes} /> : null}
        </div>
      ) : null}
    </div>
  );
}

function ResultsTable({ slug, outcomes }: { slug: string; outcomes: FileOutcome[] }) {
  return (
    <div className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Import results, one row per file</caption>
        <thead className="sticky top-0 border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">File</th>
            <th scope="col" className="px-3 py-2 font-medium">Result</th>
            <th scope="col" className="px-3 py-2 font-medium">Details</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {outcomes.map((outcome, index) => (
            <tr key={`${index}-${outcome.file}`}>
              <td className="min-w-40 px-3 py-2 font-mono text-xs break-all">{outcome.file}</td>
              <td className="px-3 py-2"><span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_CLASSES[outcome.status]}`}>{STATUS_LABELS[outcome.status]}</span></td>
              <td className="px-3 py-2 text-slate-700" dir="auto">
                {outcome.status === "imported" ? (
                  <>
                    <Link href={`/w/${slug}/articles/${outcome.articleId}`} className="text-blue-800 underline">{outcome.title}</Link>
                    {outcome.removed > 0 ? <span className="text-slate-500"> · {outcome.removed} {outcome.removed === 1 ? "line" : "lines"} cleaned away</span> : null}
                  </>
                ) : (
                  <>
                    Not imported: {outcome.reason}
                    {outcome.status === "duplicate" && outcome.articleId ? <> <Link href={`/w/${slug}/articles/${outcome.articleId}`} className="text-blue-800 underline">Open it</Link></> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
