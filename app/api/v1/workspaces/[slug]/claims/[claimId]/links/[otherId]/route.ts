import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { unlinkClaims } from "@/lib/data/claims/claim-links";

export const DELETE = apiHandler(apiRoute("unlinkClaim"), async ({ actor, slug, params }) => {
  await unlinkClaims({ actor, slug, input: { claimId: params.claimId, otherId: params.otherId } });
});
