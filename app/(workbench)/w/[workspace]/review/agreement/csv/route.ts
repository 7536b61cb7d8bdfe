import { stringify } from "csv-stringify/sync";
import { getSessionUser } from "@/lib/auth/session";
import { getAgreementRatings } from "@/lib/data/agreement";
import { getWorkspaceAccess } from "@/lib/data/workspaces";
import { agreementCsvRows } from "@/lib/domain/agreement-csv";
import { buildAgreementReport } from "@/lib/domain/agreement-report";
import { limitHeavyRequest } from "@/lib/http/heavy-limits";
import { errorResponse } from "@/lib/http/responses";
import { agreementQuerySchema } from "@/lib/schemas/agreement";
import { toFieldErrors, workspaceParamsSchema, safeParseInput } from "@/lib/schemas/common";

const NOT_FOUND = { message: "That workspace was not found." };

/** The agreement statistics of /review/agreement as CSV, for any member (viewers too: they are aggregates). */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const parsedParams = workspaceParamsSchema.safeParse(await params);
  if (!parsedParams.success) return Response.json(NOT_FOUND, { status: 404 });
  const query = safeParseInput(agreementQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ message: "Some parameters need attention.", fieldErrors: toFieldErrors(query.error) }, { status: 422 });
  const user = await getSessionUser();
  if (!user) return Response.json({ message: "Sign in to download agreement statistics." }, { status: 401 });
  const slug = parsedParams.data.workspace;
  if (!(await getWorkspaceAccess({ actor: user, slug }))) return Response.json(NOT_FOUND, { status: 404 });
  try {
    await limitHeavyRequest(request, user.id);
    const data = await getAgreementRatings({ actor: user, slug, articleId: query.data.article });
    const csv = stringify(agreementCsvRows(buildAgreementReport(data), data.article?.title ?? data.workspace.name));
    const filename = `agreement-${slug}${data.article ? `-article-${data.article.id.slice(0, 8)}` : ""}.csv`;
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    return errorResponse(error, "The agreement CSV");
  }
}
