-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "importId" UUID,
ADD COLUMN     "importedActor" TEXT;

-- CreateTable
CREATE TABLE "workspace_imports" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "importedById" UUID,
    "fileName" TEXT NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "exportedAt" TIMESTAMP(3) NOT NULL,
    "people" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workspace_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "imported_verdicts" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "ratingId" UUID NOT NULL,
    "reviewerName" TEXT NOT NULL,
    "reviewerEmail" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "imported_verdicts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "workspace_imports_workspaceId_idx" ON "workspace_imports"("workspaceId");

-- CreateIndex
CREATE INDEX "imported_verdicts_claimId_createdAt_idx" ON "imported_verdicts"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "imported_verdicts_workspaceId_id_idx" ON "imported_verdicts"("workspaceId", "id");

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_importId_fkey" FOREIGN KEY ("importId") REFERENCES "workspace_imports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workspace_imports" ADD CONSTRAINT "workspace_imports_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workspace_imports" ADD CONSTRAINT "workspace_imports_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "imported_verdicts" ADD CONSTRAINT "imported_verdicts_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "imported_verdicts" ADD CONSTRAINT "imported_verdicts_importId_fkey" FOREIGN KEY ("importId") REFERENCES "workspace_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "imported_verdicts" ADD CONSTRAINT "imported_verdicts_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "imported_verdicts" ADD CONSTRAINT "imported_verdicts_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "rating_levels"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
