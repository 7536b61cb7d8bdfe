import { AppError, ERROR_STATUS, fromPrismaError, type ErrorCode, type FieldErrors } from "@/lib/errors";

/** The one error shape of the API: `{ error: { code, message, fields? } }`. */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; current?: unknown };
}

export function errorResponse(error: AppError, headers: HeadersInit = {}): Response {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details?.fieldErrors) body.error.fields = error.details.fieldErrors;
  if (error.details?.current !== undefined) body.error.current = error.details.current;
  const extra = new Headers(headers);
  if (error.details?.retryAfterSeconds !== undefined) extra.set("Retry-After", String(error.details.retryAfterSeconds));
  extra.set("Cache-Control", "private, no-store");
  return Response.json(body, { status: ERROR_STATUS[error.code], headers: extra });
}

/**
 * Any thrown value as an API answer. AppError and Prisma's known errors (by code, never by message)
 * are told as they are; anything else is logged with its stack and answered with a generic 500,
 * so no stack trace or database message reaches the client.
 */
export function toErrorResponse(error: unknown, context: string): Response {
  const known = error instanceof AppError ? error : fromPrismaError(error);
  if (known) return errorResponse(known);
  console.error(`Unexpected error in ${context}`, error);
  return errorResponse(new AppError("INTERNAL", "Something went wrong on our side and nothing was saved. Try again; if it keeps happening, tell your workspace owner."));
}
