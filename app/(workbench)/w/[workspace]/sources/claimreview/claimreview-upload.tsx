"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { FileField } from "@/app/_components/file-field";
import type { ClaimReviewImportResult } from "@/lib/workflows/claimreview-import/claimreview-import";
import { readErrorBody } from "@/lib/server/http/error-body";

export function ClaimReviewUpload({ slug }: { slug: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ tone: "ok" | "error"; text: string; details: { title: string; reason: string }[] } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setResult({ tone: "error", text: "Choose a ClaimReview .json file first.", details: [] });
      return;
    }
    const body = new FormData();
    body.append("files", file, file.name);
    setPending(true);
    try {
      const response = await fetch(`/w/${slug}/sources/claimreview/file`, { method: "POST", body });
      const payload = (await response.json().catch(() => null)) as unknown;
      if (response.ok && (payload as ClaimReviewImportResult | null)?.status === "imported") {
        const { file: name, imported, duplicates } = payload as Extract<ClaimReviewImportResult, { status: "imported" }>;
        setResult({
          tone: "ok",
          text: `${name}: imported ${imported.length} ${imported.length === 1 ? "fact-check" : "fact-checks"}${duplicates.length ? `; ${duplicates.length} not imported again` : ""}.`,
          details: duplicates.map((d) => ({ title: d.title, reason: d.reason })),
        });
        setFile(null);
        if (inputRef.current) inputRef.current.value = "";
        router.refresh();
      } else {
        // A refused file comes as a 422 whose message says which file and why.
        setResult({ tone: "error", text: readErrorBody(payload, "The upload failed. Try again.").message, details: [] });
      }
    } catch {
      setResult({ tone: "error", text: "The connection was lost during the upload. Try again.", details: [] });
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
        accept=".json,.jsonld,application/json,application/ld+json"
        disabled={pending}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <Button type="submit" disabled={pending}>{pending ? "Importing…" : "Import fact-checks"}</Button>
      {result ? (
        <div role={result.tone === "error" ? "alert" : "status"} className={`rounded-md px-3 py-2 text-sm ${result.tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}>
          <p>{result.text}</p>
          {result.details.length ? <ul className="mt-1 list-disc pl-5">{result.details.map((d, i) => <li key={i}><bdi>{d.title}</bdi>: {d.reason}</li>)}</ul> : null}
        </div>
      ) : null}
    </form>
  );
}
