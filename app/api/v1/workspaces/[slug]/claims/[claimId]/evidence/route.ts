import { apiHandler } from "@/lib/server/api/handler";
import { byCreation } from "@/lib/server/api/keysets";
import { fetchPage } from "@/lib/server/api/pagination";
import { apiRoute } from "@/lib/server/api/routes";
import { getClaim } from "@/lib/data/claims/claims";
import { addArticleEvidence, addExternalEvidence, listClaimEvidence } from "@/lib/data/evidence/evidence";
import { notFound } from "@/lib/errors";

export const GET = apiHandler(apiRoute("listEvidence"), async ({ actor, slug, params, query }) => {
  // A claim of another workspace (or none) is a 404, not an empty list.
  if (!(await getClaim({ actor, slug, claimId: params.claimId }))) throw notFound("That claim");
  return fetchPage(query, byCreation, (window) => listClaimEvidence({ actor, slug, claimId: params.claimId, window }));
});

export const POST = apiHandler(apiRoute("createEvidence"), async ({ actor, slug, body }) => {
  if (body.sourceMode === "passage") return addArticleEvidence({ actor, slug, input: body });
  const { id, claimStatus } = await addExternalEvidence({ actor, slug, input: body });
  return { id, claimStatus };
});
