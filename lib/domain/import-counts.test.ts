import { describe, expect, it } from "vitest";
import { countImportOutcomes, describeImportCounts } from "./import-counts";

describe("import counts", () => {
  it("counts each outcome and says it with singular and plural duplicates", () => {
    const counts = countImportOutcomes([{ status: "imported" }, { status: "refused" }, { status: "imported" }, { status: "duplicate" }]);
    expect(counts).toEqual({ imported: 2, duplicate: 1, refused: 1 });
    expect(describeImportCounts(counts)).toBe("2 imported, 1 duplicate, 1 refused");
    expect(describeImportCounts(countImportOutcomes([]))).toBe("0 imported, 0 duplicates, 0 refused");
  });
});
