-- AlterTable
ALTER TABLE "claim_disagreements" ADD COLUMN     "inconsistentRatings" INTEGER;

-- CreateTable
CREATE TABLE "claim_links" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "claimAId" UUID NOT NULL,
    "claimBId" UUID NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_match_dismissals" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "claimAId" UUID NOT NULL,
    "claimBId" UUID NOT NULL,
    "dismissedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_match_dismissals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_links_claimBId_idx" ON "claim_links"("claimBId");

-- CreateIndex
CREATE INDEX "claim_links_workspaceId_idx" ON "claim_links"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "claim_links_claimAId_claimBId_key" ON "claim_links"("claimAId", "claimBId");

-- CreateIndex
CREATE INDEX "claim_match_dismissals_claimBId_idx" ON "claim_match_dismissals"("claimBId");

-- CreateIndex
CREATE UNIQUE INDEX "claim_match_dismissals_claimAId_claimBId_key" ON "claim_match_dismissals"("claimAId", "claimBId");

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_claimAId_fkey" FOREIGN KEY ("claimAId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_claimBId_fkey" FOREIGN KEY ("claimBId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_match_dismissals" ADD CONSTRAINT "claim_match_dismissals_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_match_dismissals" ADD CONSTRAINT "claim_match_dismissals_claimAId_fkey" FOREIGN KEY ("claimAId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_match_dismissals" ADD CONSTRAINT "claim_match_dismissals_claimBId_fkey" FOREIGN KEY ("claimBId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_match_dismissals" ADD CONSTRAINT "claim_match_dismissals_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a pair is stored once, smaller id first, so (A, B) and (B, A) cannot both exist.
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_ordered_pair" CHECK ("claimAId" < "claimBId");
ALTER TABLE "claim_match_dismissals" ADD CONSTRAINT "claim_match_dismissals_ordered_pair" CHECK ("claimAId" < "claimBId");
