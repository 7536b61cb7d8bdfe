// How a door (server action, API route, the app's route handlers, a job) turns any failure into the
// AppError it answers with (lib/errors.ts): one classifier, so one failure gets one answer everywhere.
import { AppError, databaseUnavailable, isUniqueViolation, notFound } from "@/lib/errors";

/** Prisma's known request errors, identified by code (never by message text). */
export function fromPrismaError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (isUniqueViolation(error)) return new AppError("CONFLICT", "A record with the same values already exists.");
  if (code === "P2025") return notFound();
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  return null;
}

export const UNEXPECTED_ERROR_MESSAGE = "Something went wrong on our side and nothing was saved. Try again; if it keeps happening, tell your workspace owner.";

/**
 * The one classifier every entry point uses (server actions, the API, the app's route handlers,
 * jobs), so that one failure gets one answer whichever door it came through: an AppError as it is,
 * then Prisma's and Postgres's known errors by code (unique violation 409, missing 404, database
 * away 503), then anything else, which is logged with its stack under `context` and answered with a
 * generic message: its own text may hold SQL, paths or data, and never reaches a client.
 */
export function classifyError(error: unknown, context: string, unexpectedMessage = UNEXPECTED_ERROR_MESSAGE): AppError {
  if (error instanceof AppError) return error;
  const known = fromPrismaError(error);
  if (known) return known;
  // An Error is printed with its stack, its cause and its own fields (Prisma's meta, a driver's code).
  console.error(`Unexpected error in ${context}:`, error);
  return new AppError("INTERNAL", unexpectedMessage);
}

// Prisma: P1001 cannot reach, P1002 timed out, P1017 server closed the connection, P2024 pool timeout;
// its driver adapter's error kinds; node-postgres (pg-boss, our pools): socket errors and SQLSTATE
// class 08 (connection exception) and 57P01–57P03 (shut down, crashed, starting up).
const UNAVAILABLE_PRISMA = new Set(["P1001", "P1002", "P1017", "P2024"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "57P01", "57P02", "57P03"]);

/** Whether an error means that the database could not be reached (not that a query was wrong). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const { code, meta, cause } = current as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } }; cause?: unknown };
    if (typeof code === "string" && (UNAVAILABLE_PRISMA.has(code) || UNAVAILABLE_SOCKET.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    const kind = meta?.driverAdapterError?.cause?.kind ?? (cause as { kind?: unknown } | undefined)?.kind;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    current = cause ?? meta?.driverAdapterError;
  }
  return false;
}
