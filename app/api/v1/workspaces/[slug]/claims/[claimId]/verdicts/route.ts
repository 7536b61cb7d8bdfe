import { apiHandler, refusedMethod } from "@/lib/server/api/handler";
import { verdictsNewestFirst } from "@/lib/server/api/keysets";
import { slicePage } from "@/lib/server/api/pagination";
import { apiRoute, REFUSED_METHODS } from "@/lib/server/api/routes";
import { listClaimVerdicts } from "@/lib/data/verdicts/verdicts";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";

export const GET = apiHandler(apiRoute("listVerdicts"), async ({ actor, slug, params, query }) => {
  const { history, current, hiddenCount } = await listClaimVerdicts({ actor, slug, claimId: params.claimId });
  return { ...slicePage(query, verdictsNewestFirst, history), current, hiddenCount };
});

export const POST = apiHandler(apiRoute("recordVerdict"), ({ actor, slug, body }) => recordVerdict({ actor, slug, input: body }));

// Verdicts are append-only: no update, no delete.
const refused = refusedMethod(["GET", "POST"], REFUSED_METHODS[0]!.reason);
export { refused as PUT, refused as PATCH, refused as DELETE };
