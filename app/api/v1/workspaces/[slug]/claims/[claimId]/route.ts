import { apiHandler } from "@/lib/server/api/handler";
import { ifMatchVersion } from "@/lib/server/api/preconditions";
import { apiRoute } from "@/lib/server/api/routes";
import { getClaim } from "@/lib/data/claims/claims";
import { patchClaim } from "@/lib/data/claims/claims-api";
import { notFound } from "@/lib/errors";

export const GET = apiHandler(apiRoute("getClaim"), async ({ actor, slug, params }) => {
  const claim = await getClaim({ actor, slug, claimId: params.claimId });
  if (!claim) throw notFound("That claim");
  const { article, ...rest } = claim;
  return Response.json({ ...rest, article: { id: article.id, title: article.title } }, { headers: { ETag: `"${claim.version}"`, "Cache-Control": "private, no-store" } });
});

export const PATCH = apiHandler(apiRoute("updateClaim"), ({ actor, slug, params, body, request }) =>
  patchClaim({ actor, slug, claimId: params.claimId, version: ifMatchVersion(request), patch: body }),
);
