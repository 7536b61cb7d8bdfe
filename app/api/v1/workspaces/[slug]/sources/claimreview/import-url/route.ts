import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { limitHeavyRequest } from "@/lib/server/http/heavy-limits";
import { fetchPage } from "@/lib/net/fetch-page";
import { importClaimReviewUrl } from "@/lib/workflows/claimreview-import/claimreview-url-import";

// The address is fetched and read within the request, as an upload of what it answered would be; a
// refused address or one with no fact-check to import is a 422 with why under `url`.
export const POST = apiHandler(apiRoute("importClaimReviewUrl"), async ({ request, actor, slug, body }) => {
  await limitHeavyRequest(request, actor.id);
  return importClaimReviewUrl({ actor, slug, url: body.url, fetchPage });
});
