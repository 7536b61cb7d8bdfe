import Link from "next/link";
import { formatDate } from "@/app/_components/format";
import type { FigureConflictView } from "@/lib/data/figure-conflicts/figure-conflicts";
import { figureLabel } from "@/lib/domain/figure-label";
import { CLAIM_STATUS_LABELS } from "@/lib/domain/vocabulary";

type Side = FigureConflictView["self"];

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A bound of a tolerance interval: open ends ("at least 100") read as "no limit". */
const bound = (value: number) => (Number.isFinite(value) ? number.format(value) : "no limit");

/** Each figure conflict of the claim: both claims' quotes side by side, with their values in one unit. */
export function FigureConflicts({ slug, conflicts, total }: { slug: string; conflicts: FigureConflictView[]; total: number }) {
  return (
    <section aria-labelledby="figures-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="figures-heading" className="font-semibold">Figures in conflict ({total})</h2>
      <p className="text-sm text-slate-600">
        Claims about the same quantity (same unit and counted noun, similar subject or time) whose values cannot both be true: the
        ranges their qualifiers allow do not meet. Values are shown in one unit.
        {total > conflicts.length ? ` This claim conflicts with ${total} claims; the ${conflicts.length} farthest from its figure are shown.` : ""}
      </p>
      <ul className="space-y-4">
        {conflicts.map((conflict) => (
          <li key={conflict.id} aria-label="Figure conflict" className="grid gap-3 md:grid-cols-2">
            <FigureSide slug={slug} side={conflict.self} heading="This claim" />
            <FigureSide slug={slug} side={conflict.other} heading="Conflicting claim" />
          </li>
        ))}
      </ul>
    </section>
  );
}

function FigureSide({ slug, side, heading }: { slug: string; side: Side; heading: string }) {
  const normalised = side.normalised;
  return (
    <article aria-label={heading} className="space-y-1.5 rounded-md border border-slate-200 p-3 text-sm">
      <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{heading}</h3>
      {/* Not isolated: the paragraph takes its direction from the statement, so an Arabic one aligns with its quote. */}
      <p className="font-medium" dir="auto">
        <Link href={`/w/${slug}/review/${side.id}`} className="text-blue-800 hover:underline">{side.statement}</Link>
      </p>
      <blockquote className="border-s-4 border-slate-300 ps-3 text-slate-700" dir="auto">“{side.exact}”</blockquote>
      <p className="text-xs text-slate-500">
        <span dir="auto">{side.article.title}</span>
        {side.article.publisher ? <> · <bdi>{side.article.publisher}</bdi></> : null}
        {side.article.publishedAt ? ` · ${formatDate(side.article.publishedAt)}` : ""}
        {` · ${CLAIM_STATUS_LABELS[side.status]}`}
      </p>
      {side.figure && normalised ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
          <dt className="text-slate-600">Stated</dt>
          <dd>{figureLabel(side.figure)}</dd>
          <dt className="text-slate-600">Value</dt>
          <dd data-testid="normalised-value">{number.format(normalised.value)} {unitWords(normalised)}</dd>
          <dt className="text-slate-600">Allows</dt>
          <dd>{bound(normalised.allows.low)} to {bound(normalised.allows.high)}</dd>
        </dl>
      ) : null}
    </article>
  );
}

/** The common unit in words: "people" for a count of people, "percent of territory", "age". */
function unitWords({ unitLabel, counted }: { unitLabel: string; counted: string | null }) {
  if (unitLabel === "count") return counted ?? "";
  if (unitLabel === "percent") return counted ? `percent of ${counted}` : "percent";
  return counted ? `${unitLabel} (${counted})` : unitLabel;
}
