-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "sourceCheckError" TEXT;
