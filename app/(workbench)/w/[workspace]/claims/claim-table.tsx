"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { COLUMN_LABELS, NUMERIC_COLUMNS, type ClaimColumn, type FixedColumn } from "@/lib/domain/claim-columns";
import type { ClaimStatus } from "@/lib/domain/vocabulary";
import { StatusBadge } from "../_claims/status-badge";
import { RatingBadge } from "./[claimId]/verdicts/rating-badge";
import { BulkActions, type BulkOptions } from "./bulk-actions";

// The claims table: a spreadsheet over one page of claims. Headers sort (links, so the order is in
// the address and survives a reload); checkboxes choose rows for the bulk form below the table.

export interface TableRow {
  id: string;
  version: number;
  statement: string;
  note: string;
  articleTitle: string;
  figure: string | null;
  status: ClaimStatus;
  finalRating: { label: string; colour: string } | null;
  assignees: string[];
  evidence: { SUPPORTS: number; CONTRADICTS: number; CONTEXT: number };
  /** Claims of its same-claim group, itself included (1: in none). */
  groupSize: number;
  ratings: Record<string, { label: string; colour: string }>;
  othersHidden: boolean;
  updatedAt: string;
}

export interface SortState {
  column: string;
  dir: "asc" | "desc";
  /** Where each header's link goes: this column, in the other direction when it is the sort already. */
  hrefs: Record<string, string>;
}

function Cell({ column, row, viewerId, base }: { column: ClaimColumn; row: TableRow; viewerId: string; base: string }) {
  if (column.startsWith("rating:")) {
    const reviewerId = column.slice(7);
    const rating = row.ratings[reviewerId];
    if (rating) return <RatingBadge label={rating.label} colour={rating.colour} />;
    // Hidden alike whether or not they rated: "not rated" beside "hidden" would tell who has.
    if (row.othersHidden && reviewerId !== viewerId) return <span className="text-xs text-slate-500" title="Blind review: shown once you record your verdict">Hidden</span>;
    return <span className="text-slate-400">—</span>;
  }
  switch (column as FixedColumn) {
    case "statement":
      return (
        <>
          <Link href={`${base}/claims/${row.id}`} className="font-medium text-blue-800 hover:underline" dir="auto">{row.statement}</Link>
          {row.note ? <p className="text-xs text-slate-500" dir="auto">{row.note}</p> : null}
        </>
      );
    case "article": return <span dir="auto">{row.articleTitle}</span>;
    case "figure": return <>{row.figure ?? "—"}</>;
    case "status": return <StatusBadge status={row.status} />;
    case "finalRating": return row.finalRating ? <RatingBadge label={row.finalRating.label} colour={row.finalRating.colour} /> : <span className="text-slate-400">—</span>;
    case "assignee": return row.assignees.length ? <span dir="auto">{row.assignees.join(", ")}</span> : <span className="text-slate-400">—</span>;
    case "supporting": return <>{row.evidence.SUPPORTS}</>;
    case "contradicting": return <>{row.evidence.CONTRADICTS}</>;
    case "context": return <>{row.evidence.CONTEXT}</>;
    case "groupSize": return row.groupSize > 1 ? <>{row.groupSize}</> : <span className="text-slate-400">—</span>;
    case "updatedAt": return <span className="whitespace-nowrap">{row.updatedAt}</span>;
  }
}

const NONE: ReadonlySet<string> = new Set();

export function ClaimTable({ base, rows, columns, reviewerNames, sort, viewerId, bulk, exportBase }: {
  /** The workspace's address, /w/<slug>. */
  base: string;
  rows: TableRow[];
  columns: ClaimColumn[];
  reviewerNames: Record<string, string>;
  sort: SortState;
  viewerId: string;
  /** The bulk form's choices; null when the viewer may only export. */
  bulk: BulkOptions | null;
  exportBase: string;
}) {
  // A selection belongs to the rows it was made in: another sort, filter or page starts with none.
  const rowKey = rows.map((row) => row.id).join();
  const [selection, setSelection] = useState<{ rowKey: string; ids: ReadonlySet<string> }>({ rowKey, ids: new Set() });
  const selected = selection.rowKey === rowKey ? selection.ids : NONE;
  const setSelected = (update: ReadonlySet<string> | ((current: ReadonlySet<string>) => ReadonlySet<string>)) =>
    setSelection((current) => {
      const ids = current.rowKey === rowKey ? current.ids : NONE;
      return { rowKey, ids: typeof update === "function" ? update(ids) : update };
    });
  const allBox = useRef<HTMLInputElement>(null);
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = selected.size > 0 && !allSelected;
  }, [selected, allSelected]);

  const toggle = (id: string, on: boolean) => setSelected((current) => {
    const next = new Set(current);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });
  const label = (column: ClaimColumn) => (column.startsWith("rating:") ? `${reviewerNames[column.slice(7)] ?? "Reviewer"}'s rating` : COLUMN_LABELS[column as FixedColumn]);
  const chosen = rows.filter((row) => selected.has(row.id));

  return (
    <>
      {/* Above the table, like a spreadsheet's toolbar: in reach without scrolling past 25 rows. */}
      <BulkActions chosen={chosen.map(({ id, version, statement }) => ({ id, version, statement }))} options={bulk} exportBase={exportBase} onDone={() => setSelected(new Set())} />
      <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Claims, sorted by {label(sort.column as ClaimColumn)}, {sort.dir === "asc" ? "ascending" : "descending"}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="w-10 px-3 py-2">
                <input ref={allBox} type="checkbox" className="size-4" aria-label="Select all claims on this page" checked={allSelected}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((row) => row.id)) : new Set())} />
              </th>
              {columns.map((column) => {
                const active = sort.column === column;
                return (
                  <th key={column} scope="col" aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
                    className={`px-3 py-2 font-medium ${NUMERIC_COLUMNS.has(column) ? "text-right" : ""}`}>
                    <Link href={sort.hrefs[column] ?? "#"} className="inline-flex items-center gap-1 hover:text-slate-900 hover:underline">
                      {label(column)}
                      <span aria-hidden className={active ? "text-slate-900" : "text-slate-300"}>{active && sort.dir === "desc" ? "▼" : "▲"}</span>
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} className={selected.has(row.id) ? "bg-blue-50" : undefined}>
                <td className="px-3 py-2 align-top">
                  <input type="checkbox" className="size-4" aria-label={`Select “${row.statement}”`} checked={selected.has(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} />
                </td>
                {columns.map((column) => (
                  <td key={column} className={`px-3 py-2 align-top text-slate-700 ${NUMERIC_COLUMNS.has(column) ? "text-right tabular-nums" : ""}`}>
                    <Cell column={column} row={row} viewerId={viewerId} base={base} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
