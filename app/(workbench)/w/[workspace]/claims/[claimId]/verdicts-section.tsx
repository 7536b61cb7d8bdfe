import { requirePageWorkspace } from "@/lib/server/http/page";
import { getRatingScale } from "@/lib/data/workspaces/rating-scale";
import { getResolution } from "@/lib/data/claims/resolution";
import { listImportedVerdicts } from "@/lib/data/verdicts/imported-verdicts";
import { listClaimVerdicts } from "@/lib/data/verdicts/verdicts";
import { canAssignReviewers, canRecordVerdict, canResolveClaim } from "@/lib/domain/permissions";
import { AssignSection } from "./verdicts/assign-section";
import { ImportedVerdicts } from "./verdicts/imported-verdicts";
import { RatingBadge } from "./verdicts/rating-badge";
import { ReopenForm, ResolveForm } from "./verdicts/resolution-forms";
import { VerdictForm } from "./verdicts/verdict-form";
import { VerdictList } from "./verdicts/verdict-list";
import { When } from "./verdicts/when";

const card = "space-y-4 rounded-lg border border-slate-200 bg-white p-5";

/** The claim's verdicts: the reviewer's own, everyone's (as blind review allows), the final verdict, assignments. */
export async function VerdictsSection({ slug, claimId }: { slug: string; claimId: string }) {
  const { user: actor, role } = await requirePageWorkspace(slug, `/w/${slug}/claims/${claimId}`);
  const canResolve = canResolveClaim(role);
  const [verdicts, imported, scale, resolution] = await Promise.all([
    listClaimVerdicts({ actor, slug, claimId }),
    listImportedVerdicts({ actor, slug, claimId }),
    getRatingScale({ actor, slug }),
    getResolution({ actor, slug, claimId }),
  ]);
  const levels = scale.levels.map(({ id, label }) => ({ id, label }));
  const resolved = resolution.status === "RESOLVED";

  return (
    <>
      {resolved || canResolve ? (
        <section aria-labelledby="final-verdict-heading" className={card}>
          <h2 id="final-verdict-heading" className="font-semibold">Final verdict</h2>
          {resolved && resolution.finalRating ? (
            <div className="space-y-1 text-sm" data-testid="final-verdict">
              <RatingBadge label={resolution.finalRating.label} colour={resolution.finalRating.colour} />
              <p dir="auto" className="whitespace-pre-wrap">{resolution.resolutionNote}</p>
              <p className="text-xs text-slate-500">
                Resolved by {resolution.resolvedBy?.name ?? "someone not in this workspace (imported, or account removed)"}
                {resolution.resolvedAt ? <> · <When at={resolution.resolvedAt} /></> : null}
              </p>
            </div>
          ) : null}
          {canResolve && resolved ? <ReopenForm slug={slug} claimId={claimId} version={resolution.version} /> : null}
          {canResolve && !resolved ? <ResolveForm slug={slug} claimId={claimId} version={resolution.version} levels={levels} /> : null}
        </section>
      ) : null}
      <section aria-labelledby="verdicts-heading" className={card}>
        <h2 id="verdicts-heading" className="font-semibold">Verdicts</h2>
        {canRecordVerdict(role) ? (
          <div className="space-y-3 rounded-md bg-slate-50 p-4">
            <h3 className="text-sm font-semibold">Your verdict</h3>
            {verdicts.mine ? (
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <RatingBadge label={verdicts.mine.rating.label} colour={verdicts.mine.rating.colour} /> <When at={verdicts.mine.createdAt} />
              </p>
            ) : null}
            {resolved ? (
              <p className="text-sm text-slate-600" data-testid="resolved-verdict-note">
                This claim is resolved{resolution.finalRating ? ` as ${resolution.finalRating.label}` : ""}. A verdict with another rating reopens it as disputed and brings it back to the disagreements queue.
              </p>
            ) : null}
            <VerdictForm slug={slug} claimId={claimId} levels={levels} hasVerdict={Boolean(verdicts.mine)} />
          </div>
        ) : null}
        <h3 className="text-sm font-semibold">Reviewers&apos; verdicts</h3>
        <VerdictList current={verdicts.current} history={verdicts.history} hiddenCount={verdicts.hiddenCount} />
        <ImportedVerdicts verdicts={imported} />
      </section>
      {canAssignReviewers(role) ? <AssignSection actor={actor} slug={slug} claimId={claimId} className={card} /> : null}
    </>
  );
}
