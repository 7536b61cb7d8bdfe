import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./paragraphs";

describe("splitParagraphs", () => {
  it("keeps offsets that point back into the body", () => {
    const body = "First one.\n\nSecond, with 12 million.\n\n\nThird.";
    const paragraphs = splitParagraphs(body);
    expect(paragraphs.map((p) => p.text)).toEqual(["First one.", "Second, with 12 million.", "Third."]);
    for (const p of paragraphs) expect(body.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it("keeps single line breaks inside a paragraph and Arabic text intact", () => {
    const body = "سطر أول\nسطر ثان\n\nEnd";
    expect(splitParagraphs(body)).toEqual([
      { start: 0, text: "سطر أول\nسطر ثان" },
      { start: 17, text: "End" },
    ]);
  });

  it("returns nothing for an empty or blank body", () => {
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs("  \n\n ")).toEqual([]);
  });
});
