import { describe, expect, it } from "vitest";
import { numberInputHint } from "./number-input-hint";

describe("the hint under a figure's number fields", () => {
  it("says how the article's language reads a comma, and how a typed '1,500' will be saved", () => {
    expect(numberInputHint("", "en")).toBe("Such as 12000000 or 12.5; in this English article 1,500 is read as 1500.");
    expect(numberInputHint("1,500", "en")).toBe("Read as 1500: in English a comma groups thousands.");
    expect(numberInputHint("", "fr")).toBe("Such as 12000000 or 12,5; in this French article a comma marks decimals and a dot groups thousands: 1,500 is 1.5 and 4.500 is 4500.");
    expect(numberInputHint("1,500", "es")).toBe("Read as 1.5: in Spanish a comma marks decimals.");
    expect(numberInputHint("12,5", "es")).toMatch(/^Such as/);
    expect(numberInputHint("4.500", "es")).toBe("Read as 4500: in Spanish a dot groups thousands.");
    expect(numberInputHint("4.500", "en")).toBe("Read as 4.5: in English a dot marks decimals.");
  });

  it("keeps the general hint where the language does not decide", () => {
    for (const language of ["ar", null, "de"]) expect(numberInputHint("1,500", language)).toBe("Such as 12000000 or 12.5; 12 000, 12,5 and ١٢٫٥ are read too.");
  });
});
