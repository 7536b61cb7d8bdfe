import { describe, expect, it } from "vitest";
import { articlePassageHref, readPassageQuery } from "./passage-link";

describe("the reader's address for a passage", () => {
  it("carries the passage's offsets, or says a selection was not found, and reads back to the same", () => {
    const href = articlePassageHref("desk", "a1", { passage: { start: 12, end: 40 }, selected: true });
    expect(href).toBe("/w/desk/articles/a1?start=12&end=40");
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(readPassageQuery(query, 100)).toEqual({ start: 12, end: 40 });
    expect(articlePassageHref("desk", "a1", { passage: null, selected: true })).toBe("/w/desk/articles/a1?passage=missing");
    expect(readPassageQuery({ passage: "missing" }, 100)).toBe("missing");
    expect(articlePassageHref("desk", "a1", { passage: null, selected: false })).toBe("/w/desk/articles/a1");
  });

  it("opens no passage for offsets that are not a span of the body", () => {
    for (const query of [{}, { start: "5" }, { start: "9", end: "3" }, { start: "4", end: "4" }, { start: "0", end: "101" }, { start: "-1", end: "4" }, { start: "1e2", end: "4" }, { start: ["1", "2"], end: "4" }]) {
      expect(readPassageQuery(query, 100)).toBeNull();
    }
  });
});
