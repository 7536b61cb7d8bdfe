import Link from "next/link";
import { formatNumber } from "@/app/_components/format";
import type { Dashboard } from "@/lib/data/workspaces/dashboard";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from "@/lib/domain/vocabulary";
import { StatusIcon } from "../_claims/status-badge";

/** One card per claim status, each opening the claims list filtered to it. */
export function StatusCards({ slug, counts }: { slug: string; counts: Dashboard["statusCounts"] }) {
  return (
    <section aria-labelledby="claims-by-status">
      <h2 id="claims-by-status" className="text-lg font-semibold">Claims by status</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {CLAIM_STATUSES.map((status) => (
          <li key={status}>
            <Link
              href={`/w/${slug}/claims?status=${status}`}
              className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-blue-300 focus-visible:outline-2 focus-visible:outline-blue-700"
            >
              {/* The link's name is its visible text plus a hidden word ("Open 9 claims"), never a
                  different aria-label: speech-input users say what they see (WCAG 2.5.3). */}
              <span className="flex items-center gap-1.5 text-sm text-slate-600">
                <StatusIcon status={status} />
                {CLAIM_STATUS_LABELS[status]}
              </span>
              <span className="mt-1 block text-3xl font-semibold tabular-nums">
                {formatNumber(counts[status])}
                <span className="sr-only"> {counts[status] === 1 ? "claim" : "claims"}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
