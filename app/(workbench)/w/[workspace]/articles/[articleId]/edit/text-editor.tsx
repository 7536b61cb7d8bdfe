"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, PendingButton } from "@/app/_components/button";
import { TextareaField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { updateArticleTextAction } from "@/lib/server/actions/claims";

export function TextEditor({ slug, articleId, version, body }: { slug: string; articleId: string; version: number; body: string }) {
  const router = useRouter();
  const [text, setText] = useState(body);
  const form = useActionForm();

  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(() => updateArticleTextAction(slug, { articleId, version, body: text }), {
      onSuccess: ({ anchors, evidenceAnchors }) => {
        const moved = anchors.RELOCATED + anchors.FUZZY;
        const evidenceCount = Object.values(evidenceAnchors).reduce((sum, n) => sum + n, 0);
        const evidenceNote = evidenceCount
          ? ` Evidence passages: ${evidenceAnchors.EXACT + evidenceAnchors.RELOCATED + evidenceAnchors.FUZZY} found, ${evidenceAnchors.ORPHANED} lost.`
          : "";
        const summary = `Saved. ${anchors.EXACT} claims stayed in place, ${moved} moved, ${anchors.ORPHANED} lost their place.${evidenceNote}`;
        router.push(`/w/${slug}/articles/${articleId}?saved=${encodeURIComponent(summary)}`);
      },
    });
  }

  return (
    <form id={form.formId} onSubmit={submit} className="mt-6 space-y-4">
      <FormStatus form={form} />
      <TextareaField label="Article text" name="body" rows={24} dir="auto" value={text} onChange={(e) => setText(e.target.value)} errors={form.fieldErrors.body} className="font-serif" />
      <div className="flex gap-2">
        <PendingButton type="submit" pending={form.pending} pendingLabel="Saving and re-anchoring…" disabled={text === body}>Save text</PendingButton>
        <Button type="button" variant="secondary" onClick={() => router.back()}>Cancel</Button>
      </div>
    </form>
  );
}
