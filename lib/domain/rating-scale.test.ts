import { describe, expect, it } from "vitest";
import { DEFAULT_RATING_SCALE, findScaleProblems, isEmptyPlan, planScaleChange, type SavedLevel } from "./rating-scale";

const saved: SavedLevel[] = DEFAULT_RATING_SCALE.map((level, position) => ({ ...level, id: `id-${position}`, position }));

describe("findScaleProblems", () => {
  it("accepts the default scale, with Unverifiable carrying no value", () => {
    expect(findScaleProblems(DEFAULT_RATING_SCALE)).toEqual([]);
  });

  it("flags a second level with the same label, ignoring case and spaces, on the later level", () => {
    expect(findScaleProblems([{ label: "True", ordinal: 2 }, { label: " true ", ordinal: 1 }])).toEqual([
      { index: 1, field: "label", message: "Level 1 already has this label. Each level needs its own." },
    ]);
  });

  it("flags a repeated value but allows several levels without one", () => {
    const problems = findScaleProblems([
      { label: "A", ordinal: 3 }, { label: "B", ordinal: null }, { label: "C", ordinal: null }, { label: "D", ordinal: 3 },
    ]);
    expect(problems).toEqual([{ index: 3, field: "ordinal", message: "Level 1 already has the value 3. Give each level its own value, or none." }]);
  });
});

describe("planScaleChange", () => {
  it("finds nothing to do for the scale as saved", () => {
    expect(isEmptyPlan(planScaleChange(saved, saved))).toBe(true);
  });

  it("renames, recolours, re-orders, adds and deletes, taking positions from the submitted order", () => {
    const [t, mt, mixed, mf, f, u] = saved as [SavedLevel, SavedLevel, SavedLevel, SavedLevel, SavedLevel, SavedLevel];
    const plan = planScaleChange(saved, [
      { ...mt, label: "Largely true" },
      t,
      { ...mixed, colour: "#000000" },
      { label: "Misleading", ordinal: null, colour: "#7c3aed" },
      mf,
      f,
    ]);
    expect(plan.updates).toEqual([
      { id: mt.id, label: "Largely true", ordinal: 4, colour: mt.colour, position: 0, labelChanged: true },
      { id: t.id, label: "True", ordinal: 5, colour: t.colour, position: 1, labelChanged: false },
      { id: mixed.id, label: "Mixed", ordinal: 3, colour: "#000000", position: 2, labelChanged: false },
      { id: mf.id, label: mf.label, ordinal: 2, colour: mf.colour, position: 4, labelChanged: false },
      { id: f.id, label: f.label, ordinal: 1, colour: f.colour, position: 5, labelChanged: false },
    ]);
    expect(plan.creates).toEqual([{ label: "Misleading", ordinal: null, colour: "#7c3aed", position: 3 }]);
    expect(plan.deletes).toEqual([u]);
    expect(plan.unknownIds).toEqual([]);
  });

  it("reports ids that are not levels of this scale instead of creating or updating them", () => {
    const plan = planScaleChange(saved, [...saved, { id: "elsewhere", label: "X", ordinal: null, colour: "#000000" }]);
    expect(plan.unknownIds).toEqual(["elsewhere"]);
    expect(plan.creates).toEqual([]);
  });
});
