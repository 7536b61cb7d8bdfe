import "server-only";
import type { ImportFile } from "@/lib/data/article-import";
import { AppError } from "@/lib/errors";
import { readUploadFiles } from "@/lib/http/upload-request";
import { toFieldErrors } from "@/lib/schemas/common";
import { formatBytes, maxUploadBytes } from "@/lib/uploads";
import type { UploadDef } from "./routes";

export interface ApiUpload<F = unknown> {
  files: ImportFile[];
  /** The form's other parts, parsed with the route's `fields` schema (undefined without one). */
  fields: F;
}

/** The name a file sent as the whole body goes by (in the answer and the audit trail). */
export const WHOLE_BODY_FILE_NAME = "request-body.json";

const mediaType = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();

/**
 * The files of an API upload, read as the app's upload routes read them (lib/http/upload-request.ts:
 * the same part, the same limit of one upload), or, where the route allows it, one file sent as the
 * whole body, under the limit of one file. Every failure is the API's AppError.
 */
export async function readApiUpload(request: Request, upload: UploadDef): Promise<ApiUpload> {
  const type = mediaType(request);
  if (type === "multipart/form-data") return readForm(request, upload);
  if (upload.wholeBody?.includes(type)) return { files: [await readWholeBody(request)], fields: undefined };
  const alternatives = upload.wholeBody?.length ? `, or the file itself as ${upload.wholeBody.join(" or ")}` : "";
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the files as multipart/form-data, in the part "${upload.field}"${alternatives}.`);
}

async function readForm(request: Request, upload: UploadDef): Promise<ApiUpload> {
  const read = await readUploadFiles(request, upload.field);
  if (!read.ok) {
    if (read.status === 413) throw new AppError("PAYLOAD_TOO_LARGE", read.message);
    throw new AppError("VALIDATION", read.message, { fieldErrors: { [read.status === 422 ? upload.field : "_body"]: [read.message] } });
  }
  const { files, form } = read;
  if (files.length > upload.maxFiles) {
    const message = upload.maxFiles === 1
      ? "Upload one file at a time."
      : `An upload takes at most ${upload.maxFiles.toLocaleString("en")} files; this one has ${files.length.toLocaleString("en")}. Upload them in parts.`;
    throw new AppError("VALIDATION", message, { fieldErrors: { [upload.field]: [message] } });
  }
  if (!upload.fields) return { files, fields: undefined };
  const text = Object.fromEntries([...form.entries()].filter(([name, value]) => name !== upload.field && typeof value === "string"));
  const parsed = upload.fields.safeParse(text);
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
