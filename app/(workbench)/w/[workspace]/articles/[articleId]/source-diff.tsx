import { Fragment } from "react";
import { collapseDiff, type DiffPart } from "@/lib/domain/word-diff";

/**
 * A word diff as a reader sees it: added words underlined in green after a "+", removed words struck
 * through in red after a "−" (the signs and the lines say it without colour, and a screen reader
 * hears "added" and "removed"); long unchanged runs are folded, a few words kept on either side.
 */
export function SourceDiff({ parts }: { parts: DiffPart[] }) {
  const shown = collapseDiff(parts);
  const added = parts.filter((part) => part.op === "added").length;
  const removed = parts.filter((part) => part.op === "removed").length;
  return (
    <figure className="mt-3">
      <figcaption className="text-sm text-slate-600">
        {added} {added === 1 ? "passage" : "passages"} added, {removed} removed. Unchanged text is folded.
      </figcaption>
      <div data-testid="source-diff" dir="auto" className="mt-2 max-h-[28rem] overflow-y-auto rounded-md border border-slate-200 bg-white p-4 font-serif leading-relaxed whitespace-pre-wrap">
        {shown.map((part, index) => {
          if (part.op === "skip") {
            return (
              <span key={index} className="mx-1 inline-block rounded bg-slate-100 px-2 font-sans text-xs text-slate-600">
                … {part.words} unchanged {part.words === 1 ? "word" : "words"} …
              </span>
            );
          }
          if (part.op === "added") {
            return (
              <Fragment key={index}>
                {/* The sign outside the element, so the underline does not run through it. */}
                <span aria-hidden="true" className="font-sans font-bold text-green-800">+</span>
                <ins className="rounded-sm bg-green-50 text-green-900 underline decoration-2 underline-offset-2">
                  <span className="sr-only">added: </span>
                  {part.text}
                </ins>
              </Fragment>
            );
          }
          if (part.op === "removed") {
            return (
              <Fragment key={index}>
                <span aria-hidden="true" className="font-sans font-bold text-red-800">−</span>
                <del className="rounded-sm bg-red-50 text-red-900 line-through decoration-2">
                  <span className="sr-only">removed: </span>
                  {part.text}
                </del>
              </Fragment>
            );
          }
          return <span key={index}>{part.text}</span>;
        })}
      </div>
    </figure>
  );
}
