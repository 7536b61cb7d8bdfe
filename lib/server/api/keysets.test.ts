import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { encodeCursor, paginationSchema, type CursorKey } from "@/lib/schemas/api";
import { articlesByTitle, claimsByChange, disagreementsBySeverity, verdictsNewestFirst } from "./keysets";

const id = "0b5b2f0e-6a39-4c1e-9d3c-4c1f3f1d2a10";
/** A cursor as the API reads it: through the query schema, then through one list's key. */
const roundTrip = <K>(keyset: { key: z.ZodType<K, CursorKey> }, cursor: string) => keyset.key.safeParse(paginationSchema.parse({ cursor }).cursor);

describe("keyset cursors", () => {
  it("carry a row's sort key there and back, dates to the millisecond", () => {
    const updatedAt = new Date("2026-03-04T05:06:07.089Z");
    expect(roundTrip(claimsByChange, encodeCursor(claimsByChange.keyOf({ id, updatedAt })))).toEqual({ success: true, data: { updatedAt, id } });
    const since = new Date("2026-01-01T00:00:00.001Z");
    expect(roundTrip(disagreementsBySeverity, encodeCursor(disagreementsBySeverity.keyOf({ id, severity: 7, since })))).toEqual({ success: true, data: { severity: 7, since, id } });
  });

  it("fit the longest title an article may have, in any script", () => {
    const title = "中文標題𝒜".repeat(100);
    expect(title.length).toBe(600);
    expect(roundTrip(articlesByTitle, encodeCursor(articlesByTitle.keyOf({ id, title })))).toEqual({ success: true, data: { title, id } });
  });

  it("do not fit another list: a claims cursor is no disagreement queue cursor", () => {
    const cursor = encodeCursor(claimsByChange.keyOf({ id, updatedAt: new Date() }));
    expect(roundTrip(disagreementsBySeverity, cursor).success).toBe(false);
    expect(roundTrip(articlesByTitle, encodeCursor(disagreementsBySeverity.keyOf({ id, severity: 1, since: new Date() }))).success).toBe(false);
  });

  it("start a verdict page strictly after the named verdict, ties on the instant broken by id", () => {
    const at = new Date("2026-05-05T00:00:00Z");
    const key = { createdAt: at, id: "5" };
    expect(verdictsNewestFirst.isAfter({ id: "4", createdAt: at }, key)).toBe(true);
    expect(verdictsNewestFirst.isAfter({ id: "5", createdAt: at }, key)).toBe(false);
    expect(verdictsNewestFirst.isAfter({ id: "6", createdAt: at }, key)).toBe(false);
    expect(verdictsNewestFirst.isAfter({ id: "9", createdAt: new Date(at.getTime() - 1) }, key)).toBe(true);
  });
});
