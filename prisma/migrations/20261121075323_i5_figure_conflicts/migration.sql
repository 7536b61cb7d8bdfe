-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "figureKey" TEXT;

-- CreateTable
CREATE TABLE "figure_conflicts" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "firstId" UUID NOT NULL,
    "secondId" UUID NOT NULL,
    "spread" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "figure_conflicts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_disagreements" (
    "claimId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "reviewerSplit" INTEGER,
    "sourceConflict" INTEGER,
    "figureConflict" INTEGER,
    "severity" INTEGER NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "claim_disagreements_pkey" PRIMARY KEY ("claimId")
);

-- CreateIndex
CREATE INDEX "figure_conflicts_secondId_idx" ON "figure_conflicts"("secondId");

-- CreateIndex
CREATE INDEX "figure_conflicts_workspaceId_createdAt_idx" ON "figure_conflicts"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "figure_conflicts_firstId_secondId_key" ON "figure_conflicts"("firstId", "secondId");

-- CreateIndex
CREATE INDEX "claim_disagreements_workspaceId_severity_since_claimId_idx" ON "claim_disagreements"("workspaceId", "severity" DESC, "since", "claimId");

-- CreateIndex
CREATE INDEX "claim_disagreements_articleId_idx" ON "claim_disagreements"("articleId");

-- CreateIndex
CREATE INDEX "claims_workspaceId_figureKey_idx" ON "claims"("workspaceId", "figureKey");

-- AddForeignKey
ALTER TABLE "figure_conflicts" ADD CONSTRAINT "figure_conflicts_firstId_fkey" FOREIGN KEY ("firstId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_conflicts" ADD CONSTRAINT "figure_conflicts_secondId_fkey" FOREIGN KEY ("secondId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_disagreements" ADD CONSTRAINT "claim_disagreements_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the quantity key of existing figures, as lib/domain/same-quantity.ts quantityKey computes
-- it (dimension, counted noun lower-cased with spaces collapsed and a final plural "s" dropped).
UPDATE "claims" SET "figureKey" =
  (CASE WHEN "figureUnit" = 'FRACTION' THEN 'percent' ELSE lower("figureUnit"::text) END) || ':' ||
  regexp_replace(regexp_replace(lower(btrim("figureCounted")), '\s+', ' ', 'g'), '([a-z]{2}[^s[:space:]])s$', '\1')
WHERE "figureUnit" IS NOT NULL AND "figureValue" IS NOT NULL AND btrim(coalesce("figureCounted", '')) <> '';

-- Backfill: the queue rows of existing unresolved claims with a reviewer split or a source conflict,
-- as lib/data/disagreements/claim-disagreements.ts computes them. Figure conflicts are detected as claims are
-- written from now on (existing claims: on their next edit, or with detectWorkspaceFigureConflicts).
INSERT INTO "claim_disagreements" ("claimId", "workspaceId", "articleId", "reviewerSplit", "sourceConflict", "figureConflict", "severity", "since")
SELECT id, "workspaceId", "articleId", split, conflict, NULL, greatest(split, conflict), since
FROM (
  SELECT c.id, c."workspaceId", c."articleId",
    CASE WHEN rv.ratings > 1 THEN CASE WHEN rv.unrated THEN sc.range ELSE rv.spread END END AS split,
    CASE WHEN ev.supporting > 0 AND ev.contradicting > 0 THEN least(ev.supporting, ev.contradicting) END AS conflict,
    greatest(CASE WHEN rv.ratings > 1 THEN rv.latest END, CASE WHEN ev.supporting > 0 AND ev.contradicting > 0 THEN ev.latest END) AS since
  FROM "claims" c
  CROSS JOIN LATERAL (
    SELECT coalesce(max(r.ordinal) - min(r.ordinal), 0)::int AS range FROM "rating_levels" r WHERE r."workspaceId" = c."workspaceId"
  ) sc
  CROSS JOIN LATERAL (
    SELECT count(DISTINCT cv."ratingId")::int AS ratings, coalesce(max(r.ordinal) - min(r.ordinal), 0)::int AS spread,
      coalesce(bool_or(r.ordinal IS NULL), false) AS unrated, max(cv."createdAt") AS latest
    FROM (
      SELECT DISTINCT ON (v."reviewerId") v."ratingId", v."createdAt"
      FROM "verdicts" v WHERE v."claimId" = c.id
      ORDER BY v."reviewerId", v."createdAt" DESC, v.id DESC
    ) cv JOIN "rating_levels" r ON r.id = cv."ratingId"
  ) rv
  CROSS JOIN LATERAL (
    SELECT
      count(*) FILTER (WHERE e.stance = 'SUPPORTS')::int AS supporting,
      count(*) FILTER (WHERE e.stance = 'CONTRADICTS')::int AS contradicting,
      max(e."createdAt") FILTER (WHERE e.stance <> 'CONTEXT') AS latest
    FROM "evidence" e WHERE e."claimId" = c.id
  ) ev
  WHERE c.status <> 'RESOLVED'
) measured
WHERE split IS NOT NULL OR conflict IS NOT NULL;
