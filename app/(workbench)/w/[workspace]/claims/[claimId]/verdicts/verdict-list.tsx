import type { VerdictView } from "@/lib/data/verdicts/verdicts";
import { RatingBadge } from "./rating-badge";
import { When } from "./when";

/** Each reviewer's current verdict, and every verdict ever recorded behind a disclosure. */
export function VerdictList({ current, history, hiddenCount }: { current: VerdictView[]; history: VerdictView[]; hiddenCount: number }) {
  if (hiddenCount > 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="verdicts-hidden">
        {hiddenCount === 1 ? "1 verdict" : `${hiddenCount} verdicts`} hidden until you record yours. Blind review keeps each reviewer&apos;s judgement independent.
      </p>
    );
  }
  if (current.length === 0) return <p className="text-sm text-slate-600">No verdicts yet. Reviewers record theirs above.</p>;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100" aria-label="Current verdicts">
        {current.map((verdict) => (
          <li key={verdict.id} className="py-2.5">
            <VerdictLine verdict={verdict} />
          </li>
        ))}
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-800">Full history ({history.length === 1 ? "1 verdict" : `${history.length} verdicts`})</summary>
        <ol className="mt-2 space-y-2 border-l border-slate-200 pl-3" aria-label="Verdict history">
          {history.map((verdict) => (
            <li key={verdict.id}>
              <VerdictLine verdict={verdict} />
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}

function VerdictLine({ verdict }: { verdict: VerdictView }) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <bdi className="font-medium">{verdict.reviewer.name}</bdi>
        <RatingBadge label={verdict.rating.label} colour={verdict.rating.colour} />
        <When at={verdict.createdAt} />
      </div>
      <p dir="auto" className="mt-1 text-sm whitespace-pre-wrap text-slate-700">{verdict.rationale}</p>
    </>
  );
}
