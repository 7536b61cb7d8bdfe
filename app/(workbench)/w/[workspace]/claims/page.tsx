import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { FilterField, filterControl } from "@/app/_components/list-controls";
import { formatDate, formatNumber } from "@/app/_components/format";
import { listClaimFilterOptions } from "@/lib/data/claims/claim-search";
import { listClaimTable } from "@/lib/data/claims/claim-table";
import { getRatingScale } from "@/lib/data/workspaces/rating-scale";
import { listMembers } from "@/lib/data/workspaces/workspaces";
import { allColumns, columnsCookieName, COLUMN_LABELS, parseColumns, type ClaimColumn, type FixedColumn } from "@/lib/domain/claim-columns";
import { DISAGREEMENT_KINDS, DISAGREEMENT_LABELS } from "@/lib/domain/disagreements";
import { figureLabel } from "@/lib/domain/figure-label";
import { canAssignReviewers, canBeAssigned, canResolveClaim } from "@/lib/domain/permissions";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from "@/lib/domain/vocabulary";
import { encodeCursor, paginationShape } from "@/lib/schemas/api";
import { claimTableQuerySchema, tableCursorKey, tableSeekOf, type ClaimTableQuery } from "@/lib/schemas/claim-table";
import { toFieldErrors, safeParseInput } from "@/lib/schemas/common";
import { openWorkspacePage, type SearchParams } from "@/lib/server/http/page";
import { exportHref } from "../reports/export-href";
import { LiveRefresh } from "@/app/_components/live/live-refresh";
import { ClaimFilters } from "./claim-filters";
import { ClaimTable, type TableRow } from "./claim-table";
import { ColumnChooser } from "./column-chooser";

export const metadata: Metadata = { title: "Claims" };

const FILTER_KEYS = ["q", "article", "status", "tag", "claimant", "figure", "disagreement", "checked"] as const;

/** The query string of this table with `changes` applied; empty values left out. */
function tableHref(base: string, query: ClaimTableQuery, changes: Record<string, string | undefined>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ids: undefined, ...changes })) if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  return params.size ? `${base}/claims?${params}` : `${base}/claims`;
}

