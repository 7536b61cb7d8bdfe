import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { inputFieldErrors, toFieldErrors } from "@/lib/schemas/common";

// How a route handler (the API's and the app's) parses what it is sent, so that both refuse bad input
// with the same 422 and the same `fields`.

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, message: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", message, { fieldErrors: toFieldErrors(parsed.error) });
  return parsed.data;
}

/** The query string as an object, its text checked like a body's (NUL, broken characters) before the schema sees it. */
export function readQuery(request: Request): Record<string, string> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const faults = inputFieldErrors(query);
  if (faults) throw new AppError("VALIDATION", QUERY_MESSAGE, { fieldErrors: faults });
  return query;
}

export const QUERY_MESSAGE = "Some query parameters need attention.";

export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  return parseWith(schema, readQuery(request), QUERY_MESSAGE);
}
