import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimPairInput } from "@/lib/schemas/claim-links";
import { recordAudit } from "../audit";
import { recordEvent } from "../events/events";
import { refreshClaimDisagreements } from "../disagreements/claim-disagreements";
import { memberOf, type Actor } from "../scope";
import { requireWorkspaceRole } from "../workspaces/workspaces";
import { groupIdsOf, groupMembersSql, lockClaimGroups } from "./claim-groups";

// "Same claim" links (issue 17): a reviewer confirms that two claims of the workspace say the same
// thing; linked claims form a group (claim-groups.ts), shown on each claim page, whose final ratings
// must agree (inconsistent ratings, lib/data/disagreements/claim-disagreements.ts). Linking, unlinking
// and dismissing a suggested match are audited on both claims' timelines.

/** A pair is stored once, smaller id first (the tables' check constraints hold it). */
export function orderedPair(one: string, other: string): { claimAId: string; claimBId: string } {
  return one < other ? { claimAId: one, claimBId: other } : { claimAId: other, claimBId: one };
}

type Locked = { id: string; statement: string };

/**
 * Refuses a pair of one claim with itself, then locks both claims' rows (in id order, so two writes on
 * one pair cannot deadlock) and reads them. The claim of the path must be in the workspace (404); the
 * other, named in the body, is a field of the request (422 saying why), or, with no field (unlinking),
 * a link that does not exist (404).
 */
async function lockPair(tx: Tx, workspaceId: string, { claimId, otherId }: ClaimPairInput, field: string | null): Promise<{ claim: Locked; other: Locked }> {
  if (claimId === otherId) {
    if (!field) throw notFound("A link between these two claims");
    throw new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: { [field]: ["A claim cannot be linked to itself: choose another claim."] } });
  }
  const rows = await tx.$queryRaw<Locked[]>`
    select id::text, statement from claims
    where "workspaceId" = ${workspaceId}::uuid and id in (${claimId}::uuid, ${otherId}::uuid)
    order by id for update`;
  const claim = rows.find((row) => row.id === claimId);
  const other = rows.find((row) => row.id === otherId);
  if (!claim) throw notFound("That claim");
  if (!other) {
    // Unlinking (no field): there is no link with a claim that is not here.
    if (!field) throw notFound("A link between these two claims");
    throw new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: { [field]: ["That claim is not in this workspace: only claims of one workspace can be linked."] } });
  }
  return { claim, other };
}

/**
 * One event on each claim's timeline, naming the other claim, and a live claim.updated for each (its
 * group changed). One at a time: a transaction runs one query at once.
 */
async function auditBoth(tx: Tx, { workspaceId, actorId, action, claim, other }: { workspaceId: string; actorId: string; action: string; claim: Locked; other: Locked }) {
  for (const [self, partner] of [[claim, other], [other, claim]] as const) {
    await recordAudit(tx, {
      workspaceId, actorId, entityType: "claim", entityId: self.id, claimId: self.id, action,
      after: { sameClaimAs: partner.statement, otherClaimId: partner.id },
    });
    await recordEvent(tx, { workspaceId, name: "claim.updated", claimId: self.id, actorId });
  }
}

/** Links two claims as the same claim. Reviewers and above; refused for one claim, another workspace's, or a pair already in one group. */
export async function linkClaims({ actor, slug, input }: { actor: Actor; slug: string; input: ClaimPairInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "linkClaims" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const { claim, other } = await lockPair(tx, workspaceId, input, "claimId");
    await lockClaimGroups(tx, workspaceId);
    const group = await groupIdsOf(tx, claim.id);
    if (group.includes(other.id)) {
      const direct = await tx.claimLink.findUnique({ where: { claimAId_claimBId: orderedPair(claim.id, other.id) }, select: { id: true } });
      throw new AppError("CONFLICT", direct
        ? "These two claims are already linked as the same claim."
        : "These two claims are already the same claim: they are in one group through the claims linked between them.", { current: { groupSize: group.length } });
    }
    await tx.claimLink.create({ data: { workspaceId, ...orderedPair(claim.id, other.id), createdById: actor.id }, select: { id: true } });
    // Linking overrides an earlier "not the same" judgement of the pair.
    await tx.claimMatchDismissal.deleteMany({ where: orderedPair(claim.id, other.id) });
    await auditBoth(tx, { workspaceId, actorId: actor.id, action: "link", claim, other });
    await refreshClaimDisagreements(tx, [claim.id, other.id]);
    return { claimId: claim.id, otherId: other.id, groupSize: (await groupIdsOf(tx, claim.id)).length };
  });
}

