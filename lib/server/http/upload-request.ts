import "server-only";
import type { z } from "zod";
import type { ImportFile } from "@/lib/workflows/article-import/article-import";
import { AppError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/schemas/common";
import { formatBytes, maxBulkUploadBytes, maxUploadBytes, readLimitedFormData, tooLargeMessage, UploadTooLargeError } from "@/lib/uploads";

/**
 * What an upload route takes, for the API's routes (lib/server/api/routes.ts) and the app's own
 * (lib/server/http/route-handler.ts) alike. Route handlers, not server actions, take uploads: a server
 * action's body limit is fixed at build time and 1 MB by default, and a bulk import of 500 files is
 * far larger; the limits here are read when the server runs.
 */
export interface UploadSpec {
  /** The form part that holds the files. */
  field: string;
  maxFiles: number;
  /** The form's other parts, parsed like a body (422 with `fields`). */
  fields?: z.ZodObject;
  /** Media types under which the request body may instead be one file itself (a JSON-LD document, say). */
  wholeBody?: readonly string[];
  /**
   * "bulk" (the default): one upload of several files, CLAIMBENCH_MAX_BULK_UPLOAD_BYTES in all; a
   * file over the limit of one file is the importer's to refuse. "file": one file, under
   * CLAIMBENCH_MAX_UPLOAD_BYTES, refused here.
   */
  limit?: "bulk" | "file";
  /** The 422 when no file was sent. */
  missing?: string;
}

export interface Upload<F = unknown> {
  files: ImportFile[];
  /** The form's other parts, parsed with the spec's `fields` schema (undefined without one). */
  fields: F;
}

/** The name a file sent as the whole body goes by (in the answer and the audit trail). */
export const WHOLE_BODY_FILE_NAME = "request-body.json";

const mediaType = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();

/**
 * The files of an upload (and its other parts), or, where the spec allows it, one file sent as the
 * whole body. No authentication: the caller's wrapper has done it. Every failure is an AppError:
 * 413 over the limit, 415 not a form, 422 no file, too many, a NUL in a name, or bad fields.
 */
export async function readUpload(request: Request, spec: UploadSpec): Promise<Upload> {
  const type = mediaType(request);
  if (type === "multipart/form-data") return readForm(request, spec);
  if (spec.wholeBody?.includes(type)) return { files: [await readWholeBody(request)], fields: undefined };
  const alternatives = spec.wholeBody?.length ? `, or the file itself as ${spec.wholeBody.join(" or ")}` : "";
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the files as multipart/form-data, in the part "${spec.field}"${alternatives}.`);
}

async function readForm(request: Request, spec: UploadSpec): Promise<Upload> {
  const invalid = (message: string, field = spec.field) => new AppError("VALIDATION", message, { fieldErrors: { [field]: [message] } });
  const single = spec.limit === "file";
  const limit = single ? maxUploadBytes() : maxBulkUploadBytes();
  let form: FormData;
  try {
    form = await readLimitedFormData(request, limit);
  } catch (error) {
    if (!(error instanceof UploadTooLargeError)) throw invalid("The upload could not be read: send the files as a multipart form.", "_body");
    const declared = Number(request.headers.get("content-length"));
    throw new AppError("PAYLOAD_TOO_LARGE", single
      ? (declared > 0 ? tooLargeMessage("The upload", declared, limit) : error.message)
      : `The upload is over ${formatBytes(limit)} in total, the limit for one upload. Upload the files in parts, or ask an administrator to raise CLAIMBENCH_MAX_BULK_UPLOAD_BYTES.`);
  }
  const files = form.getAll(spec.field).flatMap((value) =>
    typeof value === "string" || (value.name === "" && value.size === 0)
      ? []
      : [{ name: value.name, size: value.size, read: async () => new Uint8Array(await value.arrayBuffer()) }],
  );
  if (files.length === 0) throw invalid(spec.missing ?? "Choose at least one file to upload.");
  // Names are stored (with the job, in the audit trail) and Postgres cannot store U+0000 in text.
  const nul = files.find((file) => file.name.includes("\u0000"));
  if (nul) throw invalid(`The name of the file "${nul.name.replaceAll("\u0000", "")}" holds a NUL character (\\u0000). Rename the file and upload it again.`);
  if (files.length > spec.maxFiles) {
    throw invalid(spec.maxFiles === 1
      ? "Upload one file at a time."
      : `An upload takes at most ${spec.maxFiles.toLocaleString("en")} files; this one has ${files.length.toLocaleString("en")}. Upload them in parts.`);
  }
  const tooLarge = single ? files.find((file) => file.size > limit) : undefined;
  if (tooLarge) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(tooLarge.name, tooLarge.size, limit));
  if (!spec.fields) return { files, fields: undefined };
  const text = Object.fromEntries([...form.entries()].filter(([name, value]) => name !== spec.field && typeof value === "string"));
  const parsed = spec.fields.safeParse(text);
  if (!parsed.success) throw new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: toFieldErrors(parsed.error) });
  return { files, fields: parsed.data };
}

/** The body as one file, read only while it stays under the limit of one file. */
async function readWholeBody(request: Request): Promise<ImportFile> {
  const limit = maxUploadBytes();
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The file is over ${formatBytes(limit)}, the upload limit (CLAIMBENCH_MAX_UPLOAD_BYTES). Split it, or ask an administrator to raise the limit.`);
  if (Number(request.headers.get("content-length") ?? Number.NaN) > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (;;) {
    const { done, value } = reader
      ? await reader.read().catch(() => {
        // The client hung up mid-body: nothing was saved.
        throw new AppError("VALIDATION", "The request body was cut off before its end. Send it again.", { fieldErrors: { _body: ["Cut off."] } });
      })
      : { done: true as const, value: undefined };
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (size === 0) throw new AppError("VALIDATION", "The request body is empty. Send the file.", { fieldErrors: { _body: ["Send the file."] } });
  const bytes = new Uint8Array(Buffer.concat(chunks));
  return { name: WHOLE_BODY_FILE_NAME, size, read: async () => bytes };
}
