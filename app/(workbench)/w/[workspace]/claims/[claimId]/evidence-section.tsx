import Link from "next/link";
import { requirePageWorkspace } from "@/lib/server/http/page";
import { listClaimEvidence } from "@/lib/data/evidence/evidence";
import { suggestEvidence } from "@/lib/data/evidence/evidence-suggestions";
import { canAddEvidence, canRemoveEvidence } from "@/lib/domain/permissions";
import { EvidenceItem } from "./evidence/evidence-item";
import { STANCES } from "@/lib/domain/vocabulary";
import { STANCE_TEXT } from "./evidence/evidence-labels";
import { SuggestedEvidence } from "./evidence/suggested-evidence";

/** The claim's evidence by stance, and for reviewers the way to add more: by hand or from suggestions. */
export async function EvidenceSection({ slug, claimId }: { slug: string; claimId: string }) {
  const { user: actor, role } = await requirePageWorkspace(slug, `/w/${slug}/claims/${claimId}`);
  const canAdd = canAddEvidence(role);
  const member = { id: actor.id, role };
  const [evidence, suggestions] = await Promise.all([
    listClaimEvidence({ actor, slug, claimId }),
    canAdd ? suggestEvidence({ actor, slug, claimId }) : Promise.resolve([]),
  ]);

  return (
    <section aria-labelledby="evidence-heading" className="space-y-5 rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex items-center justify-between gap-4">
        <h2 id="evidence-heading" className="font-semibold">Evidence</h2>
        {canAdd ? (
          <Link href={`/w/${slug}/claims/${claimId}/evidence/new`} className="rounded-md bg-blue-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-blue-800">
            Add evidence
          </Link>
        ) : null}
      </div>
      {evidence.length === 0 ? (
        <p className="text-sm text-slate-600">
          No evidence yet.{" "}
          {canAdd ? "Link a passage of an article or an external source that supports or contradicts the claim, or start from a suggestion below." : "Reviewers link the sources that support or contradict the claim here."}
        </p>
      ) : null}
      {evidence.length > 0
        ? STANCES.map((stance) => {
            const items = evidence.filter((e) => e.stance === stance);
            const headingId = `evidence-${stance.toLowerCase()}-heading`;
            return (
              <section key={stance} aria-labelledby={headingId}>
                <h3 id={headingId} className="text-sm font-semibold text-slate-800">
                  {STANCE_TEXT[stance].group} <span className="font-normal text-slate-500">({items.length})</span>
                </h3>
                {items.length === 0 ? (
                  <p className="mt-1 text-sm text-slate-500">None yet.</p>
                ) : (
                  <ul className="mt-2 space-y-3">
                    {items.map((item) => (
                      <EvidenceItem key={item.id} slug={slug} evidence={item} canRemove={canRemoveEvidence(member, item)} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })
        : null}
      {canAdd && suggestions.length > 0 ? <SuggestedEvidence slug={slug} claimId={claimId} suggestions={suggestions} /> : null}
    </section>
  );
}
