"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { TextareaField } from "@/app/_components/field";
import { updateArticleTextAction } from "@/lib/actions/claims";
import type { FieldErrors } from "@/lib/errors";

export function TextEditor({ slug, articleId, version, body }: { slug: string; articleId: string; version: number; body: string }) {
  const router = useRouter();
  const [text, setText] = useState(body);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await updateArticleTextAction(slug, { articleId, version, body: text });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        return;
      }
      const { anchors, evidenceAnchors } = result.data;
      const moved = anchors.RELOCATED + anchors.FUZZY;
      const evidenceCount = Object.values(evidenceAnchors).reduce((sum, n) => sum + n, 0);
      const evidenceNote = evidenceCount
        ? ` Evidence passages: ${evidenceAnchors.EXACT + evidenceAnchors.RELOCATED + evidenceAnchors.FUZZY} found, ${evidenceAnchors.ORPHANED} lost.`
        : "";
      const summary = `Saved. ${anchors.EXACT} claims stayed in place, ${moved} moved, ${anchors.ORPHANED} lost their place.${evidenceNote}`;
      router.push(`/w/${slug}/articles/${articleId}?saved=${encodeURIComponent(summary)}`);
    });
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-4">
      {message ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{message}</p> : null}
      <TextareaField label="Article text" name="body" rows={24} dir="auto" value={text} onChange={(e) => setText(e.target.value)} errors={errors.body} className="font-serif" />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending || text === body}>{pending ? "Saving and re-anchoring…" : "Save text"}</Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>Cancel</Button>
      </div>
    </form>
  );
}
