import { describe, expect, it } from "vitest";
import { locateQuote } from "./locate-quote";

const text = "About 12 million people lived there. Later, 12 million people left.";

describe("locateQuote", () => {
  it("finds a quote that occurs once", () => {
    expect(locateQuote(text, { exact: "lived there" })).toEqual({ found: true, start: 24, end: 35 });
  });

  it("refuses a quote that occurs twice without context, saying how often", () => {
    expect(locateQuote(text, { exact: "12 million people" })).toEqual({ found: false, reason: "ambiguous", occurrences: 2 });
  });

  it("picks the occurrence the prefix or suffix names", () => {
    expect(locateQuote(text, { exact: "12 million people", prefix: "Later, " })).toEqual({ found: true, start: 44, end: 61 });
    expect(locateQuote(text, { exact: "12 million people", suffix: " lived" })).toEqual({ found: true, start: 6, end: 23 });
  });

  it("tells a missing quote from a context that matches none of its occurrences", () => {
    expect(locateQuote(text, { exact: "13 million" })).toEqual({ found: false, reason: "missing", occurrences: 0 });
    expect(locateQuote(text, { exact: "12 million people", prefix: "Earlier, " })).toEqual({ found: false, reason: "context-missing", occurrences: 2 });
  });
});
