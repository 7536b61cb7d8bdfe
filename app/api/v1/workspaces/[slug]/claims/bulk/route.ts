import { apiHandler } from "@/lib/api/handler";
import { apiRoute } from "@/lib/api/routes";
import { applyClaimBulk } from "@/lib/data/claim-bulk";

export const POST = apiHandler(apiRoute("bulkClaims"), ({ actor, slug, body }) => applyClaimBulk({ actor, slug, input: body }));
