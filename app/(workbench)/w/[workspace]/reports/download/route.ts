import { getSessionUser } from "@/lib/auth/session";
import { streamExport } from "@/lib/data/exports";
import { limitHeavyRequest } from "@/lib/http/heavy-limits";
import { attachmentResponse, errorResponse } from "@/lib/http/responses";
import { toFieldErrors, workspaceParamsSchema, safeParseInput } from "@/lib/schemas/common";
import { exportQuerySchema } from "@/lib/schemas/export";

/** The reports page's download: ?format=csv[&article=…][&status=…]…, streamed as it is read from the database. */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const parsedParams = workspaceParamsSchema.safeParse(await params);
  if (!parsedParams.success) return Response.json({ message: "That workspace was not found." }, { status: 404 });
  const query = safeParseInput(exportQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ message: "Some parameters need attention.", fieldErrors: toFieldErrors(query.error) }, { status: 422 });
  const user = await getSessionUser();
  if (!user) return Response.json({ message: "Sign in to download exports." }, { status: 401 });
  const { format, ...scope } = query.data;
  try {
    await limitHeavyRequest(request, user.id);
    return attachmentResponse(await streamExport({ actor: user, slug: parsedParams.data.workspace, format, scope }));
  } catch (error) {
    return errorResponse(error, "The export");
  }
}
