import type { listImportedVerdicts } from "@/lib/data/verdicts/imported-verdicts";
import { RatingBadge } from "./rating-badge";
import { When } from "./when";

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/**
 * Verdicts that came with a workspace import: named as the file named their reviewers, and said to be
 * imported, so nobody reads them as verdicts recorded in this workspace.
 */
export function ImportedVerdicts({ verdicts }: { verdicts: Awaited<ReturnType<typeof listImportedVerdicts>> }) {
  if (verdicts.hiddenCount > 0) {
    return (
      <p className="text-sm text-slate-600" data-testid="imported-verdicts-hidden">
        {verdicts.hiddenCount === 1 ? "1 imported verdict" : `${verdicts.hiddenCount} imported verdicts`} hidden until you record yours.
      </p>
    );
  }
  if (verdicts.items.length === 0) return null;
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">Imported verdicts</h3>
      <ul className="divide-y divide-slate-100" aria-label="Imported verdicts">
        {verdicts.items.map((verdict) => (
          <li key={verdict.id} className="py-2.5 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{verdict.reviewerName}</span>
              <RatingBadge label={verdict.rating.label} colour={verdict.rating.colour} />
              <When at={verdict.createdAt} />
            </div>
            <p dir="auto" className="mt-1 whitespace-pre-wrap text-slate-700">{verdict.rationale}</p>
            <p className="mt-1 text-xs text-slate-500">
              Imported from {verdict.import.fileName} by {verdict.import.importedBy?.name ?? "someone (account removed)"} on {dayFormat.format(verdict.import.createdAt)}; {verdict.reviewerName} is not a member of this workspace.
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
