-- AlterTable
ALTER TABLE "workspaces" ADD COLUMN     "publicBaseUrl" TEXT,
ADD COLUMN     "publisherLogoUrl" TEXT;

-- CreateTable
CREATE TABLE "publications" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "claimId" UUID,
    "headline" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "ratingLabel" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPublishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "unpublishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "publications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "publication_corrections" (
    "id" UUID NOT NULL,
    "publicationId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "text" TEXT NOT NULL,

    CONSTRAINT "publication_corrections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "publications_claimId_key" ON "publications"("claimId");

-- CreateIndex
CREATE INDEX "publications_workspaceId_unpublishedAt_lastPublishedAt_idx" ON "publications"("workspaceId", "unpublishedAt", "lastPublishedAt" DESC);

-- CreateIndex
CREATE INDEX "publication_corrections_publicationId_createdAt_idx" ON "publication_corrections"("publicationId", "createdAt");

-- AddForeignKey
ALTER TABLE "publications" ADD CONSTRAINT "publications_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publications" ADD CONSTRAINT "publications_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication_corrections" ADD CONSTRAINT "publication_corrections_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "publications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
