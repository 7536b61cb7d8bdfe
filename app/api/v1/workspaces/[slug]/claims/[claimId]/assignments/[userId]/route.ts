import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { updateClaimAssignments } from "@/lib/data/claims/assignments";
import { notFound } from "@/lib/errors";

export const DELETE = apiHandler(apiRoute("unassignReviewer"), async ({ actor, slug, params }) => {
  const { unassigned } = await updateClaimAssignments({ actor, slug, input: { claimId: params.claimId, assign: [], unassign: [params.userId] } });
  // Nothing to take off: say so rather than answer as if something changed.
  if (unassigned === 0) throw notFound("An assignment of that member to this claim");
});
