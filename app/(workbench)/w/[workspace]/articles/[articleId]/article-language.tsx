"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, PendingButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { useActionForm } from "@/app/_components/use-action-form";
import { setArticleLanguageAction } from "@/lib/server/actions/articles";
import { languageName } from "@/lib/domain/languages";

/**
 * The article's language in the reader's header, and for editors a form to change it: search and figure
 * suggestions follow the language, so a wrong one is worth fixing. Saved against the version read.
 */
export function ArticleLanguage({ slug, articleId, version, language, canEdit }: { slug: string; articleId: string; version: number; language: string | null; canEdit: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(language ?? "");
  const form = useActionForm();
  const shown = language ? languageName(language) : "Not identified";

  function save(event: FormEvent) {
    event.preventDefault();
    form.run(() => setArticleLanguageAction(slug, { articleId, version, language: value }), {
      onSuccess: (data) => {
        setEditing(false);
        const saved = data.language ? `Language set to ${languageName(data.language)}.` : "Language cleared: the article is searched word for word.";
        router.push(`/w/${slug}/articles/${articleId}?saved=${encodeURIComponent(saved)}`);
      },
    });
  }
  // One field: whatever was refused (the code, a newer version, no right to change it) is said under it.
  const error = form.outcome?.kind === "error" ? form.fieldErrors.language?.join(" ") ?? form.outcome.message : null;

  if (!editing) {
    return (
      <dd className="flex flex-wrap items-baseline gap-x-3">
        <span data-testid="article-language">{shown}</span>
        {canEdit ? <button type="button" onClick={() => setEditing(true)} className="text-sm text-blue-800 hover:underline">Change language</button> : null}
      </dd>
    );
  }
  return (
    <dd>
      <form id={form.formId} onSubmit={save} className="flex flex-wrap items-end gap-2" aria-label="Article language">
        <div className="w-56">
          <Field
            label="Language code"
            name="language"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            list="article-language-codes"
            errors={error ? [error] : undefined}
            hint="en, ar, fr, es, or another code; blank if not known."
            autoFocus
          />
          <datalist id="article-language-codes">
            {["en", "ar", "fr", "es"].map((code) => <option key={code} value={code}>{languageName(code)}</option>)}
          </datalist>
        </div>
        <PendingButton type="submit" pending={form.pending} pendingLabel="Saving…">Save language</PendingButton>
        <Button type="button" variant="secondary" onClick={() => { setEditing(false); setValue(language ?? ""); form.clear(); }}>Cancel</Button>
      </form>
    </dd>
  );
}
