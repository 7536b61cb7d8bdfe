"use client";
import { useState } from "react";
import { PendingButton } from "@/app/_components/button";
import { formatNumber } from "@/app/_components/format";
import { FormStatus } from "@/app/_components/form-status";
import { JobProgress } from "@/app/_components/job-progress";
import { useActionForm } from "@/app/_components/use-action-form";
import { startExportJobAction } from "@/lib/server/actions/jobs";
import { canExport } from "@/lib/domain/permissions";
import { ROLE_LABELS, type Role } from "@/lib/domain/roles";
import { tooManyClaimsMessage, type ExportFormatChoice } from "@/lib/formats/export-format-info";
import type { JobStatus } from "@/lib/jobs/job-status";
import type { ExportFormatId } from "@/lib/schemas/export";

export type ScopeChoice = "workspace" | "article" | "filter";

interface Props {
  slug: string;
  formats: ExportFormatChoice[];
  /** The member's role: formats above it are offered disabled, with who may export them. */
  role: Role;
  workspaceTotal: number;
  /** Resolved claims of the workspace and of each article: what a verdict report holds by default. */
  workspaceResolved: number;
  articles: { id: string; title: string; claims: number; resolved: number }[];
  filter: { query: Record<string, string>; description: string; total: number; resolved: number } | null;
  initialScope: ScopeChoice;
  recentJobs: JobStatus[];
}

const claims = (n: number) => `${formatNumber(n)} ${n === 1 ? "claim" : "claims"}`;
const radio = "mt-1 size-4 shrink-0 accent-blue-700";

