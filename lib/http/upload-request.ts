import "server-only";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { getWorkspaceAccess } from "@/lib/data/workspaces";
import type { ImportFile } from "@/lib/data/article-import";
import { hasRole, roleRequiredMessage, type Role } from "@/lib/domain/roles";
import { workspaceParamsSchema } from "@/lib/schemas/common";
import { limitHeavyRequest } from "@/lib/http/heavy-limits";
import { errorResponse } from "@/lib/http/responses";
import { refuseCrossOrigin } from "@/lib/http/same-origin";
import { formatBytes, maxBulkUploadBytes, readLimitedFormData, UploadTooLargeError } from "@/lib/uploads";

/**
 * The common start of an upload route handler: the workspace from the route, the session, the
 * member's role, and the multipart body. Route handlers, not server actions, take uploads: server
 * actions cap bodies at 1 MB, and a bulk import of 500 files is far larger. Unlike server actions,
 * route handlers get no origin check from Next, so a page of another site could post here with the
 * user's cookie: it is refused first (lib/http/same-origin.ts).
 */
export async function readUploadRequest(request: Request, params: Promise<unknown>, role: Role, what: string): Promise<
  { ok: true; user: SessionUser; slug: string; form: FormData; files: ImportFile[] } | { ok: false; response: Response }
> {
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return { ok: false, response: crossOrigin };
  const fail = (status: number, message: string) => ({ ok: false as const, response: Response.json({ message }, { status }) });
  const parsed = workspaceParamsSchema.safeParse(await params);
  if (!parsed.success) return fail(404, "That workspace was not found.");
  const user = await getSessionUser();
  if (!user) return fail(401, `Your session has ended. Sign in again to ${what}.`);
  const slug = parsed.data.workspace;
  const access = await getWorkspaceAccess({ actor: user, slug });
  if (!access) return fail(404, "That workspace was not found.");
  if (!hasRole(access.role, role)) return fail(403, roleRequiredMessage(role));
  try {
    await limitHeavyRequest(request, user.id);
  } catch (error) {
    return { ok: false, response: errorResponse(error, "The upload") };
  }
  const upload = await readUploadFiles(request);
  if (!upload.ok) return fail(upload.status, upload.message);
  return { ok: true, user, slug, form: upload.form, files: upload.files };
}

/**
 * The multipart body of an upload and its files (the part `field`), under the limit of one upload
 * (CLAIMBENCH_MAX_BULK_UPLOAD_BYTES). No authentication: the caller has done it (the session above,
 * or the API's wrapper for a token, lib/api/upload.ts).
 */
export async function readUploadFiles(request: Request, field = "files"): Promise<
  { ok: true; form: FormData; files: ImportFile[] } | { ok: false; status: 400 | 413 | 422; message: string }
> {
  let form: FormData;
  const limit = maxBulkUploadBytes();
  try {
    form = await readLimitedFormData(request, limit);
  } catch (error) {
    if (error instanceof UploadTooLargeError) {
      return { ok: false, status: 413, message: `The upload is over ${formatBytes(limit)} in total, the limit for one upload. Upload the files in parts, or ask an administrator to raise CLAIMBENCH_MAX_BULK_UPLOAD_BYTES.` };
    }
    return { ok: false, status: 400, message: "The upload could not be read: send the files as a multipart form." };
  }
  const files = form.getAll(field).flatMap((value) =>
    typeof value === "string" ? [] : [{ name: value.name, size: value.size, read: async () => new Uint8Array(await value.arrayBuffer()) }],
  );
  if (files.length === 0) return { ok: false, status: 422, message: "Choose at least one file to upload." };
  // Names are stored (with the job, in the audit trail) and Postgres cannot store U+0000 in text.
  const nul = files.find((file) => file.name.includes("\u0000"));
  if (nul) return { ok: false, status: 422, message: `The name of the file "${nul.name.replaceAll("\u0000", "")}" holds a NUL character (\\u0000). Rename the file and upload it again.` };
  return { ok: true, form, files };
}
