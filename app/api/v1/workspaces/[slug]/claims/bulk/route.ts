import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { applyClaimBulk } from "@/lib/data/claims/claim-bulk";

export const POST = apiHandler(apiRoute("bulkClaims"), ({ actor, slug, body }) => applyClaimBulk({ actor, slug, input: body }));
