// Every export format by id: what the reports page offers, what the download route and the API serve,
// what an export job writes. Each entry's writer turns the report model and the streamed claims into text
// or bytes, chunk by chunk, so no format needs every claim in memory (the PDF may buffer what it must).
//
// Two kinds:
// - "report": written from the report model (lib/domain/report-model.ts) over a scope of claims: the whole
//   workspace, one article or a claims-list filter. csv, claimreview, w3c, markdown; pdf at merge:
//     pdf: { kind: "report", label: "PDF report", extension: "pdf", contentType: "application/pdf",
//            needsSummary: true, write: (model, claims) => writePdfReport(model, claims) }
// - "workspace": the whole workspace regardless of scope, read by its own streamer. json at merge:
//     json: { kind: "workspace", label: "Workspace JSON (lossless)", extension: "json",
//             contentType: "application/json; charset=utf-8", stream: streamWorkspaceJson }
// Add the id to EXPORT_FORMAT_IDS in lib/schemas/export.ts too; the Record type below then demands the entry.
import type { ReportClaim, ReportModel } from "@/lib/domain/report-model";
import type { ExportFormatId } from "@/lib/schemas/export";
import { writeClaimReviewExport } from "./claimreview-export";
import { writeCsvExport } from "./csv-export";
import { writeMarkdownReport } from "./markdown-report";
import { writeW3cAnnotationExport } from "./w3c-annotation-export";

export type ExportChunk = string | Uint8Array;

interface FormatInfo {
  label: string;
  /** One line for the reports page. */
  description: string;
  extension: string;
  contentType: string;
}

export interface ReportFormat extends FormatInfo {
  kind: "report";
  /** Whether write reads model.summary (aggregate queries over the scope, made only when needed). */
  needsSummary: boolean;
  write(model: ReportModel, claims: AsyncIterable<ReportClaim>): AsyncIterable<ExportChunk>;
}

export interface WorkspaceFormat extends FormatInfo {
  kind: "workspace";
  stream(args: { actor: { id: string }; slug: string }): AsyncIterable<ExportChunk>;
}

export type ExportFormat = ReportFormat | WorkspaceFormat;

function requireSummary(model: ReportModel) {
  if (!model.summary) throw new Error("This format prints a summary: the data layer must fill model.summary (needsSummary).");
  return model.summary;
}

export const EXPORT_FORMATS: Record<ExportFormatId, ExportFormat> = {
  csv: {
    kind: "report",
    label: "CSV",
    description: "One row per claim, for spreadsheets: quote, statement, figure, status, ratings, evidence counts, sources.",
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
    needsSummary: false,
    write: (model, claims) => writeCsvExport(model.workspace, claims),
  },
  claimreview: {
    kind: "report",
    label: "ClaimReview JSON-LD",
    description: "schema.org ClaimReview for each resolved claim, for search engines and fact-check databases.",
    extension: "claimreview.json",
    contentType: "application/ld+json; charset=utf-8",
    needsSummary: false,
    write: (model, claims) => writeClaimReviewExport(model.workspace, claims),
  },
  w3c: {
    kind: "report",
    label: "W3C Web Annotations",
    description: "An AnnotationCollection: each claim an annotation on its article, with verdict and evidence bodies.",
    extension: "annotations.jsonld",
    contentType: "application/ld+json; charset=utf-8",
    needsSummary: false,
    write: (model, claims) => writeW3cAnnotationExport(model.workspace, claims),
  },
  markdown: {
    kind: "report",
    label: "Markdown report",
    description: "A readable verdict report: summary, then each claim with its quote, verdicts and evidence.",
    extension: "md",
    contentType: "text/markdown; charset=utf-8",
    needsSummary: true,
    write: (model, claims) => writeMarkdownReport(model.workspace, claims, requireSummary(model)),
  },
};

/** id, label and description of each format, for the reports page (plain data, safe to send to the browser). */
export function listExportFormats(): { id: ExportFormatId; label: string; description: string; scoped: boolean }[] {
  return (Object.entries(EXPORT_FORMATS) as [ExportFormatId, ExportFormat][]).map(([id, format]) => ({
    id, label: format.label, description: format.description, scoped: format.kind === "report",
  }));
}
