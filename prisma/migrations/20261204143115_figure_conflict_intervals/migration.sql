-- Figure conflicts are no longer stored as pairs (n claims on one quantity made up to n²/2 rows): each
-- figure claim keeps the interval its figure allows, and its own severity and since; pairs are found by
-- a range query when they are read (lib/data/figure-conflicts/figure-conflicts.ts).

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "conflictHigh" DOUBLE PRECISION,
ADD COLUMN     "conflictLow" DOUBLE PRECISION,
ADD COLUMN     "figureConflict" INTEGER,
ADD COLUMN     "figureConflictSince" TIMESTAMP(3);

-- Backfill: each claim's severity from the pairs stored so far, on both of its sides (a pair used to be
-- listed under one claim only), and since from its oldest pair: severity as lib/domain/figure-conflicts.ts
-- severityOfSpread computes it. The intervals stay null here: they are computed from the figure by
-- lib/domain (one home for those rules) the first time the claim's quantity is read or written.
UPDATE "claims" c SET "figureConflict" = p.severity, "figureConflictSince" = p.since
FROM (
  SELECT side."claimId", max(greatest(1, ceil(4 * side.spread)))::int AS severity, min(side."createdAt") AS since
  FROM (
    SELECT "firstId" AS "claimId", spread, "createdAt" FROM "figure_conflicts"
    UNION ALL
    SELECT "secondId", spread, "createdAt" FROM "figure_conflicts"
  ) side
  GROUP BY side."claimId"
) p
WHERE c.id = p."claimId";

-- The queue rows of claims with a figure conflict, now on both claims of each pair: the figure column
-- and the severity and since derived from it, the other kinds kept as stored.
INSERT INTO "claim_disagreements" ("claimId", "workspaceId", "articleId", "reviewerSplit", "sourceConflict", "figureConflict", "severity", "since")
SELECT c.id, c."workspaceId", c."articleId", NULL, NULL, c."figureConflict", c."figureConflict", c."figureConflictSince"
FROM "claims" c
WHERE c."figureConflict" IS NOT NULL AND c.status <> 'RESOLVED'
ON CONFLICT ("claimId") DO UPDATE SET
  "figureConflict" = excluded."figureConflict",
  severity = greatest(coalesce("claim_disagreements"."reviewerSplit", 0), coalesce("claim_disagreements"."sourceConflict", 0), excluded."figureConflict"),
  since = greatest("claim_disagreements".since, excluded.since);

-- DropForeignKey
ALTER TABLE "figure_conflicts" DROP CONSTRAINT "figure_conflicts_firstId_fkey";

-- DropForeignKey
ALTER TABLE "figure_conflicts" DROP CONSTRAINT "figure_conflicts_secondId_fkey";

-- DropTable
DROP TABLE "figure_conflicts";

-- DropIndex
DROP INDEX "claims_workspaceId_figureKey_idx";

-- CreateIndex
CREATE INDEX "claims_workspaceId_figureKey_conflictLow_idx" ON "claims"("workspaceId", "figureKey", "conflictLow");

-- CreateIndex
CREATE INDEX "claims_workspaceId_figureKey_conflictHigh_idx" ON "claims"("workspaceId", "figureKey", "conflictHigh");
