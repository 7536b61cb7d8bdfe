import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { reopenClaim, resolveClaim } from "@/lib/workflows/review/resolution";

export const POST = apiHandler(apiRoute("changeClaimStatus"), async ({ actor, slug, body }) => {
  const claim = body.status === "RESOLVED" ? await resolveClaim({ actor, slug, input: body }) : await reopenClaim({ actor, slug, input: body });
  return { id: claim.id, status: claim.status, version: claim.version };
});
