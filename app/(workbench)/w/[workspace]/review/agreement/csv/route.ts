import { stringify } from "csv-stringify/sync";
import { getAgreementRatings } from "@/lib/data/verdicts/agreement";
import { agreementCsvRows } from "@/lib/domain/agreement-csv";
import { buildAgreementReport } from "@/lib/domain/agreement-report";
import { slugifyName } from "@/lib/formats/export-file-name";
import { contentDisposition } from "@/lib/server/http/responses";
import { routeHandler } from "@/lib/server/http/route-handler";
import { agreementQuerySchema } from "@/lib/schemas/agreement";
import { workspaceParamsSchema } from "@/lib/schemas/common";

/** The agreement statistics of /review/agreement as CSV, for any member (viewers too: they are aggregates). */
export const GET = routeHandler(
  { params: workspaceParamsSchema, query: agreementQuerySchema, role: "VIEWER", heavy: true, signInTo: "download agreement statistics" },
  async ({ user, params: { workspace: slug }, query }) => {
    const data = await getAgreementRatings({ actor: user, slug, articleId: query.article });
    const csv = stringify(agreementCsvRows(buildAgreementReport(data), data.article?.title ?? data.workspace.name));
    // Named after what it covers and the day, as every export (lib/formats/export-file-name.ts).
    const filename = `agreement-${slugifyName(data.article?.title ?? data.workspace.name) || slug}-${new Date().toISOString().slice(0, 10)}.csv`;
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": contentDisposition(filename), "Cache-Control": "private, no-store" },
    });
  },
);
