import "server-only";
import { describeImportCounts, type ImportCounts } from "@/lib/domain/import-counts";
import { urlImportPayloadSchema } from "@/lib/schemas/url-import";
import { fetchPage } from "@/lib/net/fetch-page";
import { recordArticleImportOutcome } from "@/lib/workflows/article-import/article-import-jobs";
import { importUrlList } from "@/lib/workflows/web-import/import-url-list";
import { URL_IMPORT_JOB_KIND } from "@/lib/workflows/web-import/url-import-jobs";
import { defineJobKind } from "./job-kinds";

/**
 * Import from a list of addresses: each page is fetched (a few ahead) and stored in order, each in its
 * own transaction, and each address's outcome is recorded before progress is reported, as the bulk
 * upload does its files. A cancel stops it between addresses and aborts the fetches under way; what was
 * imported stays. A refused address is a result, not a failed job.
 */
export const urlImportJob = defineJobKind({
  kind: URL_IMPORT_JOB_KIND,
  payloadSchema: urlImportPayloadSchema,
  // 200 pages at the fetcher's limit of 15 s each is under an hour.
  queue: { concurrency: 1, expireInSeconds: 60 * 60 },
  async run({ jobId, actor, slug, payload, progress, signal }) {
    await progress(0, payload.urls.length, "Fetching pages");
    const counts: ImportCounts = { imported: 0, duplicate: 0, refused: 0 };
    await importUrlList({
      actor, slug, urls: payload.urls, fetchPage, signal,
      async onProgress({ done, total, outcome }) {
        await recordArticleImportOutcome(jobId, done - 1, outcome);
        counts[outcome.status] += 1;
        await progress(done, total, describeImportCounts(counts));
      },
    });
    return counts;
  },
});
