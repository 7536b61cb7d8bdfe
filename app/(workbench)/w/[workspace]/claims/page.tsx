import type { Metadata } from "next";
import Link from "next/link";
import { FilterField, filterControl, Pager, pageHref } from "@/app/_components/list-controls";
import { Button } from "@/app/_components/button";
import { formatNumber } from "@/app/_components/format";
import { listClaimFilterOptions, listClaims } from "@/lib/data/claims/claim-search";
import { DISAGREEMENT_KINDS, DISAGREEMENT_LABELS } from "@/lib/domain/disagreements";
import { figureLabel } from "@/lib/domain/figure-label";
import { claimListQuerySchema, type ClaimListQuery } from "@/lib/schemas/claim";
import { toFieldErrors, safeParseInput } from "@/lib/schemas/common";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from "@/lib/domain/vocabulary";
import { StatusBadge } from "../_claims/status-badge";
import { exportHref } from "../reports/export-href";
import { TableHead } from "@/app/_components/table-head";
import { openWorkspacePage, type SearchParams } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Claims" };


export default async function ClaimsPage(props: { params: Promise<{ workspace: string }>; searchParams: SearchParams }) {
  const { slug, user, search: raw } = await openWorkspacePage(props, { path: "claims" });
  const parsed = safeParseInput(claimListQuerySchema, raw);
  const query: ClaimListQuery = parsed.success ? parsed.data : claimListQuerySchema.parse({});
  const queryErrors = parsed.success ? null : Object.values(toFieldErrors(parsed.error)).flat();
  const [result, options] = await Promise.all([listClaims({ actor: user, slug, query }), listClaimFilterOptions({ actor: user, slug })]);
  const pageLink = (page: number) => pageHref(`/w/${slug}/claims`, query, page);

  return (
    <main className="mx-auto max-w-6xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Claims</h1>
      <form method="get" role="search" aria-label="Filter claims" className="mt-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6">
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
        <FilterField label="Claimant">
          <input name="claimant" dir="auto" defaultValue={query.claimant ?? ""} className={filterControl} />
        </FilterField>
        <div className="flex items-end gap-2">
          <Button type="submit">Apply</Button>
          <Link href={`/w/${slug}/claims`} className="px-2 py-2 text-sm text-blue-800 underline">Clear</Link>
        </div>
      </form>
      {queryErrors ? <p role="alert" className="mt-3 text-sm text-red-700">Some filters were not understood and were ignored: {queryErrors.join(" ")}</p> : null}

      <div className="mt-5 flex flex-wrap items-baseline justify-between gap-3 text-sm">
        <p className="text-slate-600" role="status">
          {formatNumber(result.total)} {result.total === 1 ? "claim" : "claims"}
          {result.pageCount > 1 ? ` · page ${result.page} of ${result.pageCount}` : ""}
        </p>
        {result.total > 0 ? <Link href={exportHref(slug, query)} className="text-blue-800 underline">Export these claims</Link> : null}
      </div>
      {result.claims.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
          {result.total === 0 && !raw.q && !raw.article && !raw.status && !raw.disagreement ? "No claims yet. Open an article and select a passage to mark the first one." : "No claims match these filters."}
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Claims</caption>
            <TableHead columns={["Claim", "Article", "Figure", "Status"]} />
            <tbody className="divide-y divide-slate-100">
              {result.claims.map((claim) => (
                <tr key={claim.id}>
                  <td className="px-4 py-3">
                    <Link href={`/w/${slug}/claims/${claim.id}`} className="font-medium text-blue-800 hover:underline" dir="auto">{claim.statement}</Link>
                    <p className="text-xs text-slate-500">{[claim.claimant, ...claim.tags.map((tag) => `#${tag}`)].filter(Boolean).join(" · ")}</p>
                  </td>
                  <td className="px-4 py-3 text-slate-700" dir="auto">{claim.article.title}</td>
                  <td className="px-4 py-3 text-slate-700">{claim.figure ? figureLabel(claim.figure) : "—"}</td>
                  <td className="px-4 py-3"><StatusBadge status={claim.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={result.page} pageCount={result.pageCount} href={pageLink} />
    </main>
  );
}
