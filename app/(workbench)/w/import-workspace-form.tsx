"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { formatBytes, tooLargeMessage } from "@/lib/uploads";

type FieldErrors = Record<string, string[] | undefined>;

/** Upload a workspace JSON export as a new workspace; on success, go to it. */
export function ImportWorkspaceForm({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFieldErrors({});
    if (!file) return setFieldErrors({ file: ["Choose the .json file of a workspace export."] });
    // Said before uploading, so nobody waits for 50 MB to travel only to be refused.
    if (file.size > maxBytes) return setError(tooLargeMessage(file.name, file.size, maxBytes));
    const body = new FormData();
    body.set("file", file);
    body.set("slug", slug);
    body.set("name", name);
    setPending(true);
    try {
      const response = await fetch("/api/workspaces/import", { method: "POST", body });
      const result = (await response.json().catch(() => ({}))) as { workspace?: { slug: string }; message?: string; fieldErrors?: FieldErrors };
      if (response.ok && result.workspace) {
        router.push(`/w/${result.workspace.slug}`);
        return;
      }
      setError(result.message ?? "The import failed and nothing was imported. Try again.");
      setFieldErrors(result.fieldErrors ?? {});
    } catch {
      setError("The upload did not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="import-workspace-heading">
      <h2 id="import-workspace-heading" className="font-semibold">Import workspace</h2>
      <p className="text-sm text-slate-600">
        Recreate a workspace from its JSON export, with its articles, claims, evidence, verdicts and history. You become its owner; the people it
        names must already have accounts here.
      </p>
      {error ? <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p> : null}
      <Field
        label="Workspace export (.json)"
        name="file"
        type="file"
        accept=".json,application/json"
        required
        hint={`Up to ${formatBytes(maxBytes)}.`}
        errors={fieldErrors.file}
        onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="New workspace name" name="name" value={name} onChange={(event) => setName(event.currentTarget.value)} hint="Leave empty to keep the exported name." errors={fieldErrors.name} maxLength={120} />
        <Field label="New workspace slug" name="slug" value={slug} onChange={(event) => setSlug(event.currentTarget.value)} hint="Its address: /w/your-slug" errors={fieldErrors.slug} required />
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Importing…" : "Import workspace"}</Button>
    </form>
  );
}
