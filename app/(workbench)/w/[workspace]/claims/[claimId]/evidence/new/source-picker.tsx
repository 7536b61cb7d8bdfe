"use client";
import { useMemo, useState } from "react";

export interface PickableSource {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
}

const SHOWN = 20;

/** The workspace's external sources as radio buttons, narrowed by a search over title, publisher and address. */
export function SourcePicker({ sources, value, onChange, errors, disabled }: {
  sources: PickableSource[];
  value: string;
  onChange: (id: string) => void;
  errors?: string[];
  disabled?: boolean;
}) {
  const [search, setSearch] = useState("");
  const matches = useMemo(() => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    return sources.filter((s) => words.every((word) => [s.title, s.publisher, s.url].some((field) => field?.toLowerCase().includes(word))));
  }, [sources, search]);
  // The chosen source stays visible whatever the search says.
  const shown = [...matches.slice(0, SHOWN), ...sources.filter((s) => s.id === value && !matches.slice(0, SHOWN).includes(s))];

  return (
    <div className="space-y-2">
      <label htmlFor="source-search" className="block text-sm font-medium text-slate-800">Search sources</label>
      <input id="source-search" type="search" dir="auto" value={search} onChange={(e) => setSearch(e.target.value)} disabled={disabled} placeholder="Title, publisher or address" className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm" />
      <div role="radiogroup" aria-label="Sources" aria-describedby={errors?.length ? "source-error" : undefined} aria-invalid={errors?.length ? true : undefined} className="max-h-72 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
        {shown.length === 0 ? <p className="p-2 text-sm text-slate-600">No source matches. Change the search, or describe a new source.</p> : null}
        {shown.map((source) => (
          <label key={source.id} className={`flex items-start gap-2 rounded-md p-2 text-sm hover:bg-slate-50 ${value === source.id ? "bg-blue-50" : ""}`}>
            <input type="radio" name="sourceId" value={source.id} checked={value === source.id} onChange={() => onChange(source.id)} disabled={disabled} className="mt-1 size-4" />
            <span>
              <span dir="auto" className="font-medium">{source.title}</span>
              <span className="block text-xs text-slate-500" dir="auto">
                {[source.publisher, source.publishedAt, source.url].filter(Boolean).join(" · ")}
              </span>
            </span>
          </label>
        ))}
        {matches.length > SHOWN ? <p className="p-2 text-xs text-slate-500">{matches.length - SHOWN} more match; narrow the search.</p> : null}
      </div>
      {errors?.length ? <p id="source-error" className="text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}
