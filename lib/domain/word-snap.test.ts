import { describe, expect, it } from "vitest";
import { snapToWords } from "./word-snap";

const TEXT = "So what if there were a hundred air strikes a day? Nearly 3,000 Yazidi women, a 40-year-old man.";
const snapped = (from: string, to: string) => {
  const start = TEXT.indexOf(from);
  const end = TEXT.indexOf(to, start) + to.length;
  const span = snapToWords(TEXT, start, end);
  return span && TEXT.slice(span.start, span.end);
};

describe("snapToWords", () => {
  it("grows a drag that starts and ends inside words to the whole words", () => {
    expect(snapped("undred air", "strikes a d")).toBe("hundred air strikes a day");
  });
  it("keeps a selection that is already whole words, with its punctuation, dropping the space around it", () => {
    expect(snapped(" a hundred", "a day? ")).toBe("a hundred air strikes a day?");
  });
  it("keeps numbers with separators and hyphenated words whole", () => {
    expect(snapped(",000", "Yaz")).toBe("3,000 Yazidi");
    expect(snapped("year", "year")).toBe("40-year-old");
  });
  it("turns a single letter into its word", () => {
    expect(snapped("ndred", "n")).toBe("hundred");
  });
  it("refuses white space or punctuation alone: shorter than a word", () => {
    const question = TEXT.indexOf("? ");
    expect(snapToWords(TEXT, question, question + 2)).toBeNull();
    expect(snapToWords(TEXT, 2, 3)).toBeNull();
  });
  it("works for Arabic text", () => {
    const arabic = "قال إن التنظيم خسر ١٢ في المئة";
    const start = arabic.indexOf("نظيم");
    expect(arabic.slice(snapToWords(arabic, start, start + 2)!.start, snapToWords(arabic, start, start + 2)!.end)).toBe("التنظيم");
  });
});
