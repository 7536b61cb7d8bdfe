import "server-only";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementInput } from "@/lib/domain/agreement-report";
import type { Actor } from "../scope";
import { getWorkspaceAccess } from "../workspaces/workspaces";

// Any member may read agreement statistics, viewers included: they are aggregates over many claims.
// Under blind review they reveal nothing a reviewer could copy: a pair's kappa says how often two
// people agreed overall, not what either of them rated any one claim.

interface CurrentVerdictRow {
  claimId: string;
  articleId: string;
  articleTitle: string;
  reviewerId: string;
  reviewerName: string;
  label: string;
  ordinal: number | null;
}

/**
 * Each reviewer's current verdict (their latest) per claim of the workspace, or of one article of
 * it, as the units × reviewers matrices the agreement report takes; claims nobody rated are left
 * out. Reviewers in order of name, claims in order of article and position. Non-members: not found.
 */
export async function getAgreementRatings({ actor, slug, articleId }: { actor: Actor; slug: string; articleId?: string }) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) throw notFound("That workspace");
  const workspaceId = access.workspace.id;
  const db = getDb();
  const [articles, levels] = await Promise.all([
    db.article.findMany({ where: { workspaceId, claims: { some: { verdicts: { some: {} } } } }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.ratingLevel.findMany({ where: { workspaceId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { label: true } }),
  ]);
  const article = articleId ? await db.article.findFirst({ where: { id: articleId, workspaceId }, select: { id: true, title: true } }) : null;
  if (articleId && !article) throw notFound("That article");
  const rows = await db.$queryRaw<CurrentVerdictRow[]>`
    select "claimId", "articleId", "articleTitle", "reviewerId", "reviewerName", label, ordinal from (
      select distinct on (v."claimId", v."reviewerId")
        v."claimId", c."articleId", a.title as "articleTitle", c.start, v."reviewerId", u.name as "reviewerName", r.label, r.ordinal
      from verdicts v
        join claims c on c.id = v."claimId"
        join articles a on a.id = c."articleId"
        join users u on u.id = v."reviewerId"
        join rating_levels r on r.id = v."ratingId"
      where v."workspaceId" = ${workspaceId}::uuid ${article ? Prisma.sql`and c."articleId" = ${article.id}::uuid` : Prisma.empty}
      order by v."claimId", v."reviewerId", v."createdAt" desc, v.id desc
    ) current
    order by "articleTitle", "articleId", start, "claimId"`;
  return { workspace: access.workspace, article, articles, ...toMatrices(rows, levels.map((level) => level.label)) };
}

export type AgreementRatings = Awaited<ReturnType<typeof getAgreementRatings>>;

function toMatrices(rows: readonly CurrentVerdictRow[], categories: string[]): AgreementInput {
  const reviewers = [...new Map(rows.map((row) => [row.reviewerId, { id: row.reviewerId, name: row.reviewerName }])).values()];
  reviewers.sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id));
  const column = new Map(reviewers.map((reviewer, c) => [reviewer.id, c]));
  const unitIndex = new Map<string, number>();
  const units: AgreementInput["units"][number][] = [];
  const labels: (string | null)[][] = [];
  const ordinals: (number | null)[][] = [];
  for (const row of rows) {
    let u = unitIndex.get(row.claimId);
    if (u === undefined) {
      u = units.push({ claimId: row.claimId, articleId: row.articleId, articleTitle: row.articleTitle }) - 1;
      unitIndex.set(row.claimId, u);
      labels.push(reviewers.map(() => null));
      ordinals.push(reviewers.map(() => null));
    }
    const c = column.get(row.reviewerId)!;
    labels[u]![c] = row.label;
    ordinals[u]![c] = row.ordinal;
  }
  return { reviewers, units, labels, ordinals, categories };
}
