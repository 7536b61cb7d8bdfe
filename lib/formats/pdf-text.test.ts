import { describe, expect, it } from "vitest";
import { breakPoints, foldWhitespace, hasRtl, isRtlLigature, isolate, textDirection, urlLines } from "./pdf-text";

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

describe("urlLines", () => {
  it("keeps a URL that fits on one line", () => {
    expect(urlLines("https://data.example.org/conflict-monitor/2016-h1")).toEqual(["https://data.example.org/conflict-monitor/2016-h1"]);
  });

  it("cuts a long URL after its slashes into lines of at most 90 characters, losing nothing", () => {
    const url = "https://data.example.org/conflict-monitor/2016-h1/territorial-control/first-half/annex-b/tables/table-3-areas-retaken-by-iraqi-and-kurdish-forces.csv?download=1&format=csv";
    const lines = urlLines(url);
    expect(lines.join("")).toBe(url);
    expect(lines.length).toBe(2);
    expect(lines.every((line) => line.length <= 90)).toBe(true);
    expect(lines[0]!.endsWith("/")).toBe(true);
  });

  it("cuts a part with no separator at 90 characters", () => {
    const url = `https://example.org/${"x".repeat(200)}`;
    expect(urlLines(url).map((line) => line.length)).toEqual([20, 90, 90, 20]);
  });
});
