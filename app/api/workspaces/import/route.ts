import { getSessionUser } from "@/lib/auth/session";
import { importWorkspace } from "@/lib/data/workspace-import";
import { AppError, ERROR_STATUS } from "@/lib/errors";
import { limitHeavyRequest } from "@/lib/http/heavy-limits";
import { errorResponse } from "@/lib/http/responses";
import { refuseCrossOrigin } from "@/lib/http/same-origin";
import { toFieldErrors } from "@/lib/schemas/common";
import { workspaceImportFieldsSchema } from "@/lib/schemas/workspace-json";
import { maxUploadBytes, readLimitedFormData, tooLargeMessage, UploadTooLargeError } from "@/lib/uploads";

// A route handler rather than a server action: a server action's body limit is fixed at build time
// (next.config.js), while the upload limit is CLAIMBENCH_MAX_UPLOAD_BYTES, read when the server runs.

/**
 * POST multipart/form-data { file, slug, name? }: imports a workspace JSON export into a new workspace
 * owned by the signed-in user. 201 { workspace: { slug, name }, counts }; otherwise { message,
 * fieldErrors? } with 401, 403 (sent from another site), 409 (slug taken), 413 (over the limit) or 422
 * (a bad file, with its reason).
 */
export async function POST(request: Request) {
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const user = await getSessionUser();
  if (!user) return Response.json({ message: "Sign in to import a workspace." }, { status: 401 });
  try {
    await limitHeavyRequest(request, user.id);
  } catch (error) {
    return errorResponse(error, "The workspace import");
  }
  const limit = maxUploadBytes();
  let form: FormData;
  try {
    form = await readLimitedFormData(request, limit);
  } catch (error) {
    if (error instanceof UploadTooLargeError) {
      const declared = Number(request.headers.get("content-length"));
      return Response.json({ message: declared > 0 ? tooLargeMessage("The upload", declared, limit) : error.message }, { status: 413 });
    }
    return Response.json({ message: "The upload could not be read as a form. Choose a file and try again." }, { status: 422 });
  }
  const fields = workspaceImportFieldsSchema.safeParse({ slug: form.get("slug") ?? "", name: form.get("name") ?? undefined });
  if (!fields.success) return Response.json({ message: "Some fields need attention.", fieldErrors: toFieldErrors(fields.error) }, { status: 422 });
  const file = form.get("file");
  if (!(file instanceof File) || (file.name === "" && file.size === 0)) {
    return Response.json({ message: "Choose the .json file of a workspace export.", fieldErrors: { file: ["Choose a file."] } }, { status: 422 });
  }
  if (file.size > limit) return Response.json({ message: tooLargeMessage(file.name, file.size, limit) }, { status: 413 });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await importWorkspace({ actor: user, input: { fileName: file.name, bytes, slug: fields.data.slug, name: fields.data.name } });
    return Response.json(
      { workspace: { slug: result.workspace.slug, name: result.workspace.name }, counts: result.counts, people: result.people, assignmentsLeftOut: result.assignmentsLeftOut },
      { status: 201 },
    );
  } catch (error) {
    if (error instanceof AppError) return Response.json({ message: error.message, fieldErrors: error.details?.fieldErrors }, { status: ERROR_STATUS[error.code] });
    console.error("Workspace import failed", error);
    return Response.json({ message: "The import failed on our side and nothing was imported. Try again in a moment." }, { status: 500 });
  }
}
