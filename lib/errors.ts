// One error type for everything a user can be told about, with a small set of codes that map to
// HTTP statuses (route handlers) and to action results (forms). Every layer throws it; anything else is
// unexpected, and the doors' one classifier (lib/server/errors.ts) logs it and answers generically.
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
  UNAVAILABLE: 503,
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

/** How long a client should wait before trying again while the database is away. */
export const DATABASE_RETRY_SECONDS = 10;
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unavailable at the moment, so nothing was read or saved. Try again in a few seconds.";
export const databaseUnavailable = () => new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { retryAfterSeconds: DATABASE_RETRY_SECONDS });

/**
 * A unique violation, whichever way it comes: Prisma's P2002, a raw query's (P2010 carrying the driver
 * adapter's error) or node-postgres's own (pg-boss, our pools), by SQLSTATE 23505. Here rather than in
 * lib/server/errors.ts so that lib/data can tell a taken name from a failure.
 */
export function isUniqueViolation(error: unknown): boolean {
  const { code, meta } = (error ?? {}) as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } } };
  const cause = meta?.driverAdapterError?.cause;
  return code === "P2002" || code === "23505" || cause?.kind === "UniqueConstraintViolation" || cause?.originalCode === "23505";
}
