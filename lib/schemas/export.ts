import { z } from "zod";
import { EXPORT_FORMAT_IDS } from "@/lib/domain/vocabulary";
import { claimListQuerySchema } from "./claim";
import { idSchema, slugSchema } from "./common";

// Export formats by id (lib/domain/vocabulary.ts). Adding one means adding its id there, its minimum role in
// lib/domain/permissions.ts and its entries in lib/formats/export-format-info.ts and lib/formats/export-formats.ts,
// which the type system then demands.
export { EXPORT_FORMAT_IDS, type ExportFormatId } from "@/lib/domain/vocabulary";

/**
 * Which claims an export holds: the claims list's filters (article, status, tag, claimant, figure,
 * disagreement, q), all optional. No filter is the whole workspace; `article` alone is one article.
 * `claims`: a verdict report (the PDF) holds the resolved claims unless `claims=all` (or a status filter)
 * asks otherwise (lib/formats/report-claims.ts); other formats ignore it.
 */
export const exportScopeSchema = claimListQuerySchema.omit({ page: true }).extend({
  claims: z.enum(["resolved", "all"], { message: "Choose claims=resolved (the default) or claims=all." }).optional(),
  // Not a filter: what the workspace JSON carries of captured web pages (the bytes can be large).
  originals: z
    .enum(["include", "omit"], { message: "Choose originals=include (the default) or originals=omit." })
    .optional()
    .describe("format=json only: omit leaves the captured web pages' original bytes (and the text they gave) out of `captures`, keeping their metadata, for a smaller file. An import of such a file keeps no captures."),
});
export type ExportScope = z.infer<typeof exportScopeSchema>;

const formatSchema = z.enum(EXPORT_FORMAT_IDS, { message: `Choose a format: ${EXPORT_FORMAT_IDS.join(", ")}.` });

/** `?format=csv&article=…&status=…`: the download route's and the API's query string. */
export const exportQuerySchema = exportScopeSchema.extend({ format: formatSchema });
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Starting an export job from the reports page. */
export const startExportJobSchema = exportScopeSchema.extend({ format: formatSchema });

/**
 * An export job's stored payload: the request's fields plus the public base URL of the request that started
 * it, since the worker has no request of its own to take the address from (links in the file use it).
 * Optional only for jobs queued before it was stored.
 */
export const exportJobPayloadSchema = startExportJobSchema.extend({ baseUrl: z.url({ protocol: /^https?$/ }).optional() });

export const jobParamsSchema = z.object({ workspace: slugSchema, jobId: idSchema });

/** The scope back as query parameters, without empty ones: for links and the W3C collection id. */
export function scopeToSearchParams(scope: Partial<ExportScope>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["article", "status", "tag", "claimant", "figure", "disagreement", "checked", "q", "claims"] as const) {
    const value = scope[key];
    if (value) params.set(key, String(value));
  }
  if (scope.ids?.length) params.set("ids", scope.ids.join(","));
  return params;
}
