import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { getClaimGroup } from "@/lib/data/claims/claim-links";

export const GET = apiHandler(apiRoute("getClaimGroup"), ({ actor, slug, params }) => getClaimGroup({ actor, slug, claimId: params.claimId }));
