-- CreateEnum
CREATE TYPE "CaptureMethod" AS ENUM ('FETCH', 'CLIP');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "sourceCheckedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "captureId" UUID;

-- AlterTable
ALTER TABLE "workspaces" ADD COLUMN     "sourceCheckHours" INTEGER;

-- CreateTable
CREATE TABLE "article_captures" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "method" "CaptureMethod" NOT NULL,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "contentType" TEXT NOT NULL,
    "charset" TEXT,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "body" TEXT NOT NULL,
    "bodyHash" TEXT NOT NULL,
    "title" TEXT,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "capturedById" UUID,
    "appliedAt" TIMESTAMP(3),
    "pendingChange" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "article_captures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_captures_articleId_capturedAt_idx" ON "article_captures"("articleId", "capturedAt");

-- CreateIndex
CREATE INDEX "article_captures_workspaceId_pendingChange_idx" ON "article_captures"("workspaceId", "pendingChange");

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_captureId_fkey" FOREIGN KEY ("captureId") REFERENCES "article_captures"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_captures" ADD CONSTRAINT "article_captures_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_captures" ADD CONSTRAINT "article_captures_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_captures" ADD CONSTRAINT "article_captures_capturedById_fkey" FOREIGN KEY ("capturedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
