import { describe, expect, it } from "vitest";
import { cleanArticleText } from "@/lib/formats/clean-article-text";
import { isRestorable, restoreRemoved, shiftRemovedThroughEdit } from "./restore-removed";

const RAW = ["Title", "Share this", "First paragraph.", "", "Advertisement", "", "Second paragraph.", "Read more", ""].join("\n");

describe("restoreRemoved", () => {
  const cleaned = cleanArticleText(RAW);
  const indexOf = (text: string) => cleaned.removed.findIndex((item) => item.text === text);

  it("puts removed lines back as paragraphs where they stood", () => {
    expect(cleaned.body).toBe("First paragraph.\n\nSecond paragraph.");
    const all = new Set(cleaned.removed.map((_, i) => i));
    const { body, remaining } = restoreRemoved(cleaned.body, cleaned.removed, all);
    expect(body).toBe("Share this\n\nFirst paragraph.\n\nAdvertisement\n\nSecond paragraph.\n\nRead more");
    expect(remaining.every((item) => !isRestorable(item))).toBe(true);
  });

  it("restores one line and moves the places of the others along", () => {
    const first = restoreRemoved(cleaned.body, cleaned.removed, new Set([indexOf("Share this")]));
    expect(first.body).toBe("Share this\n\nFirst paragraph.\n\nSecond paragraph.");
    const second = restoreRemoved(first.body, first.remaining, new Set([first.remaining.findIndex((i) => i.text === "Advertisement")]));
    expect(second.body).toBe("Share this\n\nFirst paragraph.\n\nAdvertisement\n\nSecond paragraph.");
    const third = restoreRemoved(second.body, second.remaining, new Set([second.remaining.findIndex((i) => i.text === "Read more")]));
    expect(third.body).toBe("Share this\n\nFirst paragraph.\n\nAdvertisement\n\nSecond paragraph.\n\nRead more");
  });

  it("keeps line order among lines of one place", () => {
    const items = [
      { kind: "furniture", line: 4, text: "B", at: 0 },
      { kind: "furniture", line: 2, text: "A", at: 0 },
    ];
    const { body } = restoreRemoved("Text.", items, new Set([0]));
    expect(body).toBe("B\n\nText.");
    const later = restoreRemoved("B\n\nText.", restoreRemoved("Text.", items, new Set([0])).remaining, new Set([0]));
    expect(later.body).toBe("A\n\nB\n\nText.");
  });

  it("never splits a paragraph, and ignores blank lines and stripped scripts", () => {
    const items = [
      { kind: "furniture", line: 9, text: "Ad", at: 3 },
      { kind: "whitespace", line: 2, text: "", at: 0 },
      { kind: "html-script", line: 1, text: "<script>" },
    ];
    expect(restoreRemoved("One two.\n\nThree.", items, new Set([0, 1, 2])).body).toBe("One two.\n\nAd\n\nThree.");
  });
});

describe("shiftRemovedThroughEdit", () => {
  const items = [
    { kind: "furniture", line: 1, text: "A", at: 0 },
    { kind: "furniture", line: 5, text: "B", at: 10 },
    { kind: "furniture", line: 9, text: "C", at: 23 },
  ];

  it("moves places after an edit by its change in length, and keeps those before", () => {
    const old = "Paragraph.\n\nSecond one.";
    const edited = "Paragraph.\n\nA much longer second one.";
    expect(shiftRemovedThroughEdit(old, edited, items).map((i) => i.at)).toEqual([0, 10, 23 + edited.length - old.length]);
  });

  it("puts places inside the changed stretch at its start", () => {
    expect(shiftRemovedThroughEdit("Paragraph.\n\nSecond one.", "Para.", items).map((i) => i.at)).toEqual([0, 4, 5]);
  });
});
