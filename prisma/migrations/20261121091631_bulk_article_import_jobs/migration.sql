-- CreateEnum
CREATE TYPE "ArticleImportStatus" AS ENUM ('IMPORTED', 'DUPLICATE', 'REFUSED');

-- CreateTable
CREATE TABLE "job_upload_files" (
    "jobId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA,

    CONSTRAINT "job_upload_files_pkey" PRIMARY KEY ("jobId","seq")
);

-- CreateTable
CREATE TABLE "article_import_outcomes" (
    "jobId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" "ArticleImportStatus" NOT NULL,
    "reason" TEXT,
    "articleId" UUID,
    "title" TEXT,
    "removed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "article_import_outcomes_pkey" PRIMARY KEY ("jobId","seq")
);

-- AddForeignKey
ALTER TABLE "job_upload_files" ADD CONSTRAINT "job_upload_files_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_import_outcomes" ADD CONSTRAINT "article_import_outcomes_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
