import { describe, expect, it } from "vitest";
import { locateSelection } from "./locate-selection";

const body = "Fighters entered the city on Monday.\n\nAbout 40 percent of the residents fled within a week. Officials said the rest stayed.\n\nA week later, about 40 percent of the residents had returned.";

const slice = (found: { start: number; end: number } | null) => (found ? body.slice(found.start, found.end) : null);

describe("locateSelection", () => {
  it("finds a sentence selected on the page in the cleaned body", () => {
    const found = locateSelection(body, "Officials said the rest stayed.");
    expect(slice(found)).toBe("Officials said the rest stayed.");
    expect(found?.occurrences).toBe(1);
  });

  it("ignores how the page spaced it: line breaks, tabs, no-break spaces, soft hyphens, zero-width characters", () => {
    expect(slice(locateSelection(body, "  Officials\u00A0said the\n  rest sta\u00ADyed.\t"))).toBe("Officials said the rest stayed.");
    expect(slice(locateSelection(body, "on Monday.\n\u200BAbout 40 percent"))).toBe("on Monday.\n\nAbout 40 percent");
  });

  it("grows a selection cut mid-word to whole words", () => {
    expect(slice(locateSelection(body, "ficials said the re"))).toBe("Officials said the rest");
  });

  it("gives the first of several occurrences and says how many there are", () => {
    const found = locateSelection(body, "about 40 percent of the residents");
    expect(found).toMatchObject({ start: body.indexOf("about 40 percent"), occurrences: 1 });
    expect(locateSelection(body, "40 percent of the residents")).toMatchObject({ start: body.indexOf("40 percent"), occurrences: 2 });
  });

  it("is null for a passage the body does not hold (the cleaner removed part of it) and for a selection of no words", () => {
    expect(locateSelection(body, "Officials said the rest left.")).toBeNull();
    expect(locateSelection(body, "")).toBeNull();
    expect(locateSelection(body, " \n\t… ")).toBeNull();
  });

  it("maps offsets right around characters outside the basic plane", () => {
    const emoji = "Crowds 🎉 cheered as 12 million people voted.";
    const found = locateSelection(emoji, "🎉 cheered as 12 million");
    expect(found && emoji.slice(found.start, found.end)).toBe("🎉 cheered as 12 million");
  });
});
