import type { Metadata } from "next";
import { countExportClaims, exportJobThreshold } from "@/lib/workflows/export/exports";
import { listMyJobs } from "@/lib/data/jobs/jobs";
import { listArticlesForExportWithResolved } from "@/lib/data/reports/export-names";
import { DISAGREEMENT_LABELS } from "@/lib/domain/disagreements";
import { listExportFormats } from "@/lib/formats/export-format-info";
import { toJobStatus } from "@/lib/jobs/job-status";
import { safeParseInput } from "@/lib/schemas/common";
import { exportScopeSchema, scopeToSearchParams, type ExportScope } from "@/lib/schemas/export";
import { CLAIM_STATUS_LABELS } from "@/lib/domain/vocabulary";
import { ExportForm, type ScopeChoice } from "./export-form";
import { openWorkspacePage, type SearchParams } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Reports" };


/** The claims list's filters in words: "Status: Resolved · Tag: oil". */
function describeFilter(scope: Partial<ExportScope>, articleTitle: (id: string) => string | undefined): string {
  return [
    scope.q ? `Search: “${scope.q}”` : null,
    scope.article ? `Article: ${articleTitle(scope.article) ?? "unknown"}` : null,
    scope.status ? `Status: ${CLAIM_STATUS_LABELS[scope.status]}` : null,
    scope.tag ? `Tag: ${scope.tag}` : null,
    scope.claimant ? `Claimant: ${scope.claimant}` : null,
    scope.figure ? (scope.figure === "yes" ? "With a figure" : "Without a figure") : null,
    scope.disagreement ? `Disagreement: ${DISAGREEMENT_LABELS[scope.disagreement]}` : null,
    scope.checked ? (scope.checked === "no" ? "Not checked before" : "Checked before") : null,
    scope.ids ? `${scope.ids.length} selected ${scope.ids.length === 1 ? "claim" : "claims"}` : null,
  ].filter(Boolean).join(" · ");
}

export default async function ReportsPage(props: { params: Promise<{ workspace: string }>; searchParams: SearchParams }) {
  const { slug, user, role, search: raw } = await openWorkspacePage(props, { path: "reports" });
  const parsed = safeParseInput(exportScopeSchema, raw);
  const filter = parsed.success && scopeToSearchParams(parsed.data).size > 0 ? parsed.data : null;

  const resolved = { status: "RESOLVED" } as const;
  const [workspaceTotal, workspaceResolved, filterTotal, filterResolved, articles, jobs] = await Promise.all([
    countExportClaims({ actor: user, slug, scope: {} }),
    countExportClaims({ actor: user, slug, scope: resolved }),
    filter ? countExportClaims({ actor: user, slug, scope: filter }) : null,
    filter ? countExportClaims({ actor: user, slug, scope: filter.status ? filter : { ...filter, ...resolved } }) : null,
    listArticlesForExportWithResolved({ actor: user, slug }),
    listMyJobs({ actor: user, slug, kind: "export", take: 5 }),
  ]);
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  const filterChoice = filter && filterTotal !== null
    ? { query: Object.fromEntries(scopeToSearchParams(filter)), description: describeFilter(filter, (id) => titles.get(id)), total: filterTotal, resolved: filterResolved ?? 0 }
    : null;
  const initialScope: ScopeChoice = filterChoice && raw.scope !== "workspace" ? "filter" : "workspace";

  return (
    <main className="mx-auto max-w-4xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Reports</h1>
      <p className="mt-2 text-sm text-slate-600">
        Export the desk&apos;s claims with their verdicts and evidence: the whole workspace, one article, or the claims you filtered on the claims list.
      </p>
      {parsed.success ? null : (
        <p role="alert" className="mt-3 text-sm text-red-700">The claims list&apos;s filter in this link was not understood, so the whole workspace is offered instead.</p>
      )}
      <ExportForm
        slug={slug}
        formats={listExportFormats(exportJobThreshold())}
        role={role}
        workspaceTotal={workspaceTotal}
        workspaceResolved={workspaceResolved}
        articles={articles}
        filter={filterChoice}
        initialScope={initialScope}
        recentJobs={jobs.map((job) => toJobStatus(slug, job))}
      />
    </main>
  );
}
