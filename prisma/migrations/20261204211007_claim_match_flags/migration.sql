-- Triage's "not checked before": whether the matcher found a match for a claim (hasMatch), kept by the job
-- worker (lib/jobs/match-checks.ts). Every existing claim starts with matchCheckedAt null, i.e. still to be
-- checked: the worker's polling is the backfill, in batches, without holding up start-up.
-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "hasMatch" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "matchCheckedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "claims_matchCheckedAt_createdAt_idx" ON "claims"("matchCheckedAt", "createdAt");
