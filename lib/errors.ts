// One error type for everything a user can be told about, with a small set of codes that map to
// HTTP statuses (route handlers) and to action results (forms). Anything else is unexpected: it is
// logged with its stack and answered with a generic message.
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fieldErrors?: FieldErrors; current?: unknown; retryAfterSeconds?: number },
  ) {
    super(message);
  }
}

export const notFound = (what = "That record") => new AppError("NOT_FOUND", `${what} was not found.`);
export const forbidden = (message: string) => new AppError("FORBIDDEN", message);

/** Prisma's known request errors, identified by code (never by message text). */
export function fromPrismaError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") return new AppError("CONFLICT", "A record with the same values already exists.");
  if (code === "P2025") return notFound();
  return null;
}
