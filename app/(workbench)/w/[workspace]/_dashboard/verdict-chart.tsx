import { formatNumber } from "@/app/_components/format";
import type { Dashboard } from "@/lib/data/workspaces/dashboard";

/**
 * A horizontal bar per rating level in the level's colour. It is a table underneath: a screen
 * reader reads the levels and their counts; the bars are decoration for sighted readers.
 */
export function VerdictChart({ levels }: { levels: Dashboard["verdictsByRating"] }) {
  const max = Math.max(1, ...levels.map((level) => level.count));
  const total = levels.reduce((sum, level) => sum + level.count, 0);
  return (
    <section aria-labelledby="verdicts-by-rating" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="verdicts-by-rating" className="text-lg font-semibold">Verdicts by rating</h2>
      <p className="mt-1 text-sm text-slate-600">Each reviewer&apos;s current verdict on each claim: {formatNumber(total)} in all.</p>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">Current verdicts by rating</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Rating</th>
            <th scope="col">Current verdicts</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((level) => (
            <tr key={level.id}>
              <th scope="row" className="w-32 py-1 pr-3 text-left font-normal text-slate-700">{level.label}</th>
              <td className="py-1">
                <div className="flex items-center gap-2">
                  <div
                    aria-hidden="true"
                    data-testid="verdict-bar"
                    className="h-4 rounded-sm"
                    style={{ width: `${(level.count / max) * 85}%`, minWidth: level.count > 0 ? "0.25rem" : 0, backgroundColor: level.colour }}
                  />
                  <span className="tabular-nums text-slate-800">{formatNumber(level.count)}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
