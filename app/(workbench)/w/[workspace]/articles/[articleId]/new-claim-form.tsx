"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { Button, PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { createClaimAction, dismissSuggestionAction } from "@/lib/server/actions/claims";
import { chooseFigure, type FigureChoice } from "@/lib/domain/figure-choice";
import { detectFigures, type DetectedFigure } from "@/lib/domain/figures";
import { figureLanguageOfArticle } from "@/lib/domain/languages";
import { sentenceAround } from "@/lib/domain/sentences";
import { ClaimFields, EMPTY_CLAIM_VALUES, figureToValues, type ClaimFieldValues } from "../../_claims/claim-fields";
import { DraftMatches } from "../../_claims/draft-matches";
import { FigureChoices } from "./figure-choices";
import type { ReaderArticle, Span, Suggestion } from "./reader-types";

/** A clicked suggestion is its own figure; a selection's figure is the quantity it is about, not its first number. */
function initialChoice(span: Span, language: string | null, suggestion?: Suggestion): FigureChoice {
  if (suggestion) return { chosen: suggestion, others: [] };
  // A selection is too short to tell its language: it is read in the article's.
  return chooseFigure(detectFigures(span.exact, { language: figureLanguageOfArticle(language) }), { text: span.exact });
}

/** Pre-fills what the text already says: the sentence, the article's author, its date, the figure. */
function initialValues(article: ReaderArticle, span: Span, figure: DetectedFigure | null): ClaimFieldValues {
  return {
    ...EMPTY_CLAIM_VALUES,
    statement: sentenceAround(article.body, span.start, span.end),
    claimant: article.author ?? article.publisher ?? "",
    claimDate: article.publishedAt?.slice(0, 10) ?? "",
    ...figureToValues(figure),
  };
}

export function NewClaimForm({ slug, article, span, suggestion, autoFocus, onDone }: {
  slug: string;
  article: ReaderArticle;
  span: Span;
  suggestion?: Suggestion;
  /** Opened from the keyboard: focus goes to the statement, the first thing to write. */
  autoFocus: boolean;
  onDone: (claimId: string | null) => void;
}) {
  const router = useRouter();
  const form = useActionForm();
  useEffect(() => {
    // One new-claim form is open at a time, so its statement's id is the page's only one.
    if (autoFocus) document.getElementById("new-claim-statement")?.focus({ preventScroll: true });
  }, [autoFocus]);
  const [choice, setChoice] = useState(() => initialChoice(span, article.language, suggestion));
  const [values, setValues] = useState(() => initialValues(article, span, choice.chosen));
  const { fieldErrors: errors, pending } = form;

  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(() => createClaimAction(slug, { articleId: article.id, ...span, ...values }), {
      onSuccess: (data) => {
        router.refresh();
        onDone(data.id);
      },
    });
  }

  // Taking another figure swaps it with the pre-filled one, so the choice can be undone in one click too.
  function pickFigure(figure: DetectedFigure) {
    const all = [...choice.others, ...(choice.chosen ? [choice.chosen] : [])].sort((a, b) => a.start - b.start);
    setChoice({ chosen: figure, others: all.filter((other) => other !== figure) });
    setValues((current) => ({ ...current, ...figureToValues(figure) }));
  }

  const spanErrors = [...(errors.exact ?? []), ...(errors.start ?? []), ...(errors.end ?? [])];
  return (
    <form id={form.formId} onSubmit={submit} aria-labelledby="new-claim-heading" className="space-y-4 rounded-lg border border-blue-200 bg-white p-4 shadow-sm">
      <h2 id="new-claim-heading" className="font-semibold">New claim</h2>
      <figure>
        <figcaption className="text-xs font-medium tracking-wide text-slate-500 uppercase">Quote</figcaption>
        <blockquote dir="auto" className="mt-1 max-h-32 overflow-y-auto border-s-4 border-amber-300 ps-3 font-serif text-sm whitespace-pre-wrap" data-testid="claim-quote">{span.exact}</blockquote>
        {spanErrors.length ? <p className="mt-1 text-sm text-red-700" role="alert">{spanErrors.join(" ")}</p> : null}
      </figure>
      {/* An error about the quote is said beside it, in place of the general message. */}
      {spanErrors.length ? null : <FormStatus form={form} />}
      <ClaimFields idPrefix="new-claim" values={values} onChange={setValues} errors={errors} disabled={pending} language={article.language}
        figureChoices={<FigureChoices others={choice.others} onPick={pickFigure} disabled={pending} />} />
      <DraftMatches slug={slug} articleId={article.id} values={values} idPrefix="new-claim" />
      <div className="flex gap-2">
        <PendingButton type="submit" pending={pending} pendingLabel="Saving…">Save claim</PendingButton>
        <Button type="button" variant="secondary" onClick={() => onDone(null)} title="Cancel (Esc)">Cancel</Button>
      </div>
      {suggestion ? <DismissSuggestion slug={slug} articleId={article.id} span={span} onDone={() => onDone(null)} /> : null}
    </form>
  );
}

function DismissSuggestion({ slug, articleId, span, onDone }: { slug: string; articleId: string; span: Span; onDone: () => void }) {
  const router = useRouter();
  const form = useActionForm();
  const dismiss = () =>
    form.run(() => dismissSuggestionAction(slug, { articleId, ...span }), {
      onSuccess: () => {
        router.refresh();
        onDone();
      },
    });
  return (
    <div className="border-t border-slate-100 pt-3 text-sm">
      <button type="button" disabled={form.pending} className="text-slate-600 underline hover:text-slate-900" onClick={dismiss}>
        {form.pending ? "Dismissing…" : "Not a claim: dismiss this suggestion"}
      </button>
      <FormStatus form={form} variant="inline" />
    </div>
  );
}
