import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { INCONSISTENT_MIN_RATINGS, SOURCE_CONFLICT_MIN_PER_SIDE, SPLIT_MIN_RATINGS } from "@/lib/domain/disagreement-severity";
import { groupMembersSql, isLinkedSql, lockAndExpandGroups } from "../claims/claim-groups";
import { enumSql } from "../vocabulary-sql";
import { recordEvent } from "@/lib/data/events/events";

// The disagreement queue's stored rows (claim_disagreements), one per claim that shows at least one
// kind of open disagreement: an unresolved claim, or a resolved one whose "same claim" group holds
// another final rating (inconsistent ratings, the one kind between resolved claims). Every write that can change a kind (a verdict, evidence, a
// figure, a resolution, the rating scale) calls refreshClaimDisagreements in its own transaction, so
// the queue, the claims filter and the dashboard read an index instead of aggregating the verdicts
// and evidence of every claim on each request.
//
// Severity and its kinds follow lib/domain/disagreement-severity.ts (measureDisagreement), the one
// statement of the rule, with its thresholds; claim-disagreements.db.test.ts checks this SQL against
// it on a table of cases. A figure conflict's severity is the claim's stored one (claims.figureConflict,
// the greatest over every claim it conflicts with, whichever is resolved;
// lib/data/figure-conflicts/figure-conflict-writes.ts keeps it), so both claims of a conflict show it
// until each is resolved.
// Since: the newest current verdict (split), the newest supporting or contradicting evidence (source
// conflict), when the claim began to conflict with another (figure conflict), the newest resolution or
// link in the group (inconsistent ratings); the latest of the kinds present.
// A claim's inconsistency depends on every member of its group, so a refresh covers the whole group of
// each claim given (lib/data/claims/claim-groups.ts, which also says how concurrent writes are ordered).

/**
 * Recomputes the stored queue rows of the claims. Call it inside the write's transaction, after the
 * write (for figures: with the claims finishFigureWrite returns).
 */
export async function refreshClaimDisagreements(tx: Tx, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await rebuild(tx, claimsWithIds(await lockAndExpandGroups(tx, claimIds)));
}

/** The claims, as a condition on claims `c`. */
export function claimsWithIds(claimIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`c.id = any(array[${Prisma.join(claimIds.map((id) => Prisma.sql`${id}::uuid`))}])`;
}

