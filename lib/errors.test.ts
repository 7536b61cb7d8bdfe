import { describe, expect, it } from "vitest";
import { DATABASE_RETRY_SECONDS, fromPrismaError, isDatabaseUnavailable } from "./errors";

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
