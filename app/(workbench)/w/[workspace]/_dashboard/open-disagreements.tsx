import Link from "next/link";
import { formatNumber } from "@/app/_components/format";
import type { Dashboard } from "@/lib/data/workspaces/dashboard";
import { DISAGREEMENT_DESCRIPTIONS } from "@/lib/domain/disagreements";

export function OpenDisagreements({ slug, rows }: { slug: string; rows: Dashboard["disagreements"] }) {
  return (
    <section aria-labelledby="open-disagreements" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="open-disagreements" className="text-lg font-semibold">Open disagreements</h2>
      <ul className="mt-3 divide-y divide-slate-100">
        {rows.map((row) => (
          <li key={row.kind} className="flex items-start justify-between gap-4 py-2">
            <div>
              <Link href={`/w/${slug}/claims?disagreement=${row.kind}`} className="font-medium text-blue-800 hover:underline">{row.label}</Link>
              <p className="text-xs text-slate-500">{DISAGREEMENT_DESCRIPTIONS[row.kind]}</p>
            </div>
            <span className="text-2xl font-semibold tabular-nums" data-testid="disagreement-count">{formatNumber(row.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
