import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { dismissMatch } from "@/lib/data/claims/claim-links";

export const POST = apiHandler(apiRoute("dismissMatch"), ({ actor, slug, params, body }) =>
  dismissMatch({ actor, slug, input: { claimId: params.claimId, otherId: body.claimId } }),
);
