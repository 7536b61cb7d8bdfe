import "server-only";
import { getDb } from "@/lib/db/client";
import { createTestClaim } from "./data";

// Helpers for the tests that walk the API's lists page by page (lib/server/api/keyset-pagination.db.test.ts):
// rows given the same sort key on purpose, so that only the id tells them apart, and each list's rows
// with the values it is ordered by.

export async function retitleArticle(id: string, title: string, author?: string) {
  await getDb().article.update({ where: { id }, data: { title, ...(author ? { author } : {}) } });
}

/** Gives the rows the same sort instant: claims their last change, sources and evidence their creation. */
export async function setSortInstant(table: "claims" | "sources" | "evidence", ids: string[], at: Date) {
  const db = getDb();
  if (table === "claims") await db.$executeRaw`update claims set "updatedAt" = ${at}::timestamp where id = any(${ids}::uuid[])`;
  if (table === "sources") await db.source.updateMany({ where: { id: { in: ids } }, data: { createdAt: at } });
  if (table === "evidence") await db.evidence.updateMany({ where: { id: { in: ids } }, data: { createdAt: at } });
}

export async function claimChangeTimes(workspaceId: string) {
  return getDb().claim.findMany({ where: { workspaceId }, select: { id: true, updatedAt: true } });
}
export async function sourceCreationTimes(workspaceId: string) {
  return getDb().source.findMany({ where: { workspaceId }, select: { id: true, createdAt: true } });
}
export async function evidenceCreationTimes(claimId: string) {
  return getDb().evidence.findMany({ where: { claimId }, select: { id: true, createdAt: true } });
}
/** Verdicts recorded at one instant, written directly (verdicts are append-only: ties are made by inserting them so). */
export async function recordVerdictsAt({ workspaceId, claimId, reviewerIds, ratingId, at }: { workspaceId: string; claimId: string; reviewerIds: string[]; ratingId: string; at: Date }) {
  await getDb().verdict.createMany({ data: reviewerIds.map((reviewerId) => ({ workspaceId, claimId, reviewerId, ratingId, rationale: "Recorded at the same instant.", createdAt: at })) });
}
export async function verdictCreationTimes(claimId: string) {
  return getDb().verdict.findMany({ where: { claimId }, select: { id: true, createdAt: true } });
}

/** The claims a search finds, most relevant first, straight from Postgres's ts_rank in each claim's article's language. */
export async function claimsRankedFor(workspaceId: string, q: string) {
  return getDb().$queryRaw<{ id: string }[]>`
    select c.id from claims c join articles a on a.id = c."articleId"
    where c."workspaceId" = ${workspaceId}::uuid and c."searchVector" @@ websearch_to_tsquery(claimbench_search_config(a.language), ${q})
    order by ts_rank(c."searchVector", websearch_to_tsquery(claimbench_search_config(a.language), ${q})) desc, c.id`;
}

/** A claim in the disagreement queue with the given severity and waiting since, written directly. */
export async function createQueuedClaim(workspaceId: string, severity: number, since: Date) {
  const db = getDb();
  const claim = await createTestClaim(workspaceId);
  const { articleId } = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { articleId: true } });
  await db.claimDisagreement.create({ data: { claimId: claim.id, workspaceId, articleId, reviewerSplit: severity, severity, since } });
  return { id: claim.id, severity, since };
}