/** Recomputes every stored queue row of a workspace: after a change of its rating scale, or bulk loads. */
export async function refreshWorkspaceDisagreements(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`claim-groups:${workspaceId}`}, 0))`;
  await rebuild(tx, Prisma.sql`c."workspaceId" = ${workspaceId}::uuid`);
}

async function rebuild(tx: Tx, claimsWhere: Prisma.Sql) {
  const sql = rebuildSql(claimsWhere);
  const before = await readQueueRows(tx, claimsWhere);
  await tx.$executeRaw(sql.remove);
  await tx.$executeRaw(sql.insert);
  await recordQueueChanges(tx, before, await readQueueRows(tx, claimsWhere));
}

type QueueRow = { claimId: string; workspaceId: string; articleId: string; kinds: string };

async function readQueueRows(tx: Tx, claimsWhere: Prisma.Sql): Promise<Map<string, QueueRow>> {
  const rows = await tx.$queryRaw<QueueRow[]>`
    select cd."claimId"::text, cd."workspaceId"::text, cd."articleId"::text,
      concat_ws(':', cd."reviewerSplit", cd."sourceConflict", cd."figureConflict", cd.severity) as kinds
    from claim_disagreements cd join claims c on c.id = cd."claimId" where ${claimsWhere}`;
  return new Map(rows.map((row) => [row.claimId, row]));
}

/** Past this many claims at once (a new rating scale), one workspace-wide event says "reload the queue". */
const MAX_CLAIM_EVENTS = 50;

/** A live event for each claim whose queue row appeared, went or changed its kinds or severity (lib/server/live). */
async function recordQueueChanges(tx: Tx, before: Map<string, QueueRow>, after: Map<string, QueueRow>) {
  const changed = [...new Set([...before.keys(), ...after.keys()])]
    .filter((claimId) => before.get(claimId)?.kinds !== after.get(claimId)?.kinds)
    .map((claimId) => (after.get(claimId) ?? before.get(claimId))!);
  if (changed.length > MAX_CLAIM_EVENTS) {
    for (const workspaceId of new Set(changed.map((row) => row.workspaceId))) await recordEvent(tx, { workspaceId, name: "disagreements.changed" });
    return;
  }
  for (const row of changed) await recordEvent(tx, { workspaceId: row.workspaceId, name: "disagreements.changed", claimId: row.claimId, articleId: row.articleId });
}

/** The two statements that rebuild the rows of the claims matching `claimsWhere` (over claims `c`). */
export function rebuildSql(claimsWhere: Prisma.Sql) {
  // The domain's thresholds, written into the statement as constants (they are not per-request data).
  const split = Prisma.sql`rv.ratings >= ${Prisma.raw(String(SPLIT_MIN_RATINGS))}`;
  const sides = Prisma.sql`ev.supporting >= ${Prisma.raw(String(SOURCE_CONFLICT_MIN_PER_SIDE))} and ev.contradicting >= ${Prisma.raw(String(SOURCE_CONFLICT_MIN_PER_SIDE))}`;
  const inconsistent = Prisma.sql`gr.ratings >= ${Prisma.raw(String(INCONSISTENT_MIN_RATINGS))}`;
  const resolved = Prisma.sql`c.status = ${enumSql("ClaimStatus", "RESOLVED")}`;
  const remove = Prisma.sql`delete from claim_disagreements cd using claims c where cd."claimId" = c.id and ${claimsWhere}`;
  const insert = Prisma.sql`
    insert into claim_disagreements ("claimId", "workspaceId", "articleId", "reviewerSplit", "sourceConflict", "figureConflict", "inconsistentRatings", severity, since)
    select id, "workspaceId", "articleId", split, conflict, figure, inconsistent, greatest(split, conflict, figure, inconsistent), since
    from (
      select c.id, c."workspaceId", c."articleId",
        case when not ${resolved} and ${split} then case when rv.unrated then sc.range else rv.spread end end as split,
        case when not ${resolved} and ${sides} then least(ev.supporting, ev.contradicting) end as conflict,
        case when not ${resolved} then c."figureConflict" end as figure,
        case when ${resolved} and ${inconsistent} then case when gr.unrated then sc.range else gr.spread end end as inconsistent,
        greatest(
          case when not ${resolved} and ${split} then rv.latest end,
          case when not ${resolved} and ${sides} then ev.latest end,
          case when not ${resolved} and c."figureConflict" is not null then coalesce(c."figureConflictSince", now()) end,
          case when ${resolved} and ${inconsistent} then gr.latest end
        ) as since
      from claims c
      cross join lateral (
        select coalesce(max(r.ordinal) - min(r.ordinal), 0)::int as range from rating_levels r where r."workspaceId" = c."workspaceId"
      ) sc
      cross join lateral (
        select count(distinct cv."ratingId")::int as ratings, coalesce(max(r.ordinal) - min(r.ordinal), 0)::int as spread,
          coalesce(bool_or(r.ordinal is null), false) as unrated, max(cv."createdAt") as latest
        from (
          select distinct on (v."reviewerId") v."ratingId", v."createdAt"
          from verdicts v where v."claimId" = c.id
          order by v."reviewerId", v."createdAt" desc, v.id desc
        ) cv join rating_levels r on r.id = cv."ratingId"
      ) rv
      cross join lateral (
        select
          count(*) filter (where e.stance = ${enumSql("Stance", "SUPPORTS")})::int as supporting,
          count(*) filter (where e.stance = ${enumSql("Stance", "CONTRADICTS")})::int as contradicting,
          max(e."createdAt") filter (where e.stance <> ${enumSql("Stance", "CONTEXT")}) as latest
        from evidence e where e."claimId" = c.id
      ) ev
      -- The final ratings of the resolved members of the claim's group, and its newest resolution or link
      -- (each link counted at its first end). Walked only for a resolved claim.
      cross join lateral (
        select count(distinct g."finalRatingId") filter (where g.status = ${enumSql("ClaimStatus", "RESOLVED")})::int as ratings,
          coalesce(max(r.ordinal) - min(r.ordinal), 0)::int as spread,
          coalesce(bool_or(r.ordinal is null and r.id is not null), false) as unrated,
          greatest(max(g."resolvedAt"), max(lk.linked)) as latest
        from ${groupMembersSql(Prisma.sql`select c.id where ${resolved}`)} members
        join claims g on g.id = members.id
        left join rating_levels r on r.id = g."finalRatingId" and g.status = ${enumSql("ClaimStatus", "RESOLVED")}
        left join lateral (select max(l."createdAt") as linked from claim_links l where l."claimAId" = g.id) lk on true
      ) gr
      -- A resolved claim in no group has no disagreement left: it is not measured at all.
      where ${claimsWhere} and (not ${resolved} or ${isLinkedSql(Prisma.sql`c.id`)})
    ) measured
    where split is not null or conflict is not null or figure is not null or inconsistent is not null
    -- Two writes may refresh one claim at once (a verdict on it, an edit of a claim it conflicts with):
    -- the later one's view wins instead of failing on the key.
    on conflict ("claimId") do update set "reviewerSplit" = excluded."reviewerSplit", "sourceConflict" = excluded."sourceConflict",
      "figureConflict" = excluded."figureConflict", "inconsistentRatings" = excluded."inconsistentRatings", severity = excluded.severity,
      since = excluded.since, "articleId" = excluded."articleId"`;
  return { remove, insert };
}
