import type { ExportFormatId, ExportScope } from "@/lib/schemas/export";
import { EXPORT_FORMAT_INFO } from "./export-format-info";

/**
 * The claims an export of `format` holds. A verdict report a reader keeps (the PDF) is about what the
 * desk concluded, so it holds the resolved claims unless all are asked for (`claims=all`); a status
 * filter from the claims list is what the person chose and is kept as it is. Every other format holds
 * the scope as given. Asked wherever claims are counted or read for an export, so that the count that
 * decides between a download and a job, the PDF's claim limit and the file agree.
 */
export function exportClaimScope(format: ExportFormatId, scope: Partial<ExportScope>): Partial<ExportScope> {
  if (!EXPORT_FORMAT_INFO[format].resolvedByDefault || scope.claims === "all" || scope.status) return scope;
  return { ...scope, status: "RESOLVED" };
}

/** Whether the format offers the choice at all (the reports page shows it only then). */
export function offersResolvedOnly(format: ExportFormatId): boolean {
  return EXPORT_FORMAT_INFO[format].resolvedByDefault === true;
}
