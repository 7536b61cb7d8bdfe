"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { Field, TextareaField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { importPastedArticleAction } from "@/lib/server/actions/article-import";

const EMPTY = { text: "", title: "", url: "", publisher: "", author: "", publishedAt: "", language: "" };
type PasteFields = typeof EMPTY;

export function PasteForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [fields, setFields] = useState<PasteFields>(EMPTY);
  const form = useActionForm();
  const { fieldErrors: errors, pending } = form;
  const set = (name: keyof PasteFields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(() => importPastedArticleAction(slug, fields), {
      onSuccess: ({ articleId, title, removed }) => {
        // The title may be right to left: FSI…PDI isolate it inside the English sentence (the plain-text
        // form of <bdi>, since the message travels in the address to the article page).
        const summary = `Imported "\u2068${title}\u2069".${removed ? ` ${removed} ${removed === 1 ? "line was" : "lines were"} cleaned away; see below.` : ""}`;
        router.push(`/w/${slug}/articles/${articleId}?saved=${encodeURIComponent(summary)}`);
      },
    });
  }

  return (
    <form id={form.formId} onSubmit={submit} className="mt-4 space-y-4">
      <FormStatus form={form} />
      <TextareaField label="Article text" name="text" rows={12} dir="auto" value={fields.text} onChange={set("text")} errors={errors.text} className="font-serif" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Title" name="title" value={fields.title} onChange={set("title")} errors={errors.title} hint="Left blank, the text's first line is the title." dir="auto" />
        <Field label="Address (URL)" name="url" type="url" value={fields.url} onChange={set("url")} errors={errors.url} placeholder="https://" />
        <Field label="Publisher" name="publisher" value={fields.publisher} onChange={set("publisher")} errors={errors.publisher} dir="auto" />
        <Field label="Author" name="author" value={fields.author} onChange={set("author")} errors={errors.author} dir="auto" />
        <Field label="Published on" name="publishedAt" type="date" value={fields.publishedAt} onChange={set("publishedAt")} errors={errors.publishedAt} />
        <Field label="Language" name="language" value={fields.language} onChange={set("language")} errors={errors.language} placeholder="en" hint="A code such as en, ar, fr or es. Left blank, it is identified from the text." />
      </div>
      <PendingButton type="submit" pending={pending} pendingLabel="Importing…">Import article</PendingButton>
    </form>
  );
}
