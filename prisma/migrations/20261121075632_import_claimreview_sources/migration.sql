-- AlterTable
ALTER TABLE "sources" ADD COLUMN     "claimReviewed" TEXT,
ADD COLUMN     "ratingBest" DOUBLE PRECISION,
ADD COLUMN     "ratingLabel" TEXT,
ADD COLUMN     "ratingValue" DOUBLE PRECISION,
ADD COLUMN     "ratingWorst" DOUBLE PRECISION;
