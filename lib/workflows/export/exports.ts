import "server-only";
import { EXPORT_FORMATS, type ExportChunk } from "@/lib/formats/export-formats";
import type { ReportModel } from "@/lib/domain/report-model";
import { streamOf } from "@/lib/formats/byte-stream";
import { exportFileName } from "@/lib/formats/export-file-name";
import { exportClaimScope } from "@/lib/formats/report-claims";
import { scopeToSearchParams, type ExportFormatId, type ExportScope } from "@/lib/schemas/export";
import { countScopeClaims, getReportAccess, getReportHeader, getReportSummary, streamReportClaims } from "@/lib/data/reports/report-data";
import type { Actor } from "@/lib/data/scope";
import { dumpWorkspace } from "@/lib/workflows/export/workspace-dump";
import { getExportArticleTitle } from "@/lib/data/reports/export-names";

// The one way out for exports: the reports page's download route, export jobs and the REST API all call
// streamExport, so access rules, scope and file naming are the same everywhere.

/** Above this many claims the reports page runs the export as a background job (CLAIMBENCH_EXPORT_JOB_THRESHOLD). */
export function exportJobThreshold(): number {
  const value = Number(process.env.CLAIMBENCH_EXPORT_JOB_THRESHOLD ?? 5000);
  return Number.isFinite(value) && value >= 0 ? value : 5000;
}

export interface ExportRequest {
  actor: Actor;
  slug: string;
  format: ExportFormatId;
  scope: Partial<ExportScope>;
  /**
   * Where claim pages and the export itself are addressed: the public base URL of the request that asked
   * for it (lib/http/request-base-url.ts), which a background job keeps in its payload.
   */
  baseUrl: string;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/**
 * How many claims the export will hold: what decides between a download and a job, and a job's total.
 * With `format`, as that format takes them (a PDF: the resolved ones unless all are asked for).
 */
export async function countExportClaims({ actor, slug, scope, format }: { actor: Actor; slug: string; scope: Partial<ExportScope>; format?: ExportFormatId }): Promise<number> {
  return countScopeClaims(await getReportAccess({ actor, slug }), format ? exportClaimScope(format, scope) : scope);
}

/**
 * The export as chunks. Access is checked before the first chunk is asked for (NOT_FOUND, FORBIDDEN), so a
 * caller can still answer with an error status; `onProgress` hears the claims written so far, batch by batch.
 */
export async function openExport({ actor, slug, format, scope: asked, baseUrl, onProgress }: ExportRequest & {
  onProgress?: (done: number) => Promise<void> | void;
}): Promise<{ filename: string; contentType: string; chunks: AsyncIterable<ExportChunk> }> {
  const entry = EXPORT_FORMATS[format];
  const access = await getReportAccess({ actor, slug });
  const scope = exportClaimScope(format, asked);
  const articleOnly = scope.article && !scope.tag && !scope.claimant && !scope.figure && !scope.disagreement && !scope.checked && !scope.q ? scope.article : undefined;
  const filename = exportFileName({ workspaceName: access.workspace.name, articleTitle: await getExportArticleTitle(access, articleOnly), format, scope: asked });
  if (entry.kind === "workspace") return { filename, contentType: entry.contentType, chunks: entry.write(await dumpWorkspace({ actor, slug, withOriginals: asked.originals !== "omit" })) };
  const { scale, reviewers } = await getReportHeader(access);
  const query = scopeToSearchParams(scope);
  query.set("format", format);
  const model: ReportModel = {
    workspace: {
      slug: access.workspace.slug,
      name: access.workspace.name,
      organizationName: access.workspace.organizationName,
      baseUrl,
      exportUrl: `${baseUrl}/api/v1/workspaces/${encodeURIComponent(access.workspace.slug)}/export?${query}`,
      exportedAt: new Date().toISOString(),
      scale,
      reviewers,
    },
    summary: entry.needsSummary ? await getReportSummary(access, scope, scale, baseUrl) : null,
  };
  const claims = streamReportClaims({ access, scope, baseUrl, onBatch: onProgress });
  return { filename, contentType: entry.contentType, chunks: entry.write(model, claims) };
}

const FLUSH_BYTES = 64 * 1024;

/** Strings encoded as UTF-8 and gathered into chunks of about 64 KB: one per claim would be thousands of tiny writes. */
export async function* toByteChunks(chunks: AsyncIterable<ExportChunk>, flushBytes = FLUSH_BYTES): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    const bytes = encoder.encode(pending.join(""));
    pending = [];
    pendingLength = 0;
    return bytes;
  };
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= flushBytes) yield flush();
    } else {
      if (pendingLength > 0) yield flush();
      yield chunk;
    }
  }
  if (pendingLength > 0) yield flush();
}

/**
 * The first chunk is read before this resolves, so an error a writer meets before its first byte (a PDF
 * over PDF_MAX_CLAIMS: PAYLOAD_TOO_LARGE) still becomes the response's status rather than a broken download.
 */
async function startedChunks(chunks: AsyncIterable<Uint8Array>): Promise<AsyncIterable<Uint8Array>> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* { [Symbol.asyncIterator]: () => iterator };
  })();
}

/** The export of `format` over `scope`, ready to be sent: every download path goes through here. */
export async function streamExport(request: ExportRequest): Promise<ExportFile> {
  const { filename, contentType, chunks } = await openExport(request);
  return { filename, contentType, body: streamOf(await startedChunks(toByteChunks(chunks))) };
}
