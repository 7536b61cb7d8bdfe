import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { resolveClaimAsIn } from "@/lib/workflows/review/resolution";

export const POST = apiHandler(apiRoute("resolveClaimAsIn"), async ({ actor, slug, params, body }) => {
  const claim = await resolveClaimAsIn({ actor, slug, input: { ...body, claimId: params.claimId } });
  return { id: claim.id, status: claim.status, version: claim.version };
});