export default async function ClaimsPage(props: { params: Promise<{ workspace: string }>; searchParams: SearchParams }) {
  const { slug, base, user, role, search: raw } = await openWorkspacePage(props, { path: "claims" });
  const parsed = safeParseInput(claimTableQuerySchema, raw);
  const query: ClaimTableQuery = parsed.success ? parsed.data : claimTableQuerySchema.parse({});
  const cursor = paginationShape.cursor.safeParse(raw.cursor);
  const after = cursor.success && cursor.data ? tableSeekOf(query, cursor.data) : null;
  const queryErrors = [...(parsed.success ? [] : Object.values(toFieldErrors(parsed.error)).flat()), ...(raw.cursor && !after ? ["The page link was not understood, so the first page is shown."] : [])];
  const canBulk = canAssignReviewers(role) || canResolveClaim(role);
  const [page, options, members, scale, jar] = await Promise.all([
    listClaimTable({ actor: user, slug, query, after, withTotal: true }),
    listClaimFilterOptions({ actor: user, slug }),
    canBulk ? listMembers({ actor: user, slug }) : Promise.resolve([]),
    canBulk ? getRatingScale({ actor: user, slug }) : Promise.resolve(null),
    cookies(),
  ]);

  const cookieName = columnsCookieName(user.id);
  const reviewerIds = page.reviewers.map((r) => r.id);
  const columns = parseColumns(jar.get(cookieName)?.value, reviewerIds);
  const reviewerNames = Object.fromEntries(page.reviewers.map((r) => [r.id, r.name]));
  const labelOf = (column: ClaimColumn) => (column.startsWith("rating:") ? `${reviewerNames[column.slice(7)]}'s rating` : COLUMN_LABELS[column as FixedColumn]);
  const sortColumn = query.sort ?? "updatedAt";
  const dir = query.dir ?? (sortColumn === "updatedAt" ? "desc" : "asc");
  const hrefs = Object.fromEntries(allColumns(reviewerIds).map((column) => [column, tableHref(base, query, { sort: column, dir: column === sortColumn && dir === "asc" ? "desc" : "asc" })]));
  const rows: TableRow[] = page.rows.map((row) => ({
    id: row.id,
    version: row.version,
    statement: row.statement,
    note: [row.claimant, ...row.tags.map((tag) => `#${tag}`)].filter(Boolean).join(" · "),
    articleTitle: row.article.title,
    figure: row.figure ? figureLabel(row.figure) : null,
    status: row.status,
    finalRating: row.finalRating,
    assignees: row.assignees.map((a) => a.name),
    evidence: row.evidence,
    groupSize: row.groupSize,
    ratings: row.ratings,
    othersHidden: row.othersHidden,
    updatedAt: formatDate(row.updatedAt),
  }));
  const filtered = FILTER_KEYS.some((key) => raw[key]);
  const keep: Record<string, string> = {};
  if (query.sort) keep.sort = query.sort;
  if (query.dir) keep.dir = query.dir;

  return (
    <main className="mx-auto max-w-7xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Claims</h1>
      <LiveRefresh scope={{ kind: "claims" }} notices />
      <ClaimFilters keep={keep}>
        <FilterField label="Search" className="sm:col-span-3 lg:col-span-2">
          <input name="q" type="search" dir="auto" defaultValue={query.q ?? ""} placeholder='e.g. population "12 million"' className={filterControl} />
        </FilterField>
        <FilterField label="Article">
          <select name="article" defaultValue={query.article ?? ""} className={filterControl}>
            <option value="">All articles</option>
            {options.articles.map((article) => <option key={article.id} value={article.id}>{article.title}</option>)}
          </select>
        </FilterField>
        <FilterField label="Status">
          <select name="status" defaultValue={query.status ?? ""} className={filterControl}>
            <option value="">Any status</option>
            {CLAIM_STATUSES.map((status) => <option key={status} value={status}>{CLAIM_STATUS_LABELS[status]}</option>)}
          </select>
        </FilterField>
        <FilterField label="Tag">
          <select name="tag" defaultValue={query.tag ?? ""} className={filterControl}>
            <option value="">Any tag</option>
            {options.tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
          </select>
        </FilterField>
        <FilterField label="Has figure">
          <select name="figure" defaultValue={query.figure ?? ""} className={filterControl}>
            <option value="">Either</option>
            <option value="yes">With a figure</option>
            <option value="no">Without a figure</option>
          </select>
        </FilterField>
        <FilterField label="Disagreement">
          <select name="disagreement" defaultValue={query.disagreement ?? ""} className={filterControl}>
            <option value="">Any</option>
            {DISAGREEMENT_KINDS.map((kind) => <option key={kind} value={kind}>{DISAGREEMENT_LABELS[kind]}</option>)}
          </select>
        </FilterField>
        <FilterField label="Checked before">
          <select name="checked" defaultValue={query.checked ?? ""} className={filterControl}>
            <option value="">Either</option>
            <option value="no">Not checked before</option>
            <option value="yes">Checked before</option>
          </select>
        </FilterField>
        <FilterField label="Claimant">
          <input name="claimant" type="text" dir="auto" defaultValue={query.claimant ?? ""} className={filterControl} />
        </FilterField>
        <div className="flex items-end">
          <Link href={tableHref(base, {} as ClaimTableQuery, keep)} className="px-2 py-2 text-sm text-blue-800 underline">Clear filters</Link>
        </div>
      </ClaimFilters>
      {queryErrors.length ? <p role="alert" className="mt-3 text-sm text-red-700">Some filters were not understood and were ignored: {queryErrors.join(" ")}</p> : null}

      <div className="mt-5 flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-slate-600" role="status">{formatNumber(page.total)} {page.total === 1 ? "claim" : "claims"}</p>
        <div className="flex items-center gap-4">
          {page.total > 0 ? <Link href={exportHref(slug, query)} className="text-blue-800 underline">Export these claims</Link> : null}
          <ColumnChooser cookieName={cookieName} columns={allColumns(reviewerIds).map((id) => ({ id, label: labelOf(id) }))} shown={columns} />
        </div>
      </div>
      {page.rows.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
          {page.total === 0 && !filtered ? "No claims yet. Open an article and select a passage to mark the first one." : "No claims match these filters."}
        </p>
      ) : (
        <ClaimTable
          base={base}
          rows={rows}
          columns={allColumns(reviewerIds).filter((column) => columns.includes(column))}
          reviewerNames={reviewerNames}
          sort={{ column: sortColumn, dir, hrefs }}
          viewerId={user.id}
          exportBase={`${base}/reports`}
          bulk={canBulk ? {
            slug,
            reviewers: members.filter((m) => canBeAssigned(m.role)).map((m) => ({ id: m.id, name: m.name })),
            ratings: scale?.levels.map((level) => ({ id: level.id, label: level.label })) ?? [],
          } : null}
        />
      )}
      <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
        {after ? <Link href={tableHref(base, query, {})} className="text-blue-800 underline">← First page</Link> : <span />}
        {page.next ? <Link href={tableHref(base, query, { cursor: encodeCursor(tableCursorKey(query, page.next)) })} className="text-blue-800 underline">Next page →</Link> : null}
      </nav>
    </main>
  );
}
