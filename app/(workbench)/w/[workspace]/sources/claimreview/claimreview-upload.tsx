"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { FileField } from "@/app/_components/file-field";
import type { ClaimReviewImportResult } from "@/lib/workflows/claimreview-import/claimreview-import";
import { readErrorBody } from "@/lib/server/http/error-body";
import { ImportOutcome, outcomeSummary } from "./import-outcome";

type Imported = Extract<ClaimReviewImportResult, { status: "imported" }>;

export function ClaimReviewUpload({ slug }: { slug: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ tone: "ok" | "error"; text: string; imported?: Imported } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setResult({ tone: "error", text: "Choose a ClaimReview file or a fact-check's HTML page first." });
      return;
    }
    const body = new FormData();
    body.append("files", file, file.name);
    setPending(true);
    try {
      const response = await fetch(`/w/${slug}/sources/claimreview/file`, { method: "POST", body });
      const payload = (await response.json().catch(() => null)) as unknown;
      if (response.ok && (payload as ClaimReviewImportResult | null)?.status === "imported") {
        const imported = payload as Imported;
        setResult({ tone: "ok", text: outcomeSummary(imported), imported });
        setFile(null);
        if (inputRef.current) inputRef.current.value = "";
        router.refresh();
      } else {
        // A refused file comes as a 422 whose message says which file and why.
        setResult({ tone: "error", text: readErrorBody(payload, "The upload failed. Try again.").message });
      }
    } catch {
      setResult({ tone: "error", text: "The connection was lost during the upload. Try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="mt-4 space-y-3">
      <FileField
        label="ClaimReview file"
        id="claimreview-file"
        inputRef={inputRef}
        accept=".json,.jsonld,.html,.htm,application/json,application/ld+json,text/html"
        disabled={pending}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <Button type="submit" disabled={pending}>{pending ? "Importing…" : "Import fact-checks"}</Button>
      {result ? (
        <div role={result.tone === "error" ? "alert" : "status"} className={`rounded-md px-3 py-2 text-sm ${result.tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}>
          <p>{result.text}</p>
        </div>
      ) : null}
      {/* Outside the live region: a screen reader hears the summary, then reads the list at will. */}
      {result?.imported ? <ImportOutcome result={result.imported} /> : null}
    </form>
  );
}
