-- DropIndex
DROP INDEX "claims_matchCheckedAt_createdAt_idx";

-- CreateIndex
CREATE INDEX "claims_matchCheckedAt_updatedAt_idx" ON "claims"("matchCheckedAt", "updatedAt" DESC);
