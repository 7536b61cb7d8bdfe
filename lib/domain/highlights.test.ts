import { describe, expect, it } from "vitest";
import { innermost, segmentRange } from "./highlights";

const text = "At its peak IS commanded around 12 million people.";

describe("segmentRange", () => {
  it("leaves text without ranges as one segment", () => {
    expect(segmentRange(0, text.length, [])).toEqual([{ start: 0, end: text.length, covering: [], beginning: [] }]);
  });

  it("splits nested claims so each piece knows all ranges covering it", () => {
    const outer = { id: "outer", start: 12, end: 49 }; // "IS commanded around 12 million people"
    const inner = { id: "inner", start: 25, end: 42 }; // "around 12 million"
    const segments = segmentRange(0, text.length, [inner, outer]);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual(["At its peak ", "IS commanded ", "around 12 million", " people", "."]);
    expect(segments.map((s) => s.covering)).toEqual([[], ["outer"], ["outer", "inner"], ["outer"], []]);
    expect(segments.map((s) => s.beginning)).toEqual([[], ["outer"], ["inner"], [], []]);
    expect(innermost(segments[2]!.covering)).toBe("inner");
  });

  it("handles ranges that overlap without nesting, and ranges that start together", () => {
    const a = { id: "a", start: 0, end: 10 };
    const b = { id: "b", start: 5, end: 15 };
    const c = { id: "c", start: 5, end: 8 };
    const segments = segmentRange(0, 20, [a, b, c]);
    expect(segments.map((s) => [s.start, s.end, s.covering])).toEqual([
      [0, 5, ["a"]],
      [5, 8, ["a", "b", "c"]],
      [8, 10, ["a", "b"]],
      [10, 15, ["b"]],
      [15, 20, []],
    ]);
    expect(segments[1]!.beginning.sort()).toEqual(["b", "c"]);
  });

  it("clips ranges to the window (a paragraph) and does not report a clipped range as beginning there", () => {
    const crossing = { id: "x", start: 3, end: 30 };
    const second = segmentRange(20, 40, [crossing]);
    expect(second).toEqual([
      { start: 20, end: 30, covering: ["x"], beginning: [] },
      { start: 30, end: 40, covering: [], beginning: [] },
    ]);
  });

  it("stays correct with hundreds of ranges", () => {
    const ranges = Array.from({ length: 500 }, (_, i) => ({ id: `r${i}`, start: i * 2, end: i * 2 + 5 }));
    const segments = segmentRange(0, 1010, ranges);
    for (const segment of segments) {
      const expected = ranges.filter((r) => r.start <= segment.start && r.end >= segment.end).map((r) => r.id).sort();
      expect([...segment.covering].sort()).toEqual(expected);
    }
    expect(segments.at(-1)!.end).toBe(1010);
  });
});
