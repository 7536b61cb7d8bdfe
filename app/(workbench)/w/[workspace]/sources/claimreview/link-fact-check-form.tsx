"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { linkFactCheckAction } from "@/lib/actions/claimreview";
import type { Stance } from "@/lib/domain/vocabulary";

const STANCE_LABELS: Record<Stance, string> = { SUPPORTS: "Supports the claim", CONTRADICTS: "Contradicts the claim", CONTEXT: "Gives context" };

export function LinkFactCheckForm({ slug, sourceId, claimId, statement, stance: suggested, note: suggestedNote }: {
  slug: string;
  sourceId: string;
  claimId: string;
  statement: string;
  stance: Stance;
  note: string;
}) {
  const router = useRouter();
  const [stance, setStance] = useState<Stance>(suggested);
  const [note, setNote] = useState(suggestedNote);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `${sourceId}-${claimId}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await linkFactCheckAction(slug, { sourceId, claimId, stance, note });
      if (!result.ok) {
        setMessage(result.fieldErrors ? Object.values(result.fieldErrors).flat().join(" ") : result.message);
        return;
      }
      setMessage(null);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="mt-2 flex flex-wrap items-end gap-3" aria-label={`Link as evidence to: ${statement}`}>
      <div className="space-y-1">
        <label htmlFor={`stance-${id}`} className="block text-xs font-medium text-slate-700">Stance</label>
        <select id={`stance-${id}`} value={stance} onChange={(e) => setStance(e.target.value as Stance)} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
          {(Object.keys(STANCE_LABELS) as Stance[]).map((value) => <option key={value} value={value}>{STANCE_LABELS[value]}</option>)}
        </select>
      </div>
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor={`note-${id}`} className="block text-xs font-medium text-slate-700">Note</label>
        <input id={`note-${id}`} dir="auto" value={note} onChange={(e) => setNote(e.target.value)} className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Linking…" : "Link as evidence"}</Button>
      {message ? <p role="alert" className="w-full text-sm text-red-700">{message}</p> : null}
    </form>
  );
}
