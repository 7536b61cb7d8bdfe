import { describe, expect, it } from "vitest";
import { currentVerdicts } from "./verdicts";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));

describe("currentVerdicts", () => {
  it("keeps each reviewer's latest verdict, newest first, whatever the input order", () => {
    const history = [
      { id: "01", reviewerId: "a", createdAt: at(1), rating: "True" },
      { id: "03", reviewerId: "b", createdAt: at(3), rating: "Mixed" },
      { id: "04", reviewerId: "a", createdAt: at(4), rating: "False" },
      { id: "02", reviewerId: "b", createdAt: at(2), rating: "Mostly true" },
    ];
    expect(currentVerdicts(history).map((v) => [v.reviewerId, v.rating])).toEqual([["a", "False"], ["b", "Mixed"]]);
    expect(currentVerdicts([...history].reverse()).map((v) => v.rating)).toEqual(["False", "Mixed"]);
  });

  it("breaks a tie within one millisecond by the time-ordered id", () => {
    const history = [
      { id: "0193-b", reviewerId: "a", createdAt: at(1) },
      { id: "0193-a", reviewerId: "a", createdAt: at(1) },
    ];
    expect(currentVerdicts(history)).toEqual([history[0]]);
  });

  it("returns nothing for no verdicts", () => {
    expect(currentVerdicts([])).toEqual([]);
  });
});
