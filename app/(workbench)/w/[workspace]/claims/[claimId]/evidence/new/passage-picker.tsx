"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { TextareaField } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { addArticleEvidenceAction } from "@/lib/server/actions/evidence";
import { splitParagraphs } from "@/lib/domain/paragraphs";
import { useCaretBrowsing } from "../../../../articles/[articleId]/caret-browsing";
import { spanFromSelection } from "../../../../articles/[articleId]/text-offsets";
import type { Span } from "../../../../articles/[articleId]/reader-types";
import { StanceFieldset } from "./stance-fieldset";

interface Props {
  slug: string;
  claimId: string;
  article: { id: string; body: string };
  /** The claim's own span when the article is the claim's: shown, so the reviewer sees what is claimed. */
  claimSpan: { start: number; end: number } | null;
}

/** The article's text, plain, with the passage chosen by selecting it; beside it, the stance and a note. */
export function PassagePicker({ slug, claimId, article, claimSpan }: Props) {
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => splitParagraphs(article.body), [article.body]);
  const [span, setSpan] = useState<Span | null>(null);
  const [stance, setStance] = useState("");
  const [note, setNote] = useState("");
  const form = useActionForm();
  const { fieldErrors: errors, pending } = form;

  // The last selection made inside the text is the passage; clicking into the form keeps it. It is
  // read when a press ends, never during a drag: the passage box below has a fixed height, and
  // nothing on the page changes size or re-renders under the pointer while the reviewer selects.
  const readSelection = useCallback(() => {
    const container = textRef.current;
    const selected = container ? spanFromSelection(container, article.body, window.getSelection()) : null;
    if (selected) setSpan(selected);
  }, [article.body]);
  const { caret, isDragging, handlers } = useCaretBrowsing(textRef, { onRelease: readSelection });
  useEffect(() => {
    const onSelectionChange = () => isDragging() || readSelection();
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [readSelection, isDragging]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const passage = span ?? { start: 0, end: 0, exact: "" };
    form.run(() => addArticleEvidenceAction(slug, { claimId, articleId: article.id, ...passage, stance, note }), {
      onSuccess: () => {
        router.push(`/w/${slug}/claims/${claimId}`);
        router.refresh();
      },
    });
  }

  const hintId = useId();
  const passageErrors = [...new Set([...(errors.exact ?? []), ...(errors.start ?? []), ...(errors.end ?? [])])];
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="relative">
        <div ref={textRef} id="article-text" tabIndex={0} role="region" aria-label="Article body" aria-describedby={passageErrors.length ? `${hintId} ${hintId}-error` : hintId} data-testid="article-body" {...handlers}
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 font-serif text-lg leading-relaxed text-slate-900">
          {paragraphs.map((paragraph) => (
            <p key={paragraph.start} dir="auto" data-start={paragraph.start} className="whitespace-pre-wrap">
              <ParagraphText text={paragraph.text} offset={paragraph.start} mark={claimSpan} />
            </p>
          ))}
        </div>
        {caret ? <span aria-hidden data-testid="caret" className="pointer-events-none absolute w-0.5 bg-slate-900" style={{ top: caret.top, left: caret.left, height: caret.height }} /> : null}
      </div>
      <form id={form.formId} onSubmit={submit} aria-labelledby="link-passage-heading" className="space-y-4 self-start rounded-lg border border-blue-200 bg-white p-4 shadow-sm lg:sticky lg:top-4">
        <h3 id="link-passage-heading" className="font-semibold">Link the passage</h3>
        {/* An error about the passage is said beside it, in place of the general message. */}
        {passageErrors.length ? null : <FormStatus form={form} />}
        <figure>
          <figcaption className="text-xs font-medium tracking-wide text-slate-500 uppercase">Passage</figcaption>
          {/* One fixed height whether it holds the hint or a passage: the page never changes length when a
              selection is made (at the bottom of a short page that moved the text under the pointer). */}
          <p id={hintId} className="mt-1 text-xs text-slate-600">
            Select it in the text with the mouse, or from the keyboard: Tab into the text, move with the arrow keys and hold Shift to select (with Ctrl, word by word).
          </p>
          <div className="mt-2 h-40 overflow-y-auto">
            {span ? (
              <blockquote dir="auto" data-testid="selected-passage" className="border-s-4 border-sky-300 ps-3 font-serif text-sm whitespace-pre-wrap">{span.exact}</blockquote>
            ) : (
              <p className="text-sm text-slate-500 italic">Nothing selected yet.</p>
            )}
          </div>
          {passageErrors.length ? <p role="alert" id={`${hintId}-error`} className="mt-1 text-sm text-red-700">{passageErrors.join(" ")}</p> : null}
        </figure>
        <StanceFieldset name="stance" value={stance} onChange={setStance} errors={errors.stance} disabled={pending} />
        <TextareaField label="Note" name="note" rows={3} dir="auto" value={note} onChange={(e) => setNote(e.target.value)} errors={errors.note} hint="Why this passage matters for the claim (optional)." disabled={pending} />
        <PendingButton type="submit" pending={pending} pendingLabel="Linking…">Link evidence</PendingButton>
      </form>
    </div>
  );
}

/** A paragraph's text with the claim's own span marked, when it falls in this paragraph. */
function ParagraphText({ text, offset, mark }: { text: string; offset: number; mark: { start: number; end: number } | null }) {
  if (!mark || mark.end <= offset || mark.start >= offset + text.length) return <>{text}</>;
  const from = Math.max(mark.start - offset, 0);
  const to = Math.min(mark.end - offset, text.length);
  return (
    <>
      {text.slice(0, from)}
      <mark className="rounded-sm bg-amber-200" title="The claim">{text.slice(from, to)}</mark>
      {text.slice(to)}
    </>
  );
}
