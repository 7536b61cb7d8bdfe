import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { CLAIM_STATUS_LABELS } from "@/lib/domain/vocabulary";
import { groupIdsOf } from "./claim-groups";
import { memberOf, type Actor } from "../scope";

// A claim's resolution as pages read it, and the checks of resolving "as in" another claim. Resolving and
// reopening are lib/workflows/review/resolution.ts.

/** The resolution as the claim page shows it: who resolved, when, with which rating and note. */
export async function getResolution({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }) {
  const claim = await getDb().claim.findFirst({
    where: { id: claimId, ...memberOf(actor, slug) },
    select: { status: true, version: true, resolutionNote: true, resolvedAt: true, resolvedBy: { select: { name: true } }, finalRating: { select: { id: true, label: true, colour: true } } },
  });
  if (!claim) throw notFound("That claim");
  return claim;
}

const asInField = (message: string) => new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: { asIn: [message] } });

/**
 * A step of resolving a claim "as in" another (lib/workflows/review/resolution.ts resolveClaimAsIn), in its
 * transaction: locks both claims' rows (id order), so the source cannot be reopened between this check
 * and the copy, and answers the source's statement and final rating. Refused: a source that is not in
 * the workspace or not in the claim's group (422), or no longer resolved (409, with its state now).
 */
export async function lockResolvedSource(tx: Tx, { workspaceId, claimId, asIn }: { workspaceId: string; claimId: string; asIn: string }) {
  await tx.$queryRaw`select id from claims where "workspaceId" = ${workspaceId}::uuid and id in (${claimId}::uuid, ${asIn}::uuid) order by id for update`;
  const source = await tx.claim.findFirst({
    where: { id: asIn, workspaceId },
    select: { id: true, statement: true, status: true, version: true, finalRating: { select: { id: true, label: true } } },
  });
  if (!source) throw asInField("That claim is not in this workspace.");
  if (!(await groupIdsOf(tx, claimId)).includes(source.id)) throw asInField("That claim is not the same claim as this one: link the two claims first.");
  if (source.status !== "RESOLVED" || !source.finalRating) {
    throw new AppError("CONFLICT", `“${source.statement}” is no longer resolved (it is ${CLAIM_STATUS_LABELS[source.status].toLowerCase()} now), so there is no final rating to copy. Nothing was saved.`, {
      current: { asIn: { id: source.id, status: source.status, version: source.version, finalRating: null } },
    });
  }
  return { id: source.id, statement: source.statement, finalRating: source.finalRating };
}
