import { describe, expect, it } from "vitest";
import { commaMeaningOf, NOT_A_NUMBER, pendingNumberInput, readNumberInput, resolveNumberInput } from "./number-input";

const value = (input: string, language?: string | null) => {
  const read = readNumberInput(input, language);
  return read.ok ? read.value : read.message;
};

describe("a number typed into the claim form", () => {
  it("reads plain numbers, decimals with a dot, signs and exponents as before", () => {
    expect(value("12000000")).toBe(12_000_000);
    expect(value("12.5")).toBe(12.5);
    expect(value(".08")).toBe(0.08);
    expect(value("1.234")).toBe(1.234);
    expect(value("-5")).toBe(-5);
    expect(value("\u22125")).toBe(-5);
    expect(value("+7")).toBe(7);
    expect(value("1.2e9")).toBe(1.2e9);
    expect(value(String(1 / 3))).toBe(1 / 3);
  });

  it("reads digits grouped by commas, spaces, no-break and thin spaces, and dots in groups of three", () => {
    expect(value("12,000,000")).toBe(12_000_000);
    expect(value("1 234 567")).toBe(1_234_567);
    expect(value("12\u00a0000")).toBe(12_000);
    expect(value("12\u202f000,5")).toBe(12_000.5);
    expect(value("1\u2009234")).toBe(1234);
    expect(value("1.234.567")).toBe(1_234_567);
    expect(value("1,234.5")).toBe(1234.5);
    expect(value("1.234.567,89")).toBe(1_234_567.89);
  });

  it("reads a decimal comma when it cannot be a thousands separator", () => {
    expect(value("12,5")).toBe(12.5);
    expect(value("12,75")).toBe(12.75);
    expect(value("0,125")).toBe(0.125);
    expect(value("3,14159")).toBe(3.14159);
    expect(value("1234,567")).toBe(1234.567);
  });

  it("reads Arabic-Indic and Eastern Arabic digits with the Arabic separators, and ignores bidi marks", () => {
    expect(value("١٢٫٥")).toBe(12.5);
    expect(value("١٢")).toBe(12);
    expect(value("۱۲۳")).toBe(123);
    expect(value("١٬٢٣٤")).toBe(1234);
    expect(value("١٬٢٣٤٬٥٦٧٫٥")).toBe(1_234_567.5);
    expect(value("\u200f١٢٫٥\u200f")).toBe(12.5);
    expect(value("\u2067٤٥\u2069")).toBe(45);
  });

  it("refuses a single comma before three digits when the article's language is not known, saying how to write either reading", () => {
    expect(value("1,234")).toBe('"1,234" could be read two ways. Write 1234 for the whole number, or 1.234 for the decimal.');
    expect(value("12,500")).toMatch(/Write 12500 for the whole number, or 12\.500 for the decimal/);
    for (const language of [null, undefined, "ar", "de"]) expect(value("1,500", language), String(language)).toMatch(/could be read two ways/);
  });

  it("reads a single comma before three digits as the claim's article writes numbers: thousands in English, decimals in French and Spanish", () => {
    expect(value("1,500", "en")).toBe(1500);
    expect(value("1,234", "en")).toBe(1234);
    expect(value("-12,500", "en")).toBe(-12_500);
    expect(value("1,5", "fr")).toBe(1.5);
    expect(value("1,500", "fr")).toBe(1.5);
    expect(value("1,234", "es")).toBe(1.234);
    expect(value("\u22121,250", "es")).toBe(-1.25);
    // What is unambiguous reads the same in every language.
    for (const language of ["en", "fr", "es", "ar", null]) {
      expect(value("12,000,000", language)).toBe(12_000_000);
      expect(value("12,5", language)).toBe(12.5);
      expect(value("1.234,5", language)).toBe(1234.5);
    }
  });

  it("keeps both readings of an ambiguous comma until the article's language is known", () => {
    const read = readNumberInput("1,500");
    expect(read).toMatchObject({ ok: false, ambiguous: { ambiguous: true, text: "1,500", thousands: 1500, decimal: 1.5 } });
    if (read.ok || !read.ambiguous) throw new Error("expected an ambiguous reading");
    expect(resolveNumberInput(read.ambiguous, "en")).toEqual({ ok: true, value: 1500 });
    expect(resolveNumberInput(read.ambiguous, "es")).toEqual({ ok: true, value: 1.5 });
    expect(resolveNumberInput(read.ambiguous, "ar")).toMatchObject({ ok: false, message: expect.stringContaining("could be read two ways") });
    expect([commaMeaningOf("en"), commaMeaningOf("fr"), commaMeaningOf("es"), commaMeaningOf("ar"), commaMeaningOf(null)]).toEqual(["thousands", "decimal", "decimal", null, null]);
  });

  it("refuses digits grouped other than in threes, and anything that is not a number", () => {
    expect(value("12 5")).toMatch(/Group digits in threes/);
    expect(value("1,23,456")).toMatch(/Group digits in threes/);
    for (const text of ["twelve", "12%", "$12", "12-15", "1.2.3,4,5", ",", "-", "", "12..5", "1e"]) expect(value(text), text).toBe(NOT_A_NUMBER);
  });
});

describe("a dot before exactly three digits", () => {
  it("is a decimal point except in a French or Spanish article, whose writers group thousands with it", () => {
    expect(value("4.500")).toBe(4.5);
    expect(value("4.500", "en")).toBe(4.5);
    expect(value("4.500", "ar")).toBe(4.5);
    expect(value("4.500", "es")).toBe(4500);
    expect(value("12.500", "fr")).toBe(12_500);
    expect(value("4.5", "es")).toBe(4.5);
    expect(value("4.5000", "es")).toBe(4.5);
  });

  it("is kept with both readings until the article is known, like a comma", () => {
    expect(pendingNumberInput("4.500")).toMatchObject({ mark: ".", thousands: 4500, decimal: 4.5 });
    expect(pendingNumberInput("1,500")).toMatchObject({ mark: ",", thousands: 1500, decimal: 1.5 });
    expect(pendingNumberInput("12.5")).toBeNull();
    expect(pendingNumberInput("1.234.567")).toBeNull();
  });
});
