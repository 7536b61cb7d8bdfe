import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

// "Same claim" groups: the connected components of claim_links, computed on read with a recursive
// query rather than stored as a group id. Why: a stored group id must be relabelled whenever a group
// splits (an unlink in the middle of a chain A–B–C, or the deletion of B), and merged when two groups
// are linked; a missed relabelling would silently join claims nobody linked. Links are the only truth
// here, so an unlink or a deletion splits a group by itself. Groups are small (a claim repeated a few
// times), so the walk reads a handful of index entries.
//
// Writes that change a group's shape or the final rating of a member (link, unlink, resolution,
// reopening, deletion) must not interleave with another that reads the same group to compute its
// inconsistent ratings, or each could miss the other's change. Lock order, everywhere: the figures'
// advisory lock (when taken), then claim rows, then this workspace-wide group lock. Writes that touch a
// linked claim take it exclusively; the others (a verdict or evidence on an unlinked claim, a figure
// partner's refresh) take it shared, so they still run side by side but never write a row computed
// before a concurrent link committed.

const ids = (claimIds: readonly string[]) => Prisma.sql`array[${Prisma.join(claimIds.map((id) => Prisma.sql`${id}::uuid`))}]::uuid[]`;

/** The members of the groups of the claims `seed` selects (a query of one uuid column), the seeds included. */
export function groupMembersSql(seed: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(with recursive grp(id) as (
      ${seed}
      union
      select case when l."claimAId" = g.id then l."claimBId" else l."claimAId" end
      from grp g join claim_links l on l."claimAId" = g.id or l."claimBId" = g.id
    ) select id from grp)`;
}

/** The other claims of `claimId`'s group (none for an unlinked claim). */
export async function groupMemberIds(db: Pick<Tx, "$queryRaw">, claimId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`select id::text from ${groupMembersSql(Prisma.sql`select ${claimId}::uuid`)} members`;
  return rows.map((row) => row.id).filter((id) => id !== claimId);
}

/** A condition on claim `alias`: it is linked to at least one other claim. */
export function isLinkedSql(alias: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`exists (select 1 from claim_links l where l."claimAId" = ${alias} or l."claimBId" = ${alias})`;
}

function groupLockKey(workspaceId: string) {
  return `claim-groups:${workspaceId}`;
}

/** The exclusive group lock of a workspace: link, unlink and deletion of a linked claim take it. */
export async function lockClaimGroups(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${groupLockKey(workspaceId)}, 0))`;
}

/**
 * Takes the group lock for a refresh of these claims (exclusive when any is linked, else shared) and
 * answers every claim of their groups, the claims themselves included: when one member's rating or
 * links change, every member's inconsistency may change.
 */
export async function lockAndExpandGroups(tx: Tx, claimIds: readonly string[]): Promise<string[]> {
  const workspaces = await tx.$queryRaw<{ workspaceId: string; linked: boolean }[]>`
    select c."workspaceId"::text as "workspaceId", bool_or(${isLinkedSql(Prisma.sql`c.id`)}) as linked
    from claims c where c.id = any(${ids(claimIds)}) group by 1 order by 1`;
  for (const { workspaceId, linked } of workspaces) {
    if (linked) await lockClaimGroups(tx, workspaceId);
    else await tx.$executeRaw`select pg_advisory_xact_lock_shared(hashtextextended(${groupLockKey(workspaceId)}, 0))`;
  }
  if (!workspaces.some((workspace) => workspace.linked)) return [...new Set(claimIds)];
  const rows = await tx.$queryRaw<{ id: string }[]>`select id::text from ${groupMembersSql(Prisma.sql`select unnest(${ids(claimIds)})`)} members`;
  return [...new Set([...claimIds, ...rows.map((row) => row.id)])];
}

/**
 * Before deleting claims: locks their rows, takes the group lock (exclusive when any is linked) and
 * answers the other members of their groups, whose inconsistent ratings the deletion may settle.
 */
export async function lockGroupsForDeletion(tx: Tx, workspaceId: string, claimIds: readonly string[]): Promise<string[]> {
  if (claimIds.length === 0) return [];
  await tx.$queryRaw`select id from claims where id = any(${ids(claimIds)}) and "workspaceId" = ${workspaceId}::uuid order by id for update`;
  const expanded = await lockAndExpandGroups(tx, claimIds);
  const deleted = new Set(claimIds);
  return expanded.filter((id) => !deleted.has(id));
}

/** The ids of the claims of one claim's group, itself included (just itself when it is in none). */
export async function groupIdsOf(tx: Tx, claimId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`select id::text from ${groupMembersSql(Prisma.sql`select ${claimId}::uuid`)} members`;
  return rows.map((row) => row.id);
}
