-- AlterTable
ALTER TABLE "jobs" ADD COLUMN     "requiredRole" "Role" NOT NULL DEFAULT 'VIEWER',
ADD COLUMN     "runId" UUID;

-- Jobs recorded before this column: what their start needed (lib/server/actions/jobs.ts, article-import-jobs.ts),
-- so that a JSON export made by a since-demoted editor is not served as if any member could read it.
UPDATE "jobs" SET "requiredRole" = 'EDITOR' WHERE ("kind" = 'export' AND "payload"->>'format' = 'json') OR "kind" = 'article-import';
