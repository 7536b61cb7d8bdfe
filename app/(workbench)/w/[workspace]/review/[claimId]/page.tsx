import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/app/_components/format";
import { getClaim } from "@/lib/data/claims/claims";
import { listClaimEvidence, type EvidenceView } from "@/lib/data/evidence/evidence";
import { getClaimFigureConflicts } from "@/lib/data/figure-conflicts/figure-conflicts";
import { getRatingScale } from "@/lib/data/workspaces/rating-scale";
import { getResolution } from "@/lib/data/claims/resolution";
import { listClaimVerdicts } from "@/lib/data/verdicts/verdicts";
import { canResolveClaim } from "@/lib/domain/permissions";
import { RatingBadge } from "../../claims/[claimId]/verdicts/rating-badge";
import { AssignSection } from "../../claims/[claimId]/verdicts/assign-section";
import { ResolveForm } from "../../claims/[claimId]/verdicts/resolution-forms";
import { When } from "../../claims/[claimId]/verdicts/when";
import { FigureConflicts } from "./figure-conflicts";
import { claimParamsSchema } from "@/lib/schemas/common";
import { openWorkspacePage, pageData } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Disagreement" };

const card = "space-y-3 rounded-lg border border-slate-200 bg-white p-5";

/** One disagreement side by side: the evidence for and against, every reviewer's verdict, and (for editors) the resolution. */
export default async function DisagreementPage(props: { params: Promise<{ workspace: string; claimId: string }> }) {
  const { slug, user: actor, role, params: { claimId } } = await openWorkspacePage(props, { params: claimParamsSchema, path: ({ claimId }) => `review/${claimId}` });
  const base = `/w/${slug}/review`;
  const claim = await pageData(() => getClaim({ actor, slug, claimId }));
  const [evidence, verdicts, resolution, scale, figureConflicts] = await Promise.all([
    listClaimEvidence({ actor, slug, claimId: claim.id }),
    listClaimVerdicts({ actor, slug, claimId: claim.id }),
    getResolution({ actor, slug, claimId: claim.id }),
    getRatingScale({ actor, slug }),
    getClaimFigureConflicts({ actor, slug, claimId: claim.id }),
  ]);
  const canResolve = canResolveClaim(role);
  const resolved = resolution.status === "RESOLVED";

  return (
    <main className="mx-auto max-w-6xl space-y-6 px-6 py-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={base} className="text-blue-800 underline">← Disagreements</Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold" dir="auto">{claim.statement}</h1>
        <blockquote className="border-s-4 border-slate-300 ps-3 text-slate-700" dir="auto">“{claim.exact}”</blockquote>
        <p className="text-sm text-slate-600">
          From <span dir="auto">{claim.article.title}</span> · <Link href={`/w/${slug}/claims/${claim.id}`} className="text-blue-800 underline">Open the claim</Link>
        </p>
      </header>

      {figureConflicts.total ? <FigureConflicts slug={slug} conflicts={figureConflicts.conflicts} total={figureConflicts.total} /> : null}

      <div className="grid gap-4 md:grid-cols-2">
        <EvidenceColumn title="Supporting evidence" id="supporting" items={evidence.filter((item) => item.stance === "SUPPORTS")} />
        <EvidenceColumn title="Contradicting evidence" id="contradicting" items={evidence.filter((item) => item.stance === "CONTRADICTS")} />
      </div>

      <section aria-labelledby="verdicts-heading" className={card}>
        <h2 id="verdicts-heading" className="font-semibold">Reviewers&apos; verdicts</h2>
        {verdicts.hiddenCount > 0 ? (
          <p className="text-sm text-slate-700" data-testid="verdicts-hidden">
            {verdicts.hiddenCount === 1 ? "1 verdict" : `${verdicts.hiddenCount} verdicts`} hidden until you record yours on the claim page. Blind review keeps each reviewer&apos;s judgement independent.
          </p>
        ) : verdicts.current.length === 0 ? (
          <p className="text-sm text-slate-600">No verdicts yet.</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2" aria-label="Current verdicts">
            {verdicts.current.map((verdict) => (
              <li key={verdict.id} className="space-y-1.5 rounded-md border border-slate-200 p-3">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <bdi className="font-medium">{verdict.reviewer.name}</bdi>
                  <RatingBadge label={verdict.rating.label} colour={verdict.rating.colour} />
                  <When at={verdict.createdAt} />
                </p>
                <p className="text-sm whitespace-pre-wrap" dir="auto">{verdict.rationale}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {resolved ? (
        <section aria-labelledby="final-heading" className={card} data-testid="final-verdict">
          <h2 id="final-heading" className="font-semibold">Resolved</h2>
          {resolution.finalRating ? <RatingBadge label={resolution.finalRating.label} colour={resolution.finalRating.colour} /> : null}
          <p className="text-sm whitespace-pre-wrap" dir="auto">{resolution.resolutionNote}</p>
          <p className="text-sm"><Link href={base} className="text-blue-800 underline">Back to the disagreements</Link></p>
        </section>
      ) : canResolve ? (
        <div className="grid gap-4 md:grid-cols-2">
          <section aria-labelledby="resolve-heading" className={card}>
            <h2 id="resolve-heading" className="font-semibold">Resolve</h2>
            <ResolveForm slug={slug} claimId={claim.id} version={resolution.version} levels={scale.levels.map(({ id, label }) => ({ id, label }))} />
          </section>
          <AssignSection actor={actor} slug={slug} claimId={claim.id} className={card} />
        </div>
      ) : null}
    </main>
  );
}

function EvidenceColumn({ title, id, items }: { title: string; id: string; items: EvidenceView[] }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={card}>
      <h2 id={`${id}-heading`} className="font-semibold">{title} ({items.length})</h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">None.</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="space-y-1 border-l-2 border-slate-200 pl-3 text-sm">
              {item.exact ? <p dir="auto">“{item.exact}”</p> : null}
              {item.note ? <p className="text-slate-600" dir="auto">{item.note}</p> : null}
              <p className="text-xs text-slate-500">
                {item.source.url ? <a href={item.source.url} className="text-blue-800 underline" rel="noreferrer" target="_blank"><bdi>{item.source.title}</bdi></a> : <span dir="auto">{item.source.title}</span>}
                {item.source.publisher ? <> · <bdi>{item.source.publisher}</bdi></> : null}
                {item.source.publishedAt ? ` · ${formatDate(item.source.publishedAt)}` : ""}
                {item.source.reliability ? ` · reliability ${item.source.reliability}/5` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
