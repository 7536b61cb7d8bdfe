import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, DATABASE_RETRY_SECONDS } from "@/lib/errors";
import { classifyError, fromPrismaError, isDatabaseUnavailable, UNEXPECTED_ERROR_MESSAGE } from "./errors";

// The shapes below are the ones Prisma 7's pg adapter and node-postgres throw when the server is away
// (seen with a client pointed at a closed port); a query error must not be mistaken for one.
describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's, the driver adapter's and node-postgres's ways of saying the server is away", () => {
    expect(isDatabaseUnavailable({ code: "P1001", meta: {} })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable", host: "db", port: 5432 } } } })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable({ code: "57P01" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "08006" })).toBe(true);
    expect(isDatabaseUnavailable(new Error("outer", { cause: { code: "ECONNRESET" } }))).toBe(true);
  });

  it("is false for errors of the query itself", () => {
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "22P02" })).toBe(false);
    expect(isDatabaseUnavailable(new Error("bad"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("becomes a 503 AppError with a Retry-After", () => {
    const error = fromPrismaError({ code: "P1001" });
    expect(error?.code).toBe("UNAVAILABLE");
    expect(error?.details?.retryAfterSeconds).toBe(DATABASE_RETRY_SECONDS);
  });
});

// The one classifier every door uses (server actions, the API, the app's route handlers, jobs).
describe("classifyError", () => {
  const quiet = () => vi.spyOn(console, "error").mockImplementation(() => undefined);
  afterEach(() => vi.restoreAllMocks());

  it("passes an AppError through as it is, logging nothing", () => {
    const log = quiet();
    const error = new AppError("FORBIDDEN", "Only editors and above can resolve, assign and edit claims.");
    expect(classifyError(error, "a test")).toBe(error);
    expect(log).not.toHaveBeenCalled();
  });

  it("makes every shape of unique violation a 409: Prisma's P2002, a raw query's P2010 from the pg adapter, node-postgres's 23505", () => {
    // As Prisma 7 with @prisma/adapter-pg throws them (seen from a trigger raising unique_violation).
    const model = { code: "P2002", meta: { modelName: "Source", driverAdapterError: { cause: { originalCode: "23505", kind: "UniqueConstraintViolation" } } } };
    const raw = { code: "P2010", meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "23505", kind: "UniqueConstraintViolation", constraint: { index: "k" } } } } };
    const pg = Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" });
    for (const error of [model, raw, pg]) expect(classifyError(error, "a test")).toMatchObject({ code: "CONFLICT", message: "A record with the same values already exists." });
  });

  it("makes a missing record 404 and an unreachable database 503 with Retry-After", () => {
    expect(classifyError({ code: "P2025" }, "a test").code).toBe("NOT_FOUND");
    expect(classifyError({ code: "P1001" }, "a test")).toMatchObject({ code: "UNAVAILABLE", details: { retryAfterSeconds: DATABASE_RETRY_SECONDS } });
  });

  it("logs anything else with its stack and answers a generic message that holds none of its text", () => {
    const log = quiet();
    const error = new Error('relation "claims" does not exist at /srv/app/lib/data/claims.ts');
    const known = classifyError(error, "GET /w/desk/review/agreement/csv");
    expect(known).toMatchObject({ code: "INTERNAL", message: UNEXPECTED_ERROR_MESSAGE });
    expect(known.message).not.toContain("claims");
    expect(log).toHaveBeenCalledWith("Unexpected error in GET /w/desk/review/agreement/csv:", error);
    expect(String((log.mock.calls[0]![1] as Error).stack)).toContain("errors.test.ts");
    // A query error that is not one of the known codes is unexpected too (say, a type error in SQL).
    expect(classifyError({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "42P01" } } } }, "a test").code).toBe("INTERNAL");
  });

  it("takes the generic message of its door", () => {
    quiet();
    expect(classifyError(new TypeError("x is undefined"), "job 1 (export)", "The job failed unexpectedly.").message).toBe("The job failed unexpectedly.");
  });
});
