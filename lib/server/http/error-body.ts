import type { ErrorCode, FieldErrors } from "@/lib/errors";

/**
 * The one error shape of every JSON answer the server sends, from the API (documented in its OpenAPI
 * document) and from the app's own route handlers alike: `{ error: { code, message, fields?, current? } }`.
 * `fields` names the inputs to fix; `current` is what a conflict found (the record as it now is).
 */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; current?: unknown };
}

/**
 * For the browser's forms that post to a route handler: the error an answer's body holds, or the
 * fallback when it holds none (a proxy's HTML page, a cut connection), so a form always has a sentence to show.
 */
export function readErrorBody(body: unknown, fallback: string): { message: string; fields: FieldErrors } {
  const error = (body as Partial<ErrorBody> | null)?.error;
  if (!error || typeof error.message !== "string") return { message: fallback, fields: {} };
  return { message: error.message, fields: error.fields ?? {} };
}
