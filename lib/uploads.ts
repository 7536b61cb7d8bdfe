// The one upload size limit, shared by every importer (workspace JSON, article files): set with
// CLAIMBENCH_MAX_UPLOAD_BYTES, 20 MB by default. Messages state the limit in the units people read.
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The configured limit in bytes; an unset, empty or nonsensical value falls back to 20 MB. */
export function maxUploadBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CLAIMBENCH_MAX_UPLOAD_BYTES?.trim();
  if (!raw) return DEFAULT_MAX_UPLOAD_BYTES;
  const value = Number(raw);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_UPLOAD_BYTES;
}

/** What one upload of many files (the article bulk import) may hold in total: 100 MB by default. */
export const DEFAULT_MAX_BULK_UPLOAD_BYTES = 100 * 1024 * 1024;

/**
 * The configured total for one upload of several files, CLAIMBENCH_MAX_BULK_UPLOAD_BYTES; never less
 * than the limit of one file. The whole form is read into memory, so this bounds what one request holds.
 */
export function maxBulkUploadBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = Number(env.CLAIMBENCH_MAX_BULK_UPLOAD_BYTES?.trim() || Number.NaN);
  const total = Number.isSafeInteger(raw) && raw > 0 ? raw : DEFAULT_MAX_BULK_UPLOAD_BYTES;
  return Math.max(total, maxUploadBytes(env));
}

const UNITS = ["KB", "MB", "GB"] as const;

/** 512 → "512 bytes", 20971520 → "20 MB", 1536 → "1.5 KB" (binary multiples, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${UNITS[unit]}`;
}

/** The sentence for a file over the limit. */
export function tooLargeMessage(fileName: string, size: number, limit = maxUploadBytes()): string {
  return `${fileName} is ${formatBytes(size)}, over the upload limit of ${formatBytes(limit)}. Split it or ask an administrator to raise CLAIMBENCH_MAX_UPLOAD_BYTES.`;
}

/** Room for the multipart envelope and the other form fields around the file itself. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

export class UploadTooLargeError extends Error {
  override name = "UploadTooLargeError";
  constructor(readonly limit: number) {
    super(`The upload is over the limit of ${formatBytes(limit)}.`);
  }
}

/**
 * The request's multipart form, read only while it stays under the limit (plus the form's envelope):
 * a declared Content-Length over it is refused before a byte is read, and a body that turns out longer
 * is cut off as soon as it passes the limit, so an oversized upload is never held in memory whole.
 * Throws UploadTooLargeError; anything else thrown means the body was not a readable form.
 */
export async function readLimitedFormData(request: Request, limit = maxUploadBytes()): Promise<FormData> {
  const allowed = limit + FORM_OVERHEAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > allowed) throw new UploadTooLargeError(limit);
  if (!request.body) return request.formData();
  let seen = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > allowed) controller.error(new UploadTooLargeError(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(counted, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch (error) {
    if (seen > allowed) throw new UploadTooLargeError(limit);
    throw error;
  }
}
