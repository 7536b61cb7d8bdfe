-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "claimId" UUID;

-- CreateIndex
CREATE INDEX "audit_events_claimId_createdAt_idx" ON "audit_events"("claimId", "createdAt");
