import { AppError } from "@/lib/errors";
import { inputFieldErrors } from "@/lib/schemas/common";

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

const tooLarge = (max: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${Math.round(max / 1024).toLocaleString("en")} KB, the limit of this endpoint. Send less at once.`);

/**
 * Reads a JSON body of at most `maxBytes`, stopping as soon as the limit is passed (a declared
 * Content-Length over it is refused before reading). Only `application/json` is accepted: a
 * cross-site form cannot send it, which is what keeps cookie-authenticated writes safe from CSRF.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with the header Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readLimited(request, maxBytes);
  if (text.trim() === "") throw new AppError("VALIDATION", "The request body is empty. Send a JSON object.", { fieldErrors: { _body: ["Send a JSON object."] } });
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new AppError("VALIDATION", "The request body is not valid JSON.", { fieldErrors: { _body: ["Not valid JSON."] } });
  }
  const faults = inputFieldErrors(body, "_body");
  if (faults) throw new AppError("VALIDATION", Object.values(faults)[0]![0]!, { fieldErrors: faults });
  return body;
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      // The client hung up mid-body: nothing to save, and no fault of ours to log.
      throw new AppError("VALIDATION", "The request body was cut off before its end. Send it again.", { fieldErrors: { _body: ["Cut off."] } });
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}
