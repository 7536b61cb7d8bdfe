import "server-only";
import { importArticleFiles } from "@/lib/workflows/article-import/article-import";
import { ARTICLE_IMPORT_JOB_KIND, openJobUploads, recordArticleImportOutcome } from "@/lib/workflows/article-import/article-import-jobs";
import { describeImportCounts, type ImportCounts } from "@/lib/domain/import-counts";
import { articleUploadOptionsSchema } from "@/lib/schemas/article-import";
import { defineJobKind } from "./job-kinds";

/**
 * The article bulk import: the files stored with the job are imported one by one, each in its own
 * transaction, and each outcome is recorded before progress is reported. A cancel stops it between
 * files (progress throws); what was imported stays, and the runner deletes the stored files.
 * Per-file refusals are results, not a failed job.
 */
export const articleImportJob = defineJobKind({
  kind: ARTICLE_IMPORT_JOB_KIND,
  payloadSchema: articleUploadOptionsSchema,
  queue: { concurrency: 1, expireInSeconds: 60 * 60 },
  async run({ jobId, actor, slug, payload, progress, signal }) {
    const files = await openJobUploads(jobId);
    await progress(0, files.length, "Importing articles");
    const counts: ImportCounts = { imported: 0, duplicate: 0, refused: 0 };
    await importArticleFiles({
      actor, slug, files, options: payload, signal,
      async onProgress({ done, total, outcome }) {
        await recordArticleImportOutcome(jobId, done - 1, outcome);
        counts[outcome.status] += 1;
        await progress(done, total, describeImportCounts(counts));
      },
    });
    return counts;
  },
});
