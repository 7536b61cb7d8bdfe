"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { REQUIRED_COLUMN, type ClaimColumn } from "@/lib/domain/claim-columns";

// Which columns the claims table shows, remembered per user in a cookie (claim-columns.ts says why a
// cookie): the server reads it and renders only those columns.

const YEAR_SECONDS = 365 * 24 * 60 * 60;

function rememberColumns(cookieName: string, columns: readonly ClaimColumn[]) {
  document.cookie = `${cookieName}=${encodeURIComponent(columns.join(","))}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
}

export function ColumnChooser({ cookieName, columns, shown }: { cookieName: string; columns: { id: ClaimColumn; label: string }[]; shown: ClaimColumn[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // Ticked at once; the table follows when the server has rendered it again.
  const [ticked, setTicked] = useState<readonly ClaimColumn[]>(shown);

  function toggle(id: ClaimColumn, on: boolean) {
    const next = columns.map((c) => c.id).filter((c) => (c === id ? on : ticked.includes(c)));
    setTicked(next);
    rememberColumns(cookieName, next);
    startTransition(() => router.refresh());
  }

  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-100">Columns</summary>
      <fieldset className="absolute right-0 z-10 mt-1 w-64 space-y-1 rounded-md border border-slate-200 bg-white p-3 shadow-lg" aria-busy={pending || undefined}>
        <legend className="sr-only">Columns to show</legend>
        {columns.map((column) => (
          <label key={column.id} className="flex items-center gap-2">
            <input type="checkbox" className="size-4" checked={ticked.includes(column.id)} disabled={column.id === REQUIRED_COLUMN}
              onChange={(e) => toggle(column.id, e.target.checked)} />
            <span dir="auto">{column.label}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
