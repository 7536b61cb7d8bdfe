import type { ExportFormatId, ExportScope } from "@/lib/schemas/export";
import { EXPORT_FORMAT_INFO } from "./export-format-info";

// What a downloaded export is called: after what it is about (the workspace, or the one article it holds)
// and the day it was made, so that a folder of downloads reads as a list of reports, not of ids.
// "isis-decline-2015-2017-2024-06-01.pdf", "the-end-of-the-caliphate-2024-06-01.csv". Letters of any
// script are kept ("تقرير-…"): the Content-Disposition carries the UTF-8 name (lib/http/responses.ts).

const MAX_NAME_LENGTH = 60;

/** Lower-case words joined by hyphens, any script's letters and digits kept, at most 60 characters. */
export function slugifyName(text: string): string {
  const words = text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  let name = "";
  for (const word of words) {
    const next = name ? `${name}-${word}` : word;
    if ([...next].length > MAX_NAME_LENGTH) return name || [...word].slice(0, MAX_NAME_LENGTH).join("");
    name = next;
  }
  return name;
}

/** Whether the scope narrows the claims beyond one article (and the report's resolved/all choice). */
function isFiltered(scope: Partial<ExportScope>): boolean {
  return (["status", "tag", "claimant", "figure", "disagreement", "checked", "q"] as const).some((key) => Boolean(scope[key]));
}

export function exportFileName({ workspaceName, articleTitle, format, scope, at = new Date() }: {
  workspaceName: string;
  /** Set when the scope is one article. */
  articleTitle?: string | null;
  format: ExportFormatId;
  scope: Partial<ExportScope>;
  at?: Date;
}): string {
  const { extension, kind, resolvedByDefault } = EXPORT_FORMAT_INFO[format];
  const about = slugifyName((kind === "report" && articleTitle) || workspaceName) || "claimbench";
  const qualifier = kind === "workspace" ? "-workspace" : isFiltered(scope) ? "-filtered" : resolvedByDefault && scope.claims === "all" ? "-all-claims" : "";
  return `${about}${qualifier}-${at.toISOString().slice(0, 10)}.${extension}`;
}
