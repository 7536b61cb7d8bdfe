"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { UrlField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { importUrlAction } from "@/lib/server/actions/url-import";

/**
 * One address: the server fetches the page and imports it, then the new article opens. A page the
 * workspace holds already is named with a link to it; a refused page says why under the field.
 */
export function UrlForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [url, setUrl] = useState("");
  const form = useActionForm();
  const existing = (form.conflict as { id?: string } | null)?.id;

  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(() => importUrlAction(slug, { url }), {
      onSuccess: ({ articleId, title, removed }) => {
        // FSI…PDI isolate a right-to-left title inside the English sentence (it travels in the address).
        const summary = `Imported "\u2068${title}\u2069" from the web.${removed ? ` ${removed} ${removed === 1 ? "line was" : "lines were"} cleaned away; see below.` : ""}`;
        router.push(`/w/${slug}/articles/${articleId}?saved=${encodeURIComponent(summary)}`);
      },
    });
  }

  return (
    <form id={form.formId} onSubmit={submit} className="mt-4 space-y-3">
      <FormStatus form={form}>
        {existing ? <p className="mt-1"><Link href={`/w/${slug}/articles/${existing}`} className="font-medium underline">Open the article already here</Link></p> : null}
      </FormStatus>
      <UrlField
        label="Address of the page"
        id="import-url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        errors={form.fieldErrors.url}
        hint="The server fetches the page now and keeps what it received as the article's capture."
      />
      <PendingButton type="submit" pending={form.pending} pendingLabel="Fetching the page…">Import this page</PendingButton>
    </form>
  );
}
