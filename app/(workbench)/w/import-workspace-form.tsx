"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { readErrorBody } from "@/lib/server/http/error-body";
import { formatBytes, tooLargeMessage } from "@/lib/uploads";

type FieldErrors = Record<string, string[] | undefined>;

interface Imported {
  workspace: { slug: string; name: string };
  people: { name: string; email: string; role: string | null }[];
  assignmentsLeftOut: number;
  capturesLeftOut: number;
  publicationsWithNewAddresses: number;
}

/**
 * Upload a workspace JSON export as a new workspace. On success, says who the file names (none of
 * them became a member) before the importer goes to it.
 */
export function ImportWorkspaceForm({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const [imported, setImported] = useState<Imported | null>(null);
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
      const result = (await response.json().catch(() => null)) as Partial<Imported> | null;
      if (response.ok && result?.workspace) {
        // Nobody else to tell about: straight to the workspace.
        if (!result.people?.length && !result.assignmentsLeftOut && !result.capturesLeftOut && !result.publicationsWithNewAddresses) return router.push(`/w/${result.workspace.slug}`);
        setImported({
          workspace: result.workspace, people: result.people ?? [], assignmentsLeftOut: result.assignmentsLeftOut ?? 0, capturesLeftOut: result.capturesLeftOut ?? 0,
          publicationsWithNewAddresses: result.publicationsWithNewAddresses ?? 0,
        });
        router.refresh(); // the list of workspaces above now holds it
        return;
      }
      const failure = readErrorBody(result, "The import failed and nothing was imported. Try again.");
      setError(failure.message);
      setFieldErrors(failure.fields);
    } catch {
      setError("The upload did not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  if (imported) return <ImportedResult imported={imported} onAnother={() => setImported(null)} />;

  return (
    <form onSubmit={submit} className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="import-workspace-heading">
      <h2 id="import-workspace-heading" className="font-semibold">Import workspace</h2>
      <p className="text-sm text-slate-600">
        Recreate a workspace from its JSON export, with its articles, claims, evidence, verdicts and history. You become its only member, as
        owner; the verdicts and history of the people it names are kept as imported, in their names.
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

function ImportedResult({ imported, onAnother }: { imported: Imported; onAnother: () => void }) {
  const { workspace, people, assignmentsLeftOut, capturesLeftOut, publicationsWithNewAddresses: moved } = imported;
  return (
    <section className="mt-4 space-y-3 rounded-lg border border-green-200 bg-white p-5 shadow-sm" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading" className="font-semibold">Imported “{workspace.name}”</h2>
      <p role="status" className="text-sm text-green-800">
        You are its owner and, for now, its only member. Their verdicts and history are kept, marked as imported from this file.
      </p>
      {people.length ? (
        <>
          <p className="text-sm text-slate-700">
            The file names {people.length === 1 ? "1 other person" : `${people.length} other people`}. None of them was made a member: invite the ones
            who should work here, from its Members page.
          </p>
          <ul aria-label="People named in the file" className="divide-y divide-slate-100 text-sm">
            {people.map((person) => (
              <li key={person.email} className="flex flex-wrap justify-between gap-2 py-1.5">
                <span><span className="font-medium">{person.name}</span> · {person.email}</span>
                <span className="text-slate-600">{person.role ? `${person.role.toLowerCase()} in the exported workspace` : "not a member of the exported workspace"}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {assignmentsLeftOut ? (
        <p className="text-sm text-slate-700">
          {assignmentsLeftOut === 1 ? "1 assignment was" : `${assignmentsLeftOut} assignments were`} left out: {assignmentsLeftOut === 1 ? "it assigned a claim" : "they assigned claims"} to people who are not members here.
        </p>
      ) : null}
      {capturesLeftOut ? (
        <p className="text-sm text-slate-700">
          {capturesLeftOut === 1 ? "1 capture of a web page was" : `${capturesLeftOut} captures of web pages were`} left out: the file was exported without the captured originals, and a capture is kept only with its original. The articles and their text are all here.
        </p>
      ) : null}
      {moved ? (
        <p className="text-sm text-slate-700">
          {moved === 1 ? "1 published fact-check has" : `${moved} published fact-checks have`} a new public address: this server already had a fact-check at{" "}
          {moved === 1 ? "its old one" : "their old ones"}. Links to the old {moved === 1 ? "address" : "addresses"} do not lead here; the claim pages show the new ones.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <a href={`/w/${workspace.slug}`} className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">Open {workspace.name}</a>
        <button type="button" onClick={onAnother} className="px-2 py-2 text-sm text-blue-800 underline">Import another</button>
      </div>
    </section>
  );
}
