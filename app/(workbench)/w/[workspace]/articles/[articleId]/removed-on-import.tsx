"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { restoreRemovedLinesAction } from "@/lib/actions/article-import";

export interface RemovedLine {
  index: number;
  kind: string;
  line: number;
  text: string;
  restorable: boolean;
}

const KIND_LABELS: Record<string, string> = {
  css: "Style sheet",
  script: "Script",
  "html-script": "Script (HTML)",
  furniture: "Site furniture",
  "duplicate-title": "Repeated title",
  "date-line": "Date line",
  byline: "Byline",
  whitespace: "Blank lines",
};

/**
 * What the import cleaner removed, and for editors a way to put lines back: restored lines return
 * as paragraphs where they stood, and the article's claims are re-anchored as for any text edit.
 */
export function RemovedOnImport({ slug, articleId, version, items, canRestore }: { slug: string; articleId: string; version: number; items: RemovedLine[]; canRestore: boolean }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const restorable = items.filter((item) => item.restorable);

  function restore(indexes: number[]) {
    startTransition(async () => {
      const result = await restoreRemovedLinesAction(slug, { articleId, version, items: indexes });
      if (!result.ok) {
        setMessage(result.message);
        return;
      }
      const { restored, anchors } = result.data;
      const summary = `Put back ${restored} ${restored === 1 ? "line" : "lines"}. Claims: ${anchors.EXACT} stayed in place, ${anchors.RELOCATED + anchors.FUZZY} moved, ${anchors.ORPHANED} lost their place.`;
      setChosen(new Set());
      setMessage(null);
      router.push(`/w/${slug}/articles/${articleId}?saved=${encodeURIComponent(summary)}`);
    });
  }

  const toggle = (index: number) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  return (
    <details className="mt-4 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      <summary className="cursor-pointer text-slate-700">Cleaned on import: {items.length} {items.length === 1 ? "line" : "lines"} removed</summary>
      {message ? <p role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-red-800">{message}</p> : null}
      <ul className="mt-2 space-y-1">
        {items.map((item) => (
          <li key={item.index} className="flex items-start gap-3">
            {canRestore ? (
              item.restorable ? (
                <input
                  type="checkbox"
                  aria-label={`Put back line ${item.line}: ${item.text}`}
                  disabled={pending}
                  checked={chosen.has(item.index)}
                  onChange={() => toggle(item.index)}
                  className="mt-1 shrink-0"
                />
              ) : (
                <span className="w-[13px] shrink-0" aria-hidden="true" />
              )
            ) : null}
            <span className="w-44 shrink-0 text-slate-500">{KIND_LABELS[item.kind] ?? item.kind} · line {item.line}</span>
            <code className="break-all text-slate-700" dir="auto">{item.text}</code>
          </li>
        ))}
      </ul>
      {canRestore && restorable.length > 0 ? (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Button type="button" variant="secondary" disabled={pending || chosen.size === 0} onClick={() => restore([...chosen])}>
            Put back {chosen.size > 0 ? chosen.size : ""} selected
          </Button>
          <Button type="button" variant="secondary" disabled={pending} onClick={() => restore(restorable.map((item) => item.index))}>
            {restorable.length === 1 ? "Put back the line" : `Put back all ${restorable.length} lines`}
          </Button>
          <span className="text-xs text-slate-500">Lines go back as paragraphs where they stood; claims are re-anchored. Blank lines and HTML scripts cannot be put back.</span>
        </div>
      ) : null}
    </details>
  );
}
