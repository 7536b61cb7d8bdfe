-- CreateTable
CREATE TABLE "live_events" (
    "id" BIGSERIAL NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "claimId" UUID,
    "articleId" UUID,
    "entityId" UUID,
    "actorId" UUID,
    "reviewerId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "live_events_workspaceId_id_idx" ON "live_events"("workspaceId", "id");

-- CreateIndex
CREATE INDEX "live_events_createdAt_idx" ON "live_events"("createdAt");
