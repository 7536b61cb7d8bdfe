import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { CLAIM_STATUS_LABELS } from "@/lib/domain/vocabulary";
import type { ResolveAsInInput } from "@/lib/schemas/claim-links";
import { groupIdsOf } from "@/lib/data/claims/claim-groups";
import type { Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import { findClaimState, writeResolution } from "./resolution";

// Resolving a claim "as in" a resolved claim of its "same claim" group (issue 17): the source's final
// rating is copied, with a resolution note that names the source claim, through the one resolution
// write (resolution.ts), so the same checks apply (editors, the version read, not resolved already).

const field = (message: string) => new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: { asIn: [message] } });

/** Locks both claims' rows in id order: the source cannot be reopened between the check and the copy. */
async function lockBoth(tx: Tx, workspaceId: string, ids: string[]) {
  await tx.$queryRaw`select id from claims where "workspaceId" = ${workspaceId}::uuid and id in (${ids[0]}::uuid, ${ids[1]}::uuid) order by id for update`;
}

function sourceNote(source: { statement: string }, label: string, note: string | undefined): string {
  const generated = `Resolved as in the same claim “${source.statement}”, rated ${label} there.`;
  return note ? `${generated}\n\n${note}` : generated;
}

/** Resolves `claimId` with the final rating of `asIn`, a resolved member of its group. Editors and above. */
export async function resolveClaimAsIn({ actor, slug, input }: { actor: Actor; slug: string; input: ResolveAsInInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "resolveClaim" });
  const workspaceId = access.workspace.id;
  if (input.asIn === input.claimId) throw field("A claim cannot be resolved as in itself: choose another claim of its group.");
  return getDb().$transaction(async (tx) => {
    await lockBoth(tx, workspaceId, [input.claimId, input.asIn]);
    const claim = await findClaimState(tx, workspaceId, input.claimId);
    const source = await tx.claim.findFirst({
      where: { id: input.asIn, workspaceId },
      select: { id: true, statement: true, status: true, version: true, finalRating: { select: { id: true, label: true } } },
    });
    if (!source) throw field("That claim is not in this workspace.");
    if (!(await groupIdsOf(tx, claim.id)).includes(source.id)) throw field("That claim is not the same claim as this one: link the two claims first.");
    if (source.status !== "RESOLVED" || !source.finalRating) {
      throw new AppError("CONFLICT", `“${source.statement}” is no longer resolved (it is ${CLAIM_STATUS_LABELS[source.status].toLowerCase()} now), so there is no final rating to copy. Nothing was saved.`, {
        current: { asIn: { id: source.id, status: source.status, version: source.version, finalRating: null } },
      });
    }
    return writeResolution(tx, {
      actor, workspaceId, claim, version: input.version, rating: source.finalRating,
      note: sourceNote(source, source.finalRating.label, input.note), action: "resolve-as-in",
      extra: { asIn: source.statement, asInClaimId: source.id },
    });
  });
}
