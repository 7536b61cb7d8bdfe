import { scopeToSearchParams, type ExportScope } from "@/lib/schemas/export";

/** The reports page with the claims list's filters as the scope to export ("Export these claims"). */
export function exportHref(slug: string, filter: Partial<ExportScope>): string {
  const query = scopeToSearchParams(filter);
  if (query.size > 0) query.set("scope", "filter");
  return `/w/${slug}/reports${query.size ? `?${query}` : ""}`;
}
