import { describe, expect, it } from "vitest";
import { sentenceAround } from "./sentences";

const body =
  "Nearly 3,000 Yazidi women and children remain in IS captivity today.\n\n" +
  "At its peak in 2014, IS commanded over a population of around 12 million people - roughly the same size as Zimbabwe. Fast forward to April 2017.";

describe("sentenceAround", () => {
  it("returns the whole sentence holding the selection, not its neighbours", () => {
    const start = body.indexOf("around 12 million people");
    expect(sentenceAround(body, start, start + "around 12 million people".length)).toBe(
      "At its peak in 2014, IS commanded over a population of around 12 million people - roughly the same size as Zimbabwe.",
    );
  });

  it("stops at paragraph breaks", () => {
    const start = body.indexOf("3,000");
    expect(sentenceAround(body, start, start + 5)).toBe("Nearly 3,000 Yazidi women and children remain in IS captivity today.");
  });

  it("spans sentences when the selection does", () => {
    const start = body.indexOf("roughly");
    const end = body.indexOf("April") + 5;
    expect(sentenceAround(body, start, end)).toMatch(/^At its peak .* April 2017\.$/);
  });

  it("falls back to the selection when the sentence is too long", () => {
    const long = `${"word ".repeat(400)}twelve million here ${"word ".repeat(400)}.`;
    const start = long.indexOf("twelve");
    expect(sentenceAround(long, start, start + 14, 100)).toBe("twelve million");
  });
});
