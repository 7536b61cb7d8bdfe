import { apiHandler } from "@/lib/api/handler";
import { byCreation } from "@/lib/api/keysets";
import { fetchPage } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/routes";
import { getClaim } from "@/lib/data/claims";
import { addArticleEvidence, addExternalEvidence, listClaimEvidence } from "@/lib/data/evidence";
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
