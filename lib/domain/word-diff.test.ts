import { describe, expect, it } from "vitest";
import { collapseDiff, hasChanges, wordDiff, type DiffPart } from "./word-diff";

const side = (parts: DiffPart[], keep: "added" | "removed") => parts.filter((part) => part.op === "same" || part.op === keep).map((part) => part.text).join("");

describe("wordDiff", () => {
  it("shows a changed figure as the old word removed and the new one added", () => {
    const parts = wordDiff("About 12 million people lived there.", "About 8 million people lived there.");
    expect(parts).toEqual([
      { op: "same", text: "About " },
      { op: "removed", text: "12" },
      { op: "added", text: "8" },
      { op: "same", text: " million people lived there." },
    ]);
  });

  it("joins back into either text exactly, paragraphs and spacing included", () => {
    const before = "First paragraph stays.\n\nA sentence that goes.  Two  spaces.\n\nLast one.";
    const after = "First paragraph stays.\n\nTwo  spaces, and a new clause.\n\nLast one.\n\nAn added paragraph.";
    const parts = wordDiff(before, after);
    expect(side(parts, "removed")).toBe(before);
    expect(side(parts, "added")).toBe(after);
    expect(hasChanges(parts)).toBe(true);
  });

  it("finds no change in the same text", () => {
    expect(hasChanges(wordDiff("Same text.", "Same text."))).toBe(false);
    expect(wordDiff("", "")).toEqual([]);
  });

  it("falls back to coarser parts for a rewrite too large to compare word by word, still joining back", () => {
    const words = (seed: number) => Array.from({ length: 60_000 }, (_, i) => `w${(i * seed) % 9973}`).join(" ");
    const before = words(7);
    const after = words(13);
    const parts = wordDiff(before, after);
    expect(side(parts, "removed")).toBe(before);
    expect(side(parts, "added")).toBe(after);
  });
});

describe("collapseDiff", () => {
  const long = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(" ");

  it("keeps context around a change and counts the words folded away", () => {
    const parts: DiffPart[] = [
      { op: "same", text: `${long("a", 40)} ` },
      { op: "removed", text: "old" },
      { op: "added", text: "new" },
      { op: "same", text: ` ${long("b", 40)}` },
    ];
    const shown = collapseDiff(parts, 5);
    expect(shown[0]).toEqual({ op: "skip", words: 35 });
    expect(shown[1]).toEqual({ op: "same", text: "a35 a36 a37 a38 a39 " });
    expect(shown.slice(2, 4)).toEqual([{ op: "removed", text: "old" }, { op: "added", text: "new" }]);
    expect(shown[4]).toEqual({ op: "same", text: " b0 b1 b2 b3 b4 " });
    expect(shown[5]).toEqual({ op: "skip", words: 35 });
  });

  it("folds the middle of a long run between two changes, leaving short runs whole", () => {
    const parts: DiffPart[] = [
      { op: "added", text: "x" },
      { op: "same", text: ` ${long("m", 30)} ` },
      { op: "added", text: "y" },
      { op: "same", text: " short tail" },
    ];
    const shown = collapseDiff(parts, 3);
    expect(shown.map((part) => part.op)).toEqual(["added", "same", "skip", "same", "added", "same"]);
    expect(shown[2]).toEqual({ op: "skip", words: 24 });
    expect(shown[5]).toEqual({ op: "same", text: " short tail" });
  });
});
