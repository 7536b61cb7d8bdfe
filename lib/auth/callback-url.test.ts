import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps paths of this site", () => {
    expect(safeCallbackUrl("/w/isis-decline/articles")).toBe("/w/isis-decline/articles");
  });
  it("refuses other sites and odd values", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "", undefined, ["/w"]]) {
      expect(safeCallbackUrl(value)).toBe("/w");
    }
  });
});
