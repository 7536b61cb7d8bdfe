-- Outside fact-checks keep who published them (name and site), their language, the claimant, and, where
-- it is clear, the level of the workspace's scale their rating is (set null when that level is deleted:
-- the rating's own text stays).
-- AlterTable
ALTER TABLE "sources" ADD COLUMN     "claimant" TEXT,
ADD COLUMN     "language" TEXT,
ADD COLUMN     "publisherSite" TEXT,
ADD COLUMN     "ratingLevelId" UUID;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_ratingLevelId_fkey" FOREIGN KEY ("ratingLevelId") REFERENCES "rating_levels"("id") ON DELETE SET NULL ON UPDATE CASCADE;
