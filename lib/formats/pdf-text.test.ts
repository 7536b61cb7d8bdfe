import { describe, expect, it } from "vitest";
import { breakPoints, foldWhitespace, hasRtl, isRtlLigature, isolate, textDirection } from "./pdf-text";

describe("textDirection", () => {
  it("follows the first letter, as dir=auto does", () => {
    expect(textDirection("نفّذ تنظيم داعش 100 إعدام")).toBe("rtl");
    expect(textDirection("«100» إعدام")).toBe("rtl");
    expect(textDirection("ISIS executed ديرالزور24")).toBe("ltr");
    expect(textDirection("12% — 2015")).toBe("ltr");
    expect(textDirection("")).toBe("ltr");
  });
});

describe("isolate", () => {
  it("wraps text holding right-to-left letters in first-strong isolates and leaves the rest alone", () => {
    expect(isolate("ديرالزور24")).toBe("\u2068ديرالزور24\u2069");
    expect(isolate("Deir Ezzor 24")).toBe("Deir Ezzor 24");
    expect(hasRtl("שלום")).toBe(true);
    expect(hasRtl("Zürich 2015")).toBe(false);
  });
});

describe("breakPoints", () => {
  it("never hyphenates words, but lets a long URL break after its separators", () => {
    expect(breakPoints("international")).toEqual(["international"]);
    expect(breakPoints("الإعدامات")).toEqual(["الإعدامات"]);
    const url = "https://archive.example.org/2016/data.example.org/conflict-monitor/2016-h1?page=2&lang=en";
    const parts = breakPoints(url);
    expect(parts.join("")).toBe(url);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.every((part) => part.length <= 30)).toBe(true);
    expect(parts).toContain("2016/");
  });
});

describe("isRtlLigature", () => {
  it("is true only for glyphs standing for several right-to-left code points", () => {
    expect(isRtlLigature([0x0644, 0x0627])).toBe(true); // lam-alef
    expect(isRtlLigature([0x0644])).toBe(false);
    expect(isRtlLigature([0x66, 0x69])).toBe(false); // Latin "fi"
    expect(isRtlLigature([])).toBe(false);
  });
});

describe("foldWhitespace", () => {
  it("folds paragraph breaks of the stored context onto one line", () => {
    expect(foldWhitespace('wiped out."\n\nRecent')).toBe('wiped out." Recent');
  });
});
