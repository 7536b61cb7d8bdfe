import { describe, expect, it } from "vitest";
import { NOT_A_NUMBER, readNumberInput } from "./number-input";

const value = (input: string) => {
  const read = readNumberInput(input);
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

  it("refuses a single comma before three digits, saying how to write either reading", () => {
    expect(value("1,234")).toBe('"1,234" could be read two ways. Write 1234 for the whole number, or 1.234 for the decimal.');
    expect(value("12,500")).toMatch(/Write 12500 for the whole number, or 12\.500 for the decimal/);
  });

  it("refuses digits grouped other than in threes, and anything that is not a number", () => {
    expect(value("12 5")).toMatch(/Group digits in threes/);
    expect(value("1,23,456")).toMatch(/Group digits in threes/);
    for (const text of ["twelve", "12%", "$12", "12-15", "1.2.3,4,5", ",", "-", "", "12..5", "1e"]) expect(value(text), text).toBe(NOT_A_NUMBER);
  });
});
