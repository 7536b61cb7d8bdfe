import Link from "next/link";
import type { FileOutcome } from "@/lib/workflows/article-import/article-import";
import { countImportOutcomes, describeImportCounts } from "@/lib/domain/import-counts";
import type { JobStatusName } from "@/lib/jobs/job-status";
import { TableHead } from "@/app/_components/table-head";

const STATUS_LABELS: Record<FileOutcome["status"], string> = { imported: "Imported", duplicate: "Duplicate", refused: "Refused" };
const STATUS_CLASSES: Record<FileOutcome["status"], string> = {
  imported: "bg-green-50 text-green-800",
  duplicate: "bg-amber-50 text-amber-800",
  refused: "bg-red-50 text-red-800",
};

/** What one row is: an uploaded file, or an address of a URL list. */
export type Item = "file" | "address";
const ITEMS: Record<Item, { column: string; plural: string; again: string }> = {
  file: { column: "File", plural: "files", again: "upload them again" },
  address: { column: "Address", plural: "addresses", again: "import them again" },
};

/** What an ended import did, in one sentence; nothing while it runs (its progress line says it then). */
export function ImportSummary({ status, outcomes, item = "file" }: { status: JobStatusName; outcomes: FileOutcome[]; item?: Item }) {
  const counts = describeImportCounts(countImportOutcomes(outcomes));
  const { plural, again } = ITEMS[item];
  const text =
    status === "SUCCEEDED" ? `Done: ${counts}.`
    : status === "CANCELLED" ? `Cancelled: ${counts}. The ${plural} after these were not read.`
    : status === "FAILED" ? `Stopped: ${counts}. The ${plural} after these were not read; ${again}.`
    : null;
  return text ? <p role="status" className="text-sm text-slate-700">{text}</p> : null;
}

export function ImportResultsTable({ slug, outcomes, item = "file" }: { slug: string; outcomes: FileOutcome[]; item?: Item }) {
  return (
    <div className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Import results, one row per {item}</caption>
        <TableHead columns={[ITEMS[item].column, "Result", "Details"]} compact sticky />
        <tbody className="divide-y divide-slate-100">
          {outcomes.map((outcome, index) => (
            <tr key={`${index}-${outcome.file}`}>
              <td className="min-w-40 px-3 py-2 font-mono text-xs break-all"><bdi>{outcome.file}</bdi></td>
              <td className="px-3 py-2"><span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_CLASSES[outcome.status]}`}>{STATUS_LABELS[outcome.status]}</span></td>
              <td className="px-3 py-2 text-slate-700">
                {outcome.status === "imported" ? (
                  <>
                    <Link href={`/w/${slug}/articles/${outcome.articleId}`} className="text-blue-800 underline"><bdi>{outcome.title}</bdi></Link>
                    {outcome.removed > 0 ? <span className="text-slate-500"> · {outcome.removed} {outcome.removed === 1 ? "line" : "lines"} cleaned away</span> : null}
                  </>
                ) : (
                  <>
                    Not imported: <bdi>{outcome.reason}</bdi>
                    {outcome.status === "duplicate" && outcome.articleId ? <> <Link href={`/w/${slug}/articles/${outcome.articleId}`} className="text-blue-800 underline">Open it</Link></> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
