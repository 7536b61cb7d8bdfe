import { EXPORT_MINIMUM_ROLE } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import type { ExportFormatId } from "@/lib/schemas/export";

// What each export format is, without its writer: plain data that the reports page (and its client form),
// the OpenAPI document and the export data layer all read. The writers are in export-formats.ts
// (server-only: the PDF renderer and the workspace JSON's database reader come with them).
//
// Who may export each format is lib/domain/permissions.ts's (EXPORT_MINIMUM_ROLE, canExport).
//
// Two kinds: "report" formats are written from the report model over a scope of claims (the whole
// workspace, one article or a claims-list filter); "workspace" formats hold the whole workspace.

/** The most claims one PDF report holds: it is laid out in memory (see pdf-report.tsx). */
export const PDF_MAX_CLAIMS = 500;

/** A PDF of more claims than this takes seconds to lay out, so the reports page prepares it as a job. */
export const PDF_JOB_THRESHOLD = 30;

export interface ExportFormatInfo {
  kind: "report" | "workspace";
  label: string;
  /** One line for the reports page. */
  description: string;
  extension: string;
  contentType: string;
  /** A scope of more claims is refused (PAYLOAD_TOO_LARGE) with tooManyClaimsMessage. */
  maxClaims?: number;
  /** Above this many claims the reports page runs it as a background job, even under CLAIMBENCH_EXPORT_JOB_THRESHOLD. */
  jobThreshold?: number;
  /** A verdict report for readers: only resolved claims unless all are asked for (report-claims.ts). */
  resolvedByDefault?: boolean;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormatId, ExportFormatInfo> = {
  csv: {
    kind: "report",
    label: "CSV",
    description: "One row per claim, for spreadsheets: quote, statement, figure, status, ratings, evidence counts, sources.",
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
  },
  claimreview: {
    kind: "report",
    label: "ClaimReview JSON-LD",
    description: "schema.org ClaimReview for each resolved claim, for search engines and fact-check databases.",
    extension: "claimreview.json",
    contentType: "application/ld+json; charset=utf-8",
  },
  w3c: {
    kind: "report",
    label: "W3C Web Annotations",
    description: "An AnnotationCollection: each claim an annotation on its article, with verdict and evidence bodies.",
    extension: "annotations.jsonld",
    contentType: "application/ld+json; charset=utf-8",
  },
  markdown: {
    kind: "report",
    label: "Markdown report",
    description: "A readable verdict report: summary, then each claim with its quote, verdicts and evidence.",
    extension: "md",
    contentType: "text/markdown; charset=utf-8",
  },
  pdf: {
    kind: "report",
    label: "PDF report",
    description: `The verdict report typeset for printing, with a chart of final ratings (at most ${PDF_MAX_CLAIMS} claims).`,
    extension: "pdf",
    contentType: "application/pdf",
    maxClaims: PDF_MAX_CLAIMS,
    jobThreshold: PDF_JOB_THRESHOLD,
    resolvedByDefault: true,
  },
  json: {
    kind: "workspace",
    label: "Workspace JSON (lossless)",
    description: "Everything in the workspace (articles, claims, sources, evidence, verdict history, scale, audit trail), to import elsewhere.",
    extension: "json",
    contentType: "application/json; charset=utf-8",
  },
};

/** Why a scope is too large for a format with a claim limit: what to do instead. */
export function tooManyClaimsMessage(format: ExportFormatId, count: number): string {
  const { label, maxClaims = Infinity } = EXPORT_FORMAT_INFO[format];
  return `A ${label} holds at most ${maxClaims.toLocaleString("en")} claims and this scope has ${count.toLocaleString("en")}. Export one article or a filtered list of claims, or use CSV or Markdown, which have no limit.`;
}

/** When an export of `format` runs as a job: above the format's own threshold or the instance's, whichever is lower. */
export function formatJobThreshold(format: ExportFormatId, instanceThreshold: number): number {
  return Math.min(EXPORT_FORMAT_INFO[format].jobThreshold ?? Infinity, instanceThreshold);
}

export interface ExportFormatChoice {
  id: ExportFormatId;
  label: string;
  description: string;
  kind: ExportFormatInfo["kind"];
  scoped: boolean;
  role: Role;
  maxClaims: number | null;
  jobThreshold: number;
  resolvedByDefault: boolean;
}

/** Each format for the reports page (plain data, safe to send to the browser). */
export function listExportFormats(instanceThreshold: number): ExportFormatChoice[] {
  return (Object.entries(EXPORT_FORMAT_INFO) as [ExportFormatId, ExportFormatInfo][]).map(([id, format]) => ({
    id,
    label: format.label,
    description: format.description,
    kind: format.kind,
    scoped: format.kind === "report",
    role: EXPORT_MINIMUM_ROLE[id],
    maxClaims: format.maxClaims ?? null,
    jobThreshold: formatJobThreshold(id, instanceThreshold),
    resolvedByDefault: format.resolvedByDefault === true,
  }));
}
