import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { listClaimAssignments, updateClaimAssignments } from "@/lib/data/claims/assignments";
import { getClaim } from "@/lib/data/claims/claims";
import type { Actor } from "@/lib/data/scope";
import { AppError, notFound } from "@/lib/errors";

// The claim page's "Assign reviewers" card: the same list, and the same save (one audit event per change).

async function assignments(actor: Actor, slug: string, claimId: string) {
  return { items: await listClaimAssignments({ actor, slug, claimId }) };
}

export const GET = apiHandler(apiRoute("listAssignments"), async ({ actor, slug, params }) => {
  if (!(await getClaim({ actor, slug, claimId: params.claimId }))) throw notFound("That claim");
  return assignments(actor, slug, params.claimId);
});

export const POST = apiHandler(apiRoute("assignReviewer"), async ({ actor, slug, body }) => {
  try {
    await updateClaimAssignments({ actor, slug, input: { claimId: body.claimId, assign: [body.userId], unassign: [] } });
  } catch (error) {
    // The form's field is the list `assign`; this endpoint's is `userId`.
    const refused = error instanceof AppError ? error.details?.fieldErrors?.assign : undefined;
    if (refused) throw new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: { userId: refused } });
    throw error;
  }
  return assignments(actor, slug, body.claimId);
});
