"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { restoreRemovedLinesAction } from "@/lib/server/actions/article-import";

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
  ad: "Advertisement",
  share: "Share buttons",
  caption: "Photo caption",
  "duplicate-title": "Repeated title",
  "date-line": "Date line",
  byline: "Byline",
};

/**
 * What the import cleaner removed, and for editors a way to put lines back: restored lines return
 * as paragraphs where they stood, and the article's claims are re-anchored as for any text edit.
 */
export function RemovedOnImport({ slug, articleId, version, items, canRestore }: { slug: string; articleId: string; version: number; items: RemovedLine[]; canRestore: boolean }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const form = useActionForm();
  const { pending } = form;
  // Which button started the restore: that one says so while it runs.
  const [restoring, setRestoring] = useState<"chosen" | "all" | null>(null);
  const restorable = items.filter((item) => item.restorable);

  function restore(which: "chosen" | "all", indexes: number[]) {
    setRestoring(which);
    form.run(() => restoreRemovedLinesAction(slug, { articleId, version, items: indexes }), {
      onSuccess: ({ restored, anchors }) => {
        const summary = `Put back ${restored} ${restored === 1 ? "line" : "lines"}. Claims: ${anchors.EXACT} stayed in place, ${anchors.RELOCATED + anchors.FUZZY} moved, ${anchors.ORPHANED} lost their place.`;
        setChosen(new Set());
        router.push(`/w/${slug}/articles/${articleId}?saved=${encodeURIComponent(summary)}`);
      },
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
      <div className="mt-2 empty:hidden"><FormStatus form={form} /></div>
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
          <PendingButton type="button" variant="secondary" pending={pending && restoring === "chosen"} pendingLabel="Putting back…" disabled={pending || chosen.size === 0} onClick={() => restore("chosen", [...chosen])}>
            Put back {chosen.size > 0 ? chosen.size : ""} selected
          </PendingButton>
          <PendingButton type="button" variant="secondary" pending={pending && restoring === "all"} pendingLabel="Putting back…" disabled={pending} onClick={() => restore("all", restorable.map((item) => item.index))}>
            {restorable.length === 1 ? "Put back the line" : `Put back all ${restorable.length} lines`}
          </PendingButton>
          <span className="text-xs text-slate-500">Lines go back as paragraphs where they stood; claims are re-anchored. HTML scripts cannot be put back.</span>
        </div>
      ) : null}
    </details>
  );
}
