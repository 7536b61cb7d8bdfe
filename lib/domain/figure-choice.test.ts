import { describe, expect, it } from "vitest";
import { chooseFigure } from "./figure-choice";
import { detectFigures } from "./figures";

/** The chosen figure's text and the others' texts, for a selected passage. */
function choose(text: string) {
  const { chosen, others } = chooseFigure(detectFigures(text), { text });
  return { chosen: chosen?.text ?? null, others: others.map((figure) => figure.text) };
}

describe("chooseFigure", () => {
  it("takes the quantity, not the year beside it, and offers the year", () => {
    expect(choose("At its peak in 2014, IS commanded over a population of around 12 million people")).toEqual({
      chosen: "around 12 million people",
      others: ["2014"],
    });
  });

  it("takes the quantity over a full date", () => {
    expect(choose("On 3 August 2014 the group abducted 6,417 Yazidis").chosen).toBe("6,417 Yazidis");
  });

  it("takes a percentage over a year", () => {
    expect(choose("In 2015 the group lost 14 percent of its territory")).toEqual({ chosen: "14 percent of its territory", others: ["2015"] });
  });

  it("counts a range as one figure and prefers it to the year", () => {
    const text = "The CIA counted between 20,000 and 31,500 fighters in 2014";
    const { chosen } = chooseFigure(detectFigures(text), { text });
    expect(chosen).toMatchObject({ text: "between 20,000 and 31,500 fighters", low: 20_000, high: 31_500, unit: "count" });
    expect(choose(text).others).toEqual(["2014"]);
  });

  it("takes a year when the passage holds nothing else", () => {
    expect(choose("In 2014 the caliphate was declared in Mosul")).toEqual({ chosen: "2014", others: [] });
  });

  it("between two quantities, prefers the one that says what it counts", () => {
    expect(choose("Estimates rose to 1,200 in March, with 600 fighters in the old city")).toEqual({
      chosen: "600 fighters",
      others: ["1,200"],
    });
  });

  it("between two counted quantities, prefers the hedged one", () => {
    expect(choose("80 countries sent around 40,000 fighters").chosen).toBe("around 40,000 fighters");
  });

  it("between two counted, unhedged quantities, prefers the longer figure", () => {
    expect(choose("Tens of thousands of fighters came from 80 countries").chosen).toBe("Tens of thousands of fighters");
  });

  it("does not take the yardstick of a comparison", () => {
    expect(choose("Fewer than 3,000 fighters remained, down from around 31,500 fighters in 2014")).toEqual({
      chosen: "Fewer than 3,000 fighters",
      others: ["around 31,500 fighters", "2014"],
    });
  });

  it("returns nothing for a passage without figures", () => {
    expect(chooseFigure([], { text: "The group lost Raqqa." })).toEqual({ chosen: null, others: [] });
  });
});
