import { listClaimMatches } from "@/lib/data/claim-matches/claim-matches";
import { getClaimGroup } from "@/lib/data/claims/claim-links";
import type { Actor } from "@/lib/data/scope";
import { MatchList } from "../../_claims/match-list";

/** The claim page's "Checked before?": the claims and outside fact-checks that say the same, as GET …/matches. */
export async function CheckedBefore({ actor, slug, claimId, canLink }: { actor: Actor; slug: string; claimId: string; canLink: boolean }) {
  const items = await listClaimMatches({ actor, slug, claimId });
  // Claims already linked as the same claim are not offered as matches (they are "Same claim as…" below), so
  // "nothing says this" would be untrue for a claim of a group.
  const linked = items.length === 0 ? (await getClaimGroup({ actor, slug, claimId })).items.length : 0;
  return (
    <section aria-labelledby="checked-before-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="checked-before-heading" className="font-semibold">Checked before?</h2>
      {items.length === 0 ? (
        linked > 0 ? (
          <p className="text-sm text-slate-600">Nothing else says this beyond the {linked === 1 ? "claim" : `${linked} claims`} linked as the same claim (below). Import outside fact-checks from Sources → ClaimReview to compare with theirs.</p>
        ) : (
          <p className="text-sm text-slate-600">No other claim of this workspace, and no imported fact-check, says this. Import outside fact-checks from Sources → ClaimReview to compare with theirs.</p>
        )
      ) : (
        <>
          <p className="text-sm text-slate-600">Claims of this workspace and outside fact-checks that say the same, best first.</p>
          <MatchList slug={slug} items={items} labelledBy="checked-before-heading" sameClaimOf={canLink ? claimId : undefined} />
        </>
      )}
    </section>
  );
}