/** Unlinks two claims; the group splits where no other link holds it together. */
export async function unlinkClaims({ actor, slug, input }: { actor: Actor; slug: string; input: ClaimPairInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "linkClaims" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const { claim, other } = await lockPair(tx, workspaceId, input, null);
    await lockClaimGroups(tx, workspaceId);
    const removed = await tx.claimLink.deleteMany({ where: { workspaceId, ...orderedPair(claim.id, other.id) } });
    if (removed.count === 0) throw notFound("A link between these two claims");
    // Unlinked, each may be offered as the other's match again: both are checked again for triage.
    await markForMatchCheck(tx, [claim.id, other.id]);
    await auditBoth(tx, { workspaceId, actorId: actor.id, action: "unlink", claim, other });
    // Both former ends: each one's group now (one group, or the two halves of a split) is refreshed.
    await refreshClaimDisagreements(tx, [claim.id, other.id]);
    return { claimId: claim.id, otherId: other.id };
  });
}

/** Records that a suggested match is not the same claim, so the matcher stops offering it. Idempotent. */
export async function dismissMatch({ actor, slug, input }: { actor: Actor; slug: string; input: ClaimPairInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "linkClaims" });
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const { claim, other } = await lockPair(tx, workspaceId, input, "claimId");
    const created = await tx.claimMatchDismissal.createMany({ data: [{ workspaceId, ...orderedPair(claim.id, other.id), dismissedById: actor.id }], skipDuplicates: true });
    if (created.count > 0) {
      await auditBoth(tx, { workspaceId, actorId: actor.id, action: "dismiss-match", claim, other });
      // The dismissed match may have been either claim's only one: both are checked again for triage.
      await markForMatchCheck(tx, [claim.id, other.id]);
    }
    return { claimId: claim.id, otherId: other.id };
  });
}

/** The claims' matches are to be checked again by the worker (lib/jobs/match-checks.ts), which sets their hasMatch. */
function markForMatchCheck(tx: Tx, claimIds: string[]) {
  return tx.claim.updateMany({ where: { id: { in: claimIds } }, data: { matchCheckedAt: null } });
}

/**
 * The claims dismissed as "not the same" as this one, for the matcher to leave out. No access check of
 * its own: the matcher asks it for a claim it has already read with the caller's scope.
 */
export async function listDismissedMatches(claimId: string): Promise<string[]> {
  const rows = await getDb().claimMatchDismissal.findMany({
    where: { OR: [{ claimAId: claimId }, { claimBId: claimId }] },
    select: { claimAId: true, claimBId: true },
  });
  return rows.map((row) => (row.claimAId === claimId ? row.claimBId : row.claimAId));
}

const memberSelect = {
  id: true, statement: true, status: true, version: true, createdAt: true,
  finalRating: { select: { id: true, label: true, colour: true } },
  article: { select: { id: true, title: true } },
} satisfies Prisma.ClaimSelect;

/** The claim's group: every other claim linked to it, directly or through others (oldest first), and the links. */
export async function getClaimGroup({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }) {
  const db = getDb();
  const claim = await db.claim.findFirst({ where: { id: claimId, ...memberOf(actor, slug) }, select: { id: true, workspaceId: true } });
  if (!claim) throw notFound("That claim");
  const ids = (await db.$queryRaw<{ id: string }[]>`select id::text from ${groupMembersSql(Prisma.sql`select ${claim.id}::uuid`)} members`).map((row) => row.id);
  const [members, links] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids.filter((id) => id !== claim.id) }, workspaceId: claim.workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: memberSelect }),
    db.claimLink.findMany({ where: { claimAId: { in: ids } }, orderBy: { createdAt: "asc" }, select: { claimAId: true, claimBId: true, createdAt: true } }),
  ]);
  return {
    items: members.map(({ createdAt: _createdAt, ...member }) => member),
    links: links.map((link) => ({ a: link.claimAId, b: link.claimBId, at: link.createdAt })),
  };
}

export type ClaimGroup = Awaited<ReturnType<typeof getClaimGroup>>;
