import "server-only";
import { countExportClaims, openExport, toByteChunks } from "@/lib/workflows/export/exports";
import { configuredPublicUrl } from "@/lib/server/http/public-url";
import { exportJobPayloadSchema } from "@/lib/schemas/export";
import { defineJobKind } from "./job-kinds";

const FILE_CHUNK_BYTES = 1024 * 1024;

/** A large export written to Postgres (job_file_chunks) so that any instance can serve it. */
export const exportJob = defineJobKind({
  kind: "export",
  payloadSchema: exportJobPayloadSchema,
  queue: { concurrency: 1, expireInSeconds: 60 * 60 },
  async run({ actor, slug, payload, progress, file }) {
    const { format, baseUrl: requested, ...scope } = payload;
    // A job queued before payloads carried the address: the configured one, else this machine's.
    const baseUrl = requested ?? configuredPublicUrl() ?? `http://localhost:${process.env.PORT ?? 3000}`;
    const total = await countExportClaims({ actor, slug, scope, format });
    await progress(0, total, "Exporting claims");
    const { filename, contentType, chunks } = await openExport({ actor, slug, format, scope, baseUrl, onProgress: (done) => progress(done, total) });
    for await (const bytes of toByteChunks(chunks, FILE_CHUNK_BYTES)) await file.write(bytes);
    return { filename, contentType, size: file.size };
  },
});
