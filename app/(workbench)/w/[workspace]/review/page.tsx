import type { Metadata } from "next";
import Link from "next/link";
import { FilterField, filterControl, Pager, pageHref } from "@/app/_components/list-controls";
import { Badge } from "@/app/_components/badge";
import { Button } from "@/app/_components/button";
import { formatNumber } from "@/app/_components/format";
import { listDisagreementFilterOptions, listDisagreements } from "@/lib/data/disagreements/disagreements";
import { DISAGREEMENT_KINDS, DISAGREEMENT_LABELS } from "@/lib/domain/disagreements";
import { safeParseInput } from "@/lib/schemas/common";
import { disagreementQuerySchema, type DisagreementQuery } from "@/lib/schemas/disagreements";
import { TableHead } from "@/app/_components/table-head";
import { openWorkspacePage, type SearchParams } from "@/lib/server/http/page";
import { LiveRefresh } from "@/app/_components/live/live-refresh";

export const metadata: Metadata = { title: "Disagreements" };


export default async function ReviewQueuePage(props: { params: Promise<{ workspace: string }>; searchParams: SearchParams }) {
  const { slug, user, search } = await openWorkspacePage(props, { path: "review" });
  const base = `/w/${slug}/review`;
  const parsed = safeParseInput(disagreementQuerySchema, search);
  const query: DisagreementQuery = parsed.success ? parsed.data : disagreementQuerySchema.parse({});
  const { page, ...filters } = query;
  const [result, options] = await Promise.all([
    listDisagreements({ actor: user, slug, filters, page }),
    listDisagreementFilterOptions({ actor: user, slug }),
  ]);
  const filtered = Object.values(filters).some(Boolean);
  const pageLink = (to: number) => pageHref(base, filters, to);
  const now = currentTime();

  return (
    <main className="mx-auto max-w-6xl px-6 py-8">
      <LiveRefresh scope={{ kind: "queue" }} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Disagreements</h1>
        <Link href={`${base}/agreement`} className="text-sm text-blue-800 underline">Agreement statistics</Link>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        Unresolved claims whose reviewers disagree or whose sources conflict, and resolved claims rated differently from a claim linked to them as the same claim, the most severe first. Severity: for a reviewer split, the spread between the current ratings (Unverifiable against any rating counts as the widest); for a source conflict, the smaller of the supporting and contradicting counts; for a figure conflict, the widest gap between its figure and that of another claim, in quarters of the larger value (1 to 4); both claims of a conflict are listed; for inconsistent ratings, the spread between the final ratings of the same claim, until one is re-rated or the claims are unlinked.
      </p>
      <form method="get" role="search" aria-label="Filter disagreements" className="mt-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
        <FilterField label="Kind">
          <select name="kind" defaultValue={query.kind ?? ""} className={filterControl}>
            <option value="">Any kind</option>
            {DISAGREEMENT_KINDS.map((kind) => <option key={kind} value={kind}>{DISAGREEMENT_LABELS[kind]}</option>)}
          </select>
        </FilterField>
        <FilterField label="Article">
          <select name="article" defaultValue={query.article ?? ""} className={filterControl}>
            <option value="">All articles</option>
            {options.articles.map((article) => <option key={article.id} value={article.id}>{article.title}</option>)}
          </select>
        </FilterField>
        <FilterField label="Assignee">
          <select name="assignee" defaultValue={query.assignee ?? ""} className={filterControl}>
            <option value="">Anyone</option>
            {options.assignees.map((member) => <option key={member.id} value={member.id}>{member.name}</option>)}
          </select>
        </FilterField>
        <div className="flex items-end gap-2">
          <Button type="submit">Apply</Button>
          <Link href={base} className="px-2 py-2 text-sm text-blue-800 underline">Clear</Link>
        </div>
      </form>
      {parsed.success ? null : <p role="alert" className="mt-3 text-sm text-red-700">Some filters were not understood and were ignored.</p>}

      <p className="mt-5 text-sm text-slate-600" role="status">
        {formatNumber(result.total)} {result.total === 1 ? "open disagreement" : "open disagreements"}
        {result.pageCount > 1 ? ` · page ${result.page} of ${result.pageCount}` : ""}
      </p>
      {result.items.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600" data-testid="queue-empty">
          {filtered ? "No open disagreements match these filters." : "No open disagreements"}
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Open disagreements</caption>
            <TableHead columns={["Claim", "Kinds", "Severity", "Age", "Article"]} />
            <tbody className="divide-y divide-slate-100">
              {result.items.map((item) => (
                <tr key={item.id}>
                  <td className="px-4 py-3">
                    <Link href={`${base}/${item.id}`} className="font-medium text-blue-800 hover:underline" dir="auto">{item.statement}</Link>
                    {item.figurePartners.length ? (
                      // Each partner isolated: a statement in another script (Arabic beside English) must not reorder the list around it.
                      <p className="text-xs text-slate-600">Figure differs from: {item.figurePartners.map((p, i) => <span key={p.id}>{i > 0 ? "; " : null}<bdi>{p.statement}</bdi></span>)}{item.moreFigurePartners ? "; and more (see the claim)" : ""}</p>
                    ) : null}
                    {item.assignees.length ? <p className="text-xs text-slate-500">Assigned: {item.assignees.map((a) => a.name).join(", ")}</p> : null}
                  </td>
                  <td className="px-4 py-3">
                    <span className="flex flex-wrap gap-1">{item.kinds.map((kind) => <Badge key={kind} tone="amber">{DISAGREEMENT_LABELS[kind]}</Badge>)}</span>
                  </td>
                  <td className="px-4 py-3 tabular-nums text-slate-700">{item.severity}</td>
                  <td className="px-4 py-3 text-slate-700"><time dateTime={item.since.toISOString()}>{formatAge(now - item.since.getTime())}</time></td>
                  <td className="px-4 py-3 text-slate-700" dir="auto">{item.article.title}</td>
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

function currentTime() {
  return Date.now();
}

/** How long ago, in the largest whole unit: "3 days", "5 hours", "under a minute". */
function formatAge(ms: number) {
  const minutes = Math.floor(Math.max(ms, 0) / 60_000);
  const [value, unit] = minutes >= 1440 ? [Math.floor(minutes / 1440), "day"] : minutes >= 60 ? [Math.floor(minutes / 60), "hour"] : [minutes, "minute"];
  return value === 0 ? "under a minute" : `${value} ${unit}${value === 1 ? "" : "s"}`;
}