export function ExportForm({ slug, formats, role, workspaceTotal, workspaceResolved, articles, filter, initialScope, recentJobs }: Props) {
  const [scope, setScope] = useState<ScopeChoice>(initialScope);
  const [articleId, setArticleId] = useState(articles.find((article) => article.claims > 0)?.id ?? articles[0]?.id ?? "");
  const [format, setFormat] = useState<ExportFormatId>(formats[0]!.id);
  const [jobs, setJobs] = useState(recentJobs);
  const [allClaims, setAllClaims] = useState(false);
  const [leaveOutOriginals, setLeaveOutOriginals] = useState(false);
  const starting = useActionForm();

  const article = articles.find((item) => item.id === articleId);
  const chosen = formats.find((item) => item.id === format)!;
  const scoped = chosen.scoped;
  const baseQuery: Record<string, string> = !scoped ? {} : scope === "article" && article ? { article: article.id } : scope === "filter" && filter ? filter.query : {};
  // A verdict report holds the resolved claims unless "all claims" is chosen; a status filter decides for itself.
  const resolvedOnly = chosen.resolvedByDefault && !allClaims && !baseQuery.status;
  const reportQuery: Record<string, string> = chosen.resolvedByDefault && allClaims ? { ...baseQuery, claims: "all" } : baseQuery;
  const scopeQuery: Record<string, string> = chosen.kind === "workspace" && leaveOutOriginals ? { ...reportQuery, originals: "omit" } : reportQuery;
  const count = !scoped || scope === "workspace"
    ? (resolvedOnly ? workspaceResolved : workspaceTotal)
    : scope === "article" ? ((resolvedOnly ? article?.resolved : article?.claims) ?? 0) : ((resolvedOnly ? filter?.resolved : filter?.total) ?? 0);
  const threshold = chosen.jobThreshold;
  const inBackground = count > threshold;
  const tooMany = chosen.maxClaims !== null && count > chosen.maxClaims;
  const downloadHref = `/w/${slug}/reports/download?${new URLSearchParams({ format, ...scopeQuery })}`;

  const start = () =>
    starting.run(() => startExportJobAction(slug, { format, ...scopeQuery }), {
      onSuccess: (job) => setJobs((current) => [job, ...current.filter((other) => other.id !== job.id)]),
    });

  return (
    <div className="mt-6 space-y-6">
      <form onSubmit={(event) => event.preventDefault()} aria-label="Export claims" className="space-y-6 rounded-lg border border-slate-200 bg-white p-5">
        <fieldset disabled={!scoped} className="space-y-3">
          <legend className="text-sm font-semibold text-slate-800">Claims to export</legend>
          {!scoped ? <p className="text-sm text-slate-600">This format always holds the whole workspace.</p> : null}
          <label className="flex gap-2 text-sm">
            <input type="radio" name="scope" value="workspace" checked={scope === "workspace"} onChange={() => setScope("workspace")} className={radio} />
            <span>Whole workspace <span className="text-slate-500">({claims(workspaceTotal)})</span></span>
          </label>
          <div className="flex flex-wrap items-start gap-2 text-sm">
            <label className="flex gap-2">
              <input type="radio" name="scope" value="article" checked={scope === "article"} onChange={() => setScope("article")} disabled={articles.length === 0} className={radio} />
              <span>One article</span>
            </label>
            <label className="sr-only" htmlFor="export-article">Article</label>
            <select
              id="export-article"
              value={articleId}
              onChange={(event) => { setArticleId(event.target.value); setScope("article"); }}
              disabled={articles.length === 0}
              className="min-w-0 max-w-full flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
              dir="auto"
            >
              {articles.map((item) => <option key={item.id} value={item.id}>{item.title} ({claims(item.claims)})</option>)}
            </select>
          </div>
          {filter ? (
            <label className="flex gap-2 text-sm">
              <input type="radio" name="scope" value="filter" checked={scope === "filter"} onChange={() => setScope("filter")} className={radio} />
              <span>The claims list&apos;s filter <span className="text-slate-500">({claims(filter.total)})</span>: <span dir="auto">{filter.description}</span></span>
            </label>
          ) : (
            <p className="text-xs text-slate-500">To export a selection, filter the claims list and follow its “Export these claims” link.</p>
          )}
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-800">Format</legend>
          {formats.map((item) => {
            const allowed = canExport(role, item.id);
            return (
              <label key={item.id} className={`flex gap-2 text-sm ${allowed ? "" : "text-slate-500"}`}>
                <input type="radio" name="format" value={item.id} checked={format === item.id} onChange={() => setFormat(item.id)} disabled={!allowed} className={radio} />
                <span>
                  <span className="font-medium">{item.label}</span> <span className={allowed ? "text-slate-600" : ""}>— {item.description}</span>
                  {allowed ? null : <span className="block text-xs">Only for {ROLE_LABELS[item.role].toLowerCase()}s and above{item.kind === "workspace" ? ": it holds every reviewer’s verdicts and the audit trail" : ""}.</span>}
                </span>
              </label>
            );
          })}
        </fieldset>

        {chosen.resolvedByDefault ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold text-slate-800">Claims in the report</legend>
            <label className="flex gap-2 text-sm">
              <input type="radio" name="report-claims" value="resolved" checked={!allClaims} onChange={() => setAllClaims(false)} className={radio} />
              <span>Resolved claims only <span className="text-slate-500">(the desk&apos;s conclusions)</span></span>
            </label>
            <label className="flex gap-2 text-sm">
              <input type="radio" name="report-claims" value="all" checked={allClaims} onChange={() => setAllClaims(true)} className={radio} />
              <span>All claims, open and in review too</span>
            </label>
          </fieldset>
        ) : null}

        {chosen.kind === "workspace" ? (
          <label className="flex gap-2 text-sm">
            <input type="checkbox" name="originals" value="omit" checked={leaveOutOriginals} onChange={(event) => setLeaveOutOriginals(event.target.checked)} className={radio} />
            <span>
              Leave out captured originals (smaller file)
              <span className="block text-xs text-slate-500">The web pages articles were captured from are listed without their bytes. Importing such a file keeps no captures.</span>
            </span>
          </label>
        ) : null}

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          {tooMany ? (
            <p role="alert" className="text-sm text-red-700">{tooManyClaimsMessage(format, count)}</p>
          ) : inBackground ? (
            <>
              <PendingButton type="button" onClick={start} pending={starting.pending} pendingLabel="Starting…">Prepare export</PendingButton>
              <p className="text-sm text-slate-600">{claims(count)}: more than {formatNumber(threshold)}, so the file is prepared in the background. Follow its progress below.</p>
            </>
          ) : (
            <>
              <a href={downloadHref} download className="inline-flex items-center rounded-md bg-blue-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-blue-800">Download</a>
              <p className="text-sm text-slate-600">{count === 0 ? "No claims in this scope: the file will be empty." : claims(count)}</p>
            </>
          )}
        </div>
        <FormStatus form={starting} variant="inline" />
      </form>

      {jobs.length > 0 ? (
        <section aria-labelledby="export-jobs" className="space-y-3">
          <h2 id="export-jobs" className="text-lg font-semibold">Exports in the background</h2>
          {jobs.map((job) => <JobProgress key={job.id} slug={slug} initial={job} label={`Export started ${new Date(job.createdAt).toUTCString().slice(5, 22)} UTC`} unit="claims" />)}
        </section>
      ) : null}
    </div>
  );
}
