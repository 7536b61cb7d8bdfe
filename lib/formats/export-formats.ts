import "server-only";
// Every export format's writer by id: what the download route, the REST API and export jobs run (through
// lib/workflows/export/exports.ts streamExport). What a format is (label, file type, who may export it, claim limits)
// is plain data in export-format-info.ts, which the reports page reads; this file adds the writers, and
// with them the PDF renderer, so it stays on the server.
//
// - "report" formats turn the report model and the streamed claims into text or bytes, chunk by chunk, so
//   no format needs every claim in memory (the PDF buffers what it must, up to PDF_MAX_CLAIMS).
// - "workspace" formats write the whole workspace from its rows, section by section. lib/workflows/export/exports.ts
//   reads them (dumpWorkspace, which checks the actor's role first, so a route can still answer 403/404
//   before the first byte): formats never query (.dependency-cruiser.cjs, formats-not-data).
// Add the id to EXPORT_FORMAT_IDS in lib/schemas/export.ts and its info first; the Record types then demand
// the entry here.
import type { ReportClaim, ReportModel } from "@/lib/domain/report-model";
import type { ExportFormatId } from "@/lib/schemas/export";
import { writeClaimReviewExport } from "./claimreview-export";
import { writeCsvExport } from "./csv-export";
import { EXPORT_FORMAT_INFO, type ExportFormatInfo } from "./export-format-info";
import { writeMarkdownReport } from "./markdown-report";
import { writePdfReport } from "./pdf-report";
import { writeW3cAnnotationExport } from "./w3c-annotation-export";
import { writeWorkspaceJson, type WorkspaceDump } from "./workspace-json";

export type ExportChunk = string | Uint8Array;

export interface ReportFormat extends ExportFormatInfo {
  kind: "report";
  /** Whether write reads model.summary (aggregate queries over the scope, made only when needed). */
  needsSummary: boolean;
  write(model: ReportModel, claims: AsyncIterable<ReportClaim>): AsyncIterable<ExportChunk>;
}

export interface WorkspaceFormat extends ExportFormatInfo {
  kind: "workspace";
  /** Writes the whole workspace from its rows, which lib/data reads (dumpWorkspace) once access is checked. */
  write(dump: WorkspaceDump): AsyncIterable<ExportChunk>;
}

export type ExportFormat = ReportFormat | WorkspaceFormat;

function requireSummary(model: ReportModel) {
  if (!model.summary) throw new Error("This format prints a summary: the data layer must fill model.summary (needsSummary).");
  return model.summary;
}

function report(id: ExportFormatId, writer: Pick<ReportFormat, "needsSummary" | "write">): ReportFormat {
  const info = EXPORT_FORMAT_INFO[id];
  if (info.kind !== "report") throw new Error(`Export format ${id} is not a report format.`);
  return { ...info, kind: "report", ...writer };
}

function workspace(id: ExportFormatId, write: WorkspaceFormat["write"]): WorkspaceFormat {
  const info = EXPORT_FORMAT_INFO[id];
  if (info.kind !== "workspace") throw new Error(`Export format ${id} is not a workspace format.`);
  return { ...info, kind: "workspace", write };
}

export const EXPORT_FORMATS: Record<ExportFormatId, ExportFormat> = {
  csv: report("csv", { needsSummary: false, write: (model, claims) => writeCsvExport(model.workspace, claims) }),
  claimreview: report("claimreview", { needsSummary: false, write: (model, claims) => writeClaimReviewExport(model.workspace, claims) }),
  w3c: report("w3c", { needsSummary: false, write: (model, claims) => writeW3cAnnotationExport(model.workspace, claims) }),
  markdown: report("markdown", { needsSummary: true, write: (model, claims) => writeMarkdownReport(model.workspace, claims, requireSummary(model)) }),
  pdf: report("pdf", { needsSummary: true, write: (model, claims) => writePdfReport(model.workspace, claims, requireSummary(model)) }),
  json: workspace("json", writeWorkspaceJson),
};
