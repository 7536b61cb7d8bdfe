import { describe, expect, it } from "vitest";
import { segmentRange } from "./highlights";
import { assignTabStops } from "./tab-stops";

const stopsFor = (ranges: { id: string; start: number; end: number }[]) => {
  const segments = segmentRange(0, 100, ranges);
  const stops = assignTabStops(ranges, segments);
  return { stops, ids: new Set([...stops.bySegment.values(), ...[...stops.extra.values()].flat()]) };
};

describe("assignTabStops", () => {
  it("gives an outer claim that starts where an inner one starts a stop of its own", () => {
    const { stops, ids } = stopsFor([{ id: "outer", start: 10, end: 50 }, { id: "inner", start: 10, end: 20 }]);
    expect(stops.bySegment.get(10)).toBe("inner");
    expect(stops.bySegment.get(20)).toBe("outer");
    expect(ids).toEqual(new Set(["outer", "inner"]));
  });
  it("gives every claim of a deep nest a stop, including one inside another", () => {
    const { ids } = stopsFor([{ id: "a", start: 0, end: 90 }, { id: "b", start: 0, end: 60 }, { id: "c", start: 30, end: 40 }, { id: "d", start: 0, end: 10 }]);
    expect(ids).toEqual(new Set(["a", "b", "c", "d"]));
  });
  it("puts each stop where its claim is the innermost, so that Enter opens what a click there opens", () => {
    // "sending 600 fighters of the Albattar brigade to attack Kirkuk", with "sending 600 fighters" and
    // "600 fighters of the Albattar brigade" inside it.
    const { stops } = stopsFor([{ id: "outer", start: 0, end: 61 }, { id: "same-start", start: 0, end: 20 }, { id: "inner", start: 8, end: 44 }]);
    expect(Object.fromEntries([...stops.bySegment].map(([start, id]) => [id, start]))).toEqual({ "same-start": 0, inner: 20, outer: 44 });
  });
  it("gives two claims on the same words one segment and one extra stop", () => {
    const { stops } = stopsFor([{ id: "x", start: 5, end: 15 }, { id: "y", start: 5, end: 15 }]);
    expect(stops.bySegment.get(5)).toBe("x");
    expect(stops.extra.get(5)).toEqual(["y"]);
  });
});
