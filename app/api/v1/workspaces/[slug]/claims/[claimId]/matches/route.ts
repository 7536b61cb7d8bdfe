import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { listClaimMatches } from "@/lib/data/claim-matches/claim-matches";

// The claim page's "Checked before?" from the same function, so the API and the page show the same matches.
export const GET = apiHandler(apiRoute("listClaimMatches"), async ({ actor, slug, params, query }) => ({
  items: await listClaimMatches({ actor, slug, claimId: params.claimId, limit: query.limit }),
}));
