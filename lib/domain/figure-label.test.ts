import { describe, expect, it } from "vitest";
import { figureLabel } from "./figure-label";

describe("figureLabel", () => {
  it("reads as a reviewer would say it", () => {
    expect(figureLabel({ value: 12_000_000, unit: "count", qualifier: "about", counted: "people" })).toBe("about 12,000,000 people");
    expect(figureLabel({ value: 12, unit: "percent", qualifier: null, counted: "territory" })).toBe("12% of territory");
    expect(figureLabel({ value: 25, unit: "age", qualifier: null, low: 20, high: 30 })).toBe("aged 20–30");
    expect(figureLabel({ value: 3000, unit: "count", qualifier: "nearly", counted: "Yazidi women and children" })).toBe("nearly 3,000 Yazidi women and children");
  });
});
