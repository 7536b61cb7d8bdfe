-- CreateTable
CREATE TABLE "presence" (
    "workspaceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "pageKind" TEXT NOT NULL,
    "pageId" UUID NOT NULL,
    "activity" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "presence_pkey" PRIMARY KEY ("userId","pageKind","pageId")
);

-- CreateIndex
CREATE INDEX "presence_workspaceId_pageKind_pageId_idx" ON "presence"("workspaceId", "pageKind", "pageId");

-- CreateIndex
CREATE INDEX "presence_lastSeenAt_idx" ON "presence"("lastSeenAt");
