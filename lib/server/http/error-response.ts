import { AppError, ERROR_STATUS } from "@/lib/errors";
import { classifyError } from "@/lib/server/errors";
import type { ErrorBody } from "./error-body";

export function toErrorBody(error: AppError): ErrorBody {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details?.fieldErrors) body.error.fields = error.details.fieldErrors;
  if (error.details?.current !== undefined) body.error.current = error.details.current;
  return body;
}

/**
 * Any thrown value as a JSON answer in the one error shape (lib/server/http/error-body.ts), through the one
 * classifier (lib/errors.ts): its status from the code, Retry-After when the error says how long to
 * wait, and never cached. Every route handler answers its errors with this, the API's and the app's.
 */
export function errorResponse(error: unknown, context: string, headers: HeadersInit = {}): Response {
  const known = classifyError(error, context);
  const extra = new Headers(headers);
  if (known.details?.retryAfterSeconds !== undefined) extra.set("Retry-After", String(known.details.retryAfterSeconds));
  extra.set("Cache-Control", "private, no-store");
  return Response.json(toErrorBody(known), { status: ERROR_STATUS[known.code], headers: extra });
}
