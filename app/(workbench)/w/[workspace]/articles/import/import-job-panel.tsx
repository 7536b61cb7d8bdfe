"use client";
import { JobProgress } from "@/app/_components/job-progress";
import type { FileOutcome } from "@/lib/workflows/article-import/article-import";
import type { JobStatus } from "@/lib/jobs/job-status";
import { ImportResultsTable, ImportSummary, type Item } from "./import-results";

const NOUNS: Record<Item, { one: string; many: string; kept: string }> = {
  file: { one: "file", many: "files", kept: "articles" },
  address: { one: "address", many: "addresses", kept: "pages" },
};

/**
 * A running or ended import job (an upload's, or a URL list's): its progress while it runs, then the
 * sentence that sums it up and one row per file or address, as the server last read them.
 */
export function ImportJobPanel({ slug, current, shown, jobActive, item, onUpdate }: {
  slug: string;
  current: JobStatus;
  shown: { job: JobStatus; outcomes: FileOutcome[] } | null;
  jobActive: boolean;
  item: Item;
  onUpdate: (job: JobStatus) => void;
}) {
  const nouns = NOUNS[item];
  return (
    <div className="space-y-3">
      <JobProgress
        key={current.id}
        slug={slug}
        initial={current}
        label={`Import of ${current.total ?? 0} ${current.total === 1 ? nouns.one : nouns.many}`}
        unit={nouns.many}
        onUpdate={onUpdate}
        cancelledNote={`Cancelled. The ${nouns.kept} imported before the cancel were kept.`}
      />
      {shown && !jobActive ? <ImportSummary status={shown.job.status} outcomes={shown.outcomes} item={item} /> : null}
      {shown && shown.outcomes.length > 0 ? <ImportResultsTable slug={slug} outcomes={shown.outcomes} item={item} /> : null}
    </div>
  );
}
