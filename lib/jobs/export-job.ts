import "server-only";
import { countExportClaims, openExport, toByteChunks } from "@/lib/workflows/export/exports";
import { startExportJobSchema } from "@/lib/schemas/export";
import { defineJobKind } from "./job-kinds";

const FILE_CHUNK_BYTES = 1024 * 1024;

/** A large export written to Postgres (job_file_chunks) so that any instance can serve it. */
export const exportJob = defineJobKind({
  kind: "export",
  payloadSchema: startExportJobSchema,
  queue: { concurrency: 1, expireInSeconds: 60 * 60 },
  async run({ actor, slug, payload, progress, file }) {
    const { format, ...scope } = payload;
    const total = await countExportClaims({ actor, slug, scope });
    await progress(0, total, "Exporting claims");
    const { filename, contentType, chunks } = await openExport({ actor, slug, format, scope, onProgress: (done) => progress(done, total) });
    for await (const bytes of toByteChunks(chunks, FILE_CHUNK_BYTES)) await file.write(bytes);
    return { filename, contentType, size: file.size };
  },
});
