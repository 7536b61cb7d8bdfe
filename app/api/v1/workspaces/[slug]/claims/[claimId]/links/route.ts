import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { linkClaims } from "@/lib/data/claims/claim-links";

// The body's claimId is the other claim: the one that is the same claim as the path's.
export const POST = apiHandler(apiRoute("linkClaim"), ({ actor, slug, params, body }) =>
  linkClaims({ actor, slug, input: { claimId: params.claimId, otherId: body.claimId } }),
);
