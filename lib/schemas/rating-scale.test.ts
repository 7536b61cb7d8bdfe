import { describe, expect, it } from "vitest";
import { ratingScaleSchema } from "./rating-scale";

function errorPaths(levels: unknown[]) {
  const parsed = ratingScaleSchema.safeParse({ version: "v", levels });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join(".")).sort();
}

describe("rating scale input", () => {
  it("reads an empty value as none, a typed one as a whole number, and colours in lower case", () => {
    const parsed = ratingScaleSchema.parse({ version: "v", levels: [{ label: " True ", ordinal: " 5 ", colour: "#15803D" }, { label: "Unverifiable", ordinal: "", colour: "#64748b" }] });
    expect(parsed.levels).toEqual([{ label: "True", ordinal: 5, colour: "#15803d" }, { label: "Unverifiable", ordinal: null, colour: "#64748b" }]);
  });

  it("puts each level's problems next to its fields", () => {
    expect(errorPaths([{ label: "True", ordinal: "5", colour: "#15803d" }, { label: "", ordinal: "5.5", colour: "red" }])).toEqual(["levels.1.colour", "levels.1.label", "levels.1.ordinal"]);
    // Rules across levels are checked once each level is valid on its own.
    expect(errorPaths([{ label: "True", ordinal: "5", colour: "#15803d" }, { label: " true", ordinal: "5", colour: "#000000" }])).toEqual(["levels.1.label", "levels.1.ordinal"]);
  });

  it("needs at least two levels", () => {
    expect(errorPaths([{ label: "Only", ordinal: "", colour: "#000000" }])).toEqual(["levels"]);
  });
});
