import { describe, expect, it } from "vitest";
import { contentDisposition } from "./responses";

describe("contentDisposition", () => {
  it("keeps an ASCII name as it is, in both forms", () => {
    expect(contentDisposition("isis-decline-all-2026-11-21.csv")).toBe(`attachment; filename="isis-decline-all-2026-11-21.csv"; filename*=UTF-8''isis-decline-all-2026-11-21.csv`);
  });

  it("gives non-ASCII names an ASCII fallback and the exact UTF-8 name, and cannot be broken by quotes", () => {
    const header = contentDisposition('تقرير "x".md');
    expect(header).toBe(`attachment; filename="_____ _x_.md"; filename*=UTF-8''${encodeURIComponent('تقرير "x".md')}`);
    expect(header.match(/"/g)).toHaveLength(2);
  });
});
