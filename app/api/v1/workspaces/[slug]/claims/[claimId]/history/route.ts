import { apiHandler } from "@/lib/server/api/handler";
import { historyOldestFirst } from "@/lib/server/api/keysets";
import { slicePage } from "@/lib/server/api/pagination";
import { apiRoute } from "@/lib/server/api/routes";
import { listClaimHistory } from "@/lib/data/audit";
import { getClaim } from "@/lib/data/claims/claims";
import { notFound } from "@/lib/errors";

import { importedFrom } from "@/lib/server/api/imported";

// The claim page's history from the same function, so blind review hides exactly what the page hides.
export const GET = apiHandler(apiRoute("getClaimHistory"), async ({ actor, slug, params, query }) => {
  // A claim of another workspace (or none) is a 404, not an empty history.
  if (!(await getClaim({ actor, slug, claimId: params.claimId }))) throw notFound("That claim");
  const events = (await listClaimHistory({ actor, slug, claimId: params.claimId })).map((event) => ({
    id: event.id,
    entityType: event.entityType,
    action: event.action,
    actor: event.actor ? { id: event.actorId ?? null, name: event.actor.name } : event.importedActor ? { id: null, name: event.importedActor } : null,
    imported: importedFrom(event.import),
    at: event.createdAt,
    before: event.before,
    after: event.after,
  }));
  return slicePage(query, historyOldestFirst, historyOldestFirst.sort(events));
});
