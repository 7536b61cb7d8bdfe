-- CreateIndex
CREATE INDEX "claims_workspaceId_updatedAt_id_idx" ON "claims"("workspaceId", "updatedAt" DESC, "id");
