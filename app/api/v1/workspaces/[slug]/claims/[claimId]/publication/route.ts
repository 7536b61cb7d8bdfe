import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { publicUrlBases } from "@/lib/server/http/public-url-bases";
import { AppError } from "@/lib/errors";
import { getClaimPublicationView } from "@/lib/workflows/publishing/claim-publication-view";
import { publishClaim } from "@/lib/workflows/publishing/publish-claim";
import { unpublishClaim } from "@/lib/workflows/publishing/unpublish-claim";

// A claim's public fact-check (issue 19): read the editor's view, publish or republish, unpublish.

export const GET = apiHandler(apiRoute("getClaimPublication"), async ({ request, actor, slug, params }) => {
  const { publication } = await getClaimPublicationView({ actor, slug, claimId: params.claimId, bases: publicUrlBases(request) });
  if (!publication) throw new AppError("NOT_FOUND", "This claim has never been published.");
  return publication;
});

export const POST = apiHandler(apiRoute("publishClaim"), async ({ request, actor, slug, params, body }) => {
  const published = await publishClaim({ actor, slug, claimId: params.claimId, input: body, bases: publicUrlBases(request) });
  return published;
});

export const DELETE = apiHandler(apiRoute("unpublishClaim"), async ({ actor, slug, params }) => {
  await unpublishClaim({ actor, slug, claimId: params.claimId });
});
