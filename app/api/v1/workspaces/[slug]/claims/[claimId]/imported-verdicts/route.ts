import { apiHandler } from "@/lib/server/api/handler";
import { importedFrom } from "@/lib/server/api/imported";
import { apiRoute } from "@/lib/server/api/routes";
import { getClaim } from "@/lib/data/claims/claims";
import { listImportedVerdicts } from "@/lib/data/verdicts/imported-verdicts";
import { notFound } from "@/lib/errors";

// The claim page's "Imported verdicts", from the same function: blind review hides them alike.
export const GET = apiHandler(apiRoute("listImportedVerdicts"), async ({ actor, slug, params }) => {
  // A claim of another workspace (or none) is a 404, not an empty list.
  if (!(await getClaim({ actor, slug, claimId: params.claimId }))) throw notFound("That claim");
  const { items, hiddenCount } = await listImportedVerdicts({ actor, slug, claimId: params.claimId });
  return {
    items: items.map((verdict) => ({
      id: verdict.id, reviewerName: verdict.reviewerName, rating: verdict.rating, rationale: verdict.rationale, at: verdict.createdAt, imported: importedFrom(verdict.import)!,
    })),
    hiddenCount,
  };
});
