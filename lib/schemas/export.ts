import { z } from "zod";
import { claimListQuerySchema } from "./claim";
import { idSchema, slugSchema } from "./common";

// Export formats by id. Adding one means adding its id here and its entries in lib/formats/export-format-info.ts
// and lib/formats/export-formats.ts, which the type system then demands.
export const EXPORT_FORMAT_IDS = ["csv", "claimreview", "w3c", "markdown", "pdf", "json"] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

/**
 * Which claims an export holds: the claims list's filters (article, status, tag, claimant, figure,
 * disagreement, q), all optional. No filter is the whole workspace; `article` alone is one article.
 */
export const exportScopeSchema = claimListQuerySchema.omit({ page: true });
export type ExportScope = z.infer<typeof exportScopeSchema>;

const formatSchema = z.enum(EXPORT_FORMAT_IDS, { message: `Choose a format: ${EXPORT_FORMAT_IDS.join(", ")}.` });

/** `?format=csv&article=…&status=…`: the download route's and the API's query string. */
export const exportQuerySchema = exportScopeSchema.extend({ format: formatSchema });
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Starting an export job from the reports page. */
export const startExportJobSchema = exportScopeSchema.extend({ format: formatSchema });

export const jobParamsSchema = z.object({ workspace: slugSchema, jobId: idSchema });

/** The scope back as query parameters, without empty ones: for links and the W3C collection id. */
export function scopeToSearchParams(scope: Partial<ExportScope>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["article", "status", "tag", "claimant", "figure", "disagreement", "q"] as const) {
    const value = scope[key];
    if (value) params.set(key, String(value));
  }
  return params;
}
