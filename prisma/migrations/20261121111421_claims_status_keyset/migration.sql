-- DropIndex
DROP INDEX "claims_workspaceId_status_updatedAt_idx";

-- CreateIndex
CREATE INDEX "claims_workspaceId_status_updatedAt_id_idx" ON "claims"("workspaceId", "status", "updatedAt" DESC, "id");
