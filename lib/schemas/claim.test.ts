import { describe, expect, it } from "vitest";
import { toFieldErrors } from "./common";
import { createClaimSchema, MAX_QUOTE_LENGTH, resolveClaimNumbers } from "./claim";

const base = {
  articleId: "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
  start: 10,
  end: 34,
  exact: "around 12 million people",
  statement: "IS ruled about 12 million people",
};

function errorsOf(input: Record<string, unknown>) {
  const result = createClaimSchema.safeParse({ ...base, ...input });
  return result.success ? {} : toFieldErrors(result.error);
}

describe("claim input", () => {
  it("accepts a figure typed as people type it", () => {
    const parsed = createClaimSchema.parse({ ...base, isFigure: "on", figureValue: "12,000,000", figureUnit: "count", figureQualifier: "about", tags: "population, 2014, population" });
    expect(parsed).toMatchObject({ figureValue: 12_000_000, figureUnit: "count", figureQualifier: "about", tags: ["population", "2014"], isFigure: true });
  });

  it("reads a decimal comma, Arabic digits and no-break spaces in the figure's numbers", () => {
    const parsed = createClaimSchema.parse({ ...base, isFigure: "on", figureValue: "12,5", figureUnit: "percent", figureLow: "١٢٫٥", figureHigh: "12\u00a0000" });
    expect(parsed).toMatchObject({ figureValue: 12.5, figureLow: 12.5, figureHigh: 12_000 });
    expect(errorsOf({ isFigure: true, figureValue: 12, figureUnit: "count", figureLow: "12 5" }).figureLow?.[0]).toMatch(/Group digits in threes/);
  });

  it("keeps an ambiguous comma for the article's language to decide: thousands in English, decimals in French, refused elsewhere", () => {
    const parsed = createClaimSchema.parse({ ...base, isFigure: "on", figureValue: "1,500", figureUnit: "count", figureLow: "1,250", figureHigh: "2,000" });
    expect(parsed.figureValue).toMatchObject({ ambiguous: true, thousands: 1500, decimal: 1.5 });
    const english = resolveClaimNumbers(parsed, "en");
    expect(english.ok && [english.fields.figureValue, english.fields.figureLow, english.fields.figureHigh]).toEqual([1500, 1250, 2000]);
    const french = resolveClaimNumbers(parsed, "fr");
    expect(french.ok && [french.fields.figureValue, french.fields.figureLow, french.fields.figureHigh]).toEqual([1.5, 1.25, 2]);
    for (const language of ["ar", null]) {
      expect(resolveClaimNumbers(parsed, language)).toEqual({
        ok: false,
        fieldErrors: {
          figureValue: ['"1,500" could be read two ways. Write 1500 for the whole number, or 1.500 for the decimal.'],
          figureLow: ['"1,250" could be read two ways. Write 1250 for the whole number, or 1.250 for the decimal.'],
          figureHigh: ['"2,000" could be read two ways. Write 2000 for the whole number, or 2.000 for the decimal.'],
        },
      });
    }
    // A range that is the wrong way round only once read is refused then: 2,500 > 3 in English, not in French.
    const wrongWay = createClaimSchema.parse({ ...base, isFigure: "on", figureValue: 2, figureUnit: "count", figureLow: "2,500", figureHigh: 3 });
    expect(resolveClaimNumbers(wrongWay, "fr").ok).toBe(true);
    expect(resolveClaimNumbers(wrongWay, "en")).toEqual({ ok: false, fieldErrors: { figureHigh: ["The high end of the range must not be below the low end."] } });
  });

  it("refuses a selection of only white space, next to the quote", () => {
    expect(errorsOf({ exact: "   \n ", start: 0, end: 5 }).exact).toEqual(["The selection holds only spaces. Select the words of the claim."]);
  });

  it(`refuses a quote over ${MAX_QUOTE_LENGTH} characters`, () => {
    const exact = "x".repeat(MAX_QUOTE_LENGTH + 1);
    expect(errorsOf({ exact, start: 0, end: exact.length }).exact).toEqual(["A claim quotes at most 2,000 characters. Select a shorter passage."]);
  });

  it("refuses a figure value that is not a number, with an example", () => {
    expect(errorsOf({ isFigure: true, figureValue: "twelve million", figureUnit: "count" }).figureValue).toEqual(["Enter a number, such as 12000000 or 12.5."]);
  });

  it("asks for the value and unit of a figure, and a range that is the right way round", () => {
    const errors = errorsOf({ isFigure: true, figureLow: "30", figureHigh: "20" });
    expect(errors.figureValue).toEqual(["A figure needs its value, such as 12000000."]);
    expect(errors.figureUnit).toEqual(["Choose what kind of figure this is."]);
    expect(errors.figureHigh).toEqual(["The high end of the range must not be below the low end."]);
  });

  it("ignores figure fields when the claim is not a figure", () => {
    expect(createClaimSchema.parse({ ...base, figureValue: "", figureUnit: "" })).toMatchObject({ isFigure: false });
  });

  it("refuses an empty statement, a bad date, and offsets that disagree with the quote", () => {
    expect(errorsOf({ statement: "  " }).statement).toEqual(["Write the claim as a statement a reviewer can check."]);
    expect(errorsOf({ claimDate: "03/08/2017" }).claimDate).toEqual(["Enter the date as YYYY-MM-DD, such as 2017-08-03."]);
    expect(errorsOf({ end: 40 }).exact).toEqual(["The selected text does not match its position. Select it again."]);
    expect(errorsOf({ start: 40, end: 30 }).end).toContain("The selection is empty.");
  });
});
