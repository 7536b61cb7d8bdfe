import { listClaimMatches } from "@/lib/data/claim-matches/claim-matches";
import type { Actor } from "@/lib/data/scope";
import { MatchList } from "../../_claims/match-list";

/** The claim page's "Checked before?": the claims and outside fact-checks that say the same, as GET …/matches. */
export async function CheckedBefore({ actor, slug, claimId, canLink }: { actor: Actor; slug: string; claimId: string; canLink: boolean }) {
  const items = await listClaimMatches({ actor, slug, claimId });
  return (
    <section aria-labelledby="checked-before-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="checked-before-heading" className="font-semibold">Checked before?</h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">No other claim of this workspace, and no imported fact-check, says this. Import outside fact-checks from Sources → ClaimReview to compare with theirs.</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">Claims of this workspace and outside fact-checks that say the same, best first.</p>
          <MatchList slug={slug} items={items} labelledBy="checked-before-heading" sameClaimOf={canLink ? claimId : undefined} />
        </>
      )}
    </section>
  );
}
