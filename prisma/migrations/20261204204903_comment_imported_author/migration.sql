-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "importedAuthor" TEXT;
