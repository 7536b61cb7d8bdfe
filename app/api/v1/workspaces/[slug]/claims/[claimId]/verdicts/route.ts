import { apiHandler, refusedMethod } from "@/lib/api/handler";
import { verdictsNewestFirst } from "@/lib/api/keysets";
import { slicePage } from "@/lib/api/pagination";
import { apiRoute, REFUSED_METHODS } from "@/lib/api/routes";
import { listClaimVerdicts, recordVerdict } from "@/lib/data/verdicts";

export const GET = apiHandler(apiRoute("listVerdicts"), async ({ actor, slug, params, query }) => {
  const { history, current, hiddenCount } = await listClaimVerdicts({ actor, slug, claimId: params.claimId });
  return { ...slicePage(query, verdictsNewestFirst, history), current, hiddenCount };
});

export const POST = apiHandler(apiRoute("recordVerdict"), ({ actor, slug, body }) => recordVerdict({ actor, slug, input: body }));

// Verdicts are append-only: no update, no delete.
const refused = refusedMethod(["GET", "POST"], REFUSED_METHODS[0]!.reason);
export { refused as PUT, refused as PATCH, refused as DELETE };
