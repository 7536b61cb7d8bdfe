"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { FileField } from "@/app/_components/file-field";
import type { ClaimReviewImportResult } from "@/lib/data/claimreview-import";

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
      const payload = (await response.json().catch(() => null)) as (ClaimReviewImportResult & { message?: string }) | { message?: string } | null;
      if (payload && "status" in payload && payload.status === "imported") {
        const { imported, duplicates } = payload;
        setResult({
          tone: "ok",
          text: `${payload.file}: imported ${imported.length} ${imported.length === 1 ? "fact-check" : "fact-checks"}${duplicates.length ? `; ${duplicates.length} not imported again` : ""}.`,
          details: duplicates.map((d) => ({ title: d.title, reason: d.reason })),
        });
        setFile(null);
        if (inputRef.current) inputRef.current.value = "";
        router.refresh();
      } else if (payload && "status" in payload && payload.status === "refused") {
        setResult({ tone: "error", text: `${payload.file} was refused: ${payload.reason}`, details: [] });
      } else {
        setResult({ tone: "error", text: payload?.message ?? "The upload failed. Try again.", details: [] });
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
