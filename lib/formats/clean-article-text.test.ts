import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { hashBody } from "./body-hash";
import { cleanArticleText, countWords } from "./clean-article-text";
import { SEED_EXPECTATIONS } from "@test-support/clean-article-text-expected";
import { loadSeedArticles } from "../../seeds/articles";

const SEEDS_DIR = path.join(import.meta.dirname, "../../seeds/corpus");
const readSeed = (file: string) => readFileSync(path.join(SEEDS_DIR, file), "utf8");

const CODE_LEFTOVER = /@media|adsbygoogle|function\s*\(|\{[^}]*:[^}]*\}|window\.|document\.|=>|\}\)/;
const FURNITURE_LINE =
  /^(logo wide|leave a comment|helpful keywords|\d+ min read|language \/.*|written by .*|error:.*|the post .* appeared first on .*|source)$/i;

describe.each(SEED_EXPECTATIONS)("seed $file", (expected) => {
  const raw = readSeed(expected.file);
  const rawLines = raw.split("\n");
  const cleaned = cleanArticleText(raw);
  const paragraphs = cleaned.body.split("\n\n");

  it("finds the title and does not repeat it at the start of the body", () => {
    expect(cleaned.title).toBe(expected.title);
    expect(paragraphs[0]?.startsWith(expected.first)).toBe(true);
    expect(paragraphs.at(-1)?.endsWith(expected.last)).toBe(true);
    expect(cleaned.body.startsWith(cleaned.title)).toBe(false);
  });

  it("removes exactly the expected lines", () => {
    const nonBlank = cleaned.removed.filter((r) => r.kind !== "whitespace").map((r) => [r.line, r.kind, r.text]);
    expect(nonBlank).toEqual(expected.removed);
    expect(cleaned.removed.filter((r) => r.kind === "whitespace")).toHaveLength(expected.whitespace);
    for (const r of cleaned.removed) expect(rawLines[r.line - 1]?.trimEnd()).toBe(r.text);
    expect(cleaned.removed.map((r) => r.line)).toEqual([...cleaned.removed.map((r) => r.line)].sort((a, b) => a - b));
  });

  it("reports what it detected", () => {
    expect(cleaned.detected).toEqual(expected.detected);
  });

  it("leaves no CSS, script or furniture in the body", () => {
    expect(cleaned.body).not.toMatch(CODE_LEFTOVER);
    for (const p of paragraphs) expect(p).not.toMatch(FURNITURE_LINE);
  });

  it("separates paragraphs by exactly one blank line and keeps lines verbatim", () => {
    expect(cleaned.body).not.toMatch(/\n{3,}|^\s|\s$|\r/);
    expect(paragraphs.every((p) => p.trim() !== "" && !p.includes("\n"))).toBe(true);
    const removedLines = new Set(cleaned.removed.map((r) => r.line));
    const keptLines = rawLines
      .map((line, i) => ({ line: line.trimEnd(), n: i + 1 }))
      .filter(({ line, n }) => line !== "" && !removedLines.has(n) && line !== cleaned.title);
    expect(paragraphs).toEqual(keptLines.map(({ line }) => line));
  });

  it("loses no sentence of the article", () => {
    const removedLines = new Set(cleaned.removed.map((r) => r.line));
    rawLines.forEach((line, i) => {
      if (removedLines.has(i + 1)) return;
      for (const sentence of line.split(/(?<=[.!?])\s+/)) {
        const s = sentence.trim();
        if (s === "") continue;
        if (s === cleaned.title) continue;
        expect(cleaned.body, `line ${i + 1}`).toContain(s);
      }
    });
  });
});

describe("seed-specific judgment calls", () => {
  it("keeps 004's reader comment, which disputes the 12 percent figure", () => {
    const { body } = cleanArticleText(readSeed("004_1d4bf302df67dbd1.txt"));
    expect(body).toContain("\n\n1 comment:\n\npithom said...\n\n");
    expect(body.match(/12 percent of their territory/g)).toHaveLength(2);
  });

  it("keeps image captions and section headings", () => {
    const { body } = cleanArticleText(readSeed("000_256eb11d6a4214e8.txt"));
    expect(body).toContain("\n\nThe fight to recapture territory led to the destruction of many great Arabic cities [AFP]\n\n");
    expect(body).toContain("\n\nDeir az-Zour\n\n");
    expect(cleanArticleText(readSeed("003_e7236d8e239538c0.txt")).body).toContain("\n\n1- Inter-group Fighting.\n\n");
  });
});

describe("cleanArticleText on synthetic input", () => {
  it("removes inline ads and share labels as such, and keeps sentences that merely mention them", () => {
    const raw = [
      "Aid convoy reaches Raqqa",
      "Sponsored: Compare the best travel insurance deals of 2024",
      "The first convoy in six months brought food for 25,000 people.",
      "Sponsored content is rising on news sites, the study found, and readers rarely notice it.",
      "Share on WhatsApp",
      "Partager",
    ].join("\n");
    const cleaned = cleanArticleText(raw);
    expect(cleaned.body).toBe("The first convoy in six months brought food for 25,000 people.\n\nSponsored content is rising on news sites, the study found, and readers rarely notice it.");
    expect(cleaned.removed.map((r) => [r.kind, r.line])).toEqual([["ad", 2], ["share", 5], ["share", 6]]);
  });

  it("follows the page's markup before any rule about words, and runs no code-line rule when asked not to", () => {
    const raw = ["Title", "", "print", "", "Shops reopened in July. Photograph: AFP", "", "By Jane Roe", "", "});", "", "The story."].join("\n");
    const marks = new Map([[3, "code"], [5, "caption"], [7, "byline"]] as const);
    const cleaned = cleanArticleText(raw, { marks, codeLines: false });
    // "print" is a share label by the words' rule, but the markup said it is a line of code; "});" is left alone.
    expect(cleaned.body).toBe("print\n\n});\n\nThe story.");
    expect(cleaned.removed.filter((r) => r.kind !== "whitespace").map((r) => [r.kind, r.text])).toEqual([["caption", "Shops reopened in July. Photograph: AFP"], ["byline", "By Jane Roe"]]);
    expect(cleaned.detected.author).toBe("Jane Roe");
  });

  it("keeps prose that mentions @, function, braces, script or dates", () => {
    const prose = [
      "The post office appeared first on the map.",
      "Contact the desk at tips@example.org with corrections.",
      "@media coverage of the siege was intense.",
      "The function of the council {as defined in 2014} was advisory; its role = oversight.",
      "A script (written by hand) was passed around the camp; it said {x: 1}.",
      "By the end of 2014, the group held Mosul.",
      "July 13, 2016",
      "Officials said window.open was not the issue; document.write was.",
    ];
    const raw = ["Headline", "", "First paragraph.", "Second.", "Third.", "Fourth.", "Fifth.", "Sixth.", "Seventh.", ...prose].join("\n");
    const cleaned = cleanArticleText(raw);
    expect(cleaned.removed.filter((r) => r.kind !== "whitespace")).toEqual([]);
    for (const line of prose) expect(cleaned.body).toContain(line);
  });

  it("normalises CRLF and lone CR, and trims only trailing whitespace", () => {
    const cleaned = cleanArticleText("Title \r\n\r\n  Indented line. \t\r\nNext line.\rLast line.\r\n");
    expect(cleaned.title).toBe("Title");
    expect(cleaned.body).toBe("  Indented line.\n\nNext line.\n\nLast line.");
  });

  it("keeps Arabic (RTL) text intact and counts its words", () => {
    const arabic = "قال المتحدث إن التنظيم فقد السيطرة على المدينة.";
    const cleaned = cleanArticleText(`عنوان المقال\n\n${arabic}\nMixed: ديرالزور24 reported it.`);
    expect(cleaned.title).toBe("عنوان المقال");
    expect(cleaned.body).toBe(`${arabic}\n\nMixed: ديرالزور24 reported it.`);
    expect(countWords(arabic)).toBe(8);
  });

  it("returns an empty article for empty or blank input", () => {
    expect(cleanArticleText("")).toEqual({ title: "", body: "", removed: [], detected: {} });
    const blank = cleanArticleText("\n \n\t\n");
    expect(blank.title).toBe("");
    expect(blank.body).toBe("");
    expect(blank.removed.map((r) => r.kind)).toEqual(["whitespace", "whitespace", "whitespace"]);
  });

  it("removes everything from an all-junk input", () => {
    const raw = [
      "@media(max-width: 600px) {.ad {display:block !important;}}",
      "<script async src=\"https://example.com/ads.js\"></script>",
      "(adsbygoogle = window.adsbygoogle || []).push({});",
      "Leave a Reply",
      "Share this:",
      "Advertisement",
      "5 min read",
    ].join("\n");
    const cleaned = cleanArticleText(raw);
    expect(cleaned).toMatchObject({ title: "", body: "", detected: { readingTime: "5 min read" } });
    expect(cleaned.removed.map((r) => r.kind)).toEqual(["css", "script", "script", "furniture", "share", "ad", "furniture"]);
  });

  it("follows multi-line CSS and script blocks to their end", () => {
    const raw = [
      "Title",
      ".ad-slot {",
      "  display: none;",
      "}",
      "(function () {",
      "  var s = document.createElement('script');",
      "  s.src = '//ads.example/x.js';",
      "})();",
      "The article starts here.",
    ].join("\n");
    const cleaned = cleanArticleText(raw);
    expect(cleaned.body).toBe("The article starts here.");
    expect(cleaned.removed.map((r) => r.kind)).toEqual(["css", "css", "css", "script", "script", "script", "script"]);
  });

  it("detects a byline and dates in other formats", () => {
    const cleaned = cleanArticleText("Title\nBy Jane Q. Doe\nPublished: 2017-10-23 14:05\nBody text.");
    expect(cleaned.detected).toEqual({ author: "Jane Q. Doe", publishedAt: "2017-10-23" });
    expect(cleaned.body).toBe("Body text.");
    expect(cleanArticleText("Title\n31 Feb 2017\nBody.").body).toBe("31 Feb 2017\n\nBody.");
  });

  it("keeps a first line too long to be a headline in the body", () => {
    const paragraph = "word ".repeat(60).trim() + ".";
    expect(cleanArticleText(`${paragraph}\nMore.`)).toMatchObject({ title: "", body: `${paragraph}\n\nMore.` });
  });
});

describe("countWords and hashBody", () => {
  it("counts words across scripts, with apostrophes and hyphens inside words", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("Al-Baghdadi's caliphate – 12 percent, 2014.")).toBe(5);
    expect(countWords("اللغة العربية and English")).toBe(4);
  });

  it("hashes the body as sha256 hex", () => {
    expect(hashBody("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hashBody("abc")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashBody("abc")).not.toBe(hashBody("abc "));
  });
});

describe("loadSeedArticles", () => {
  it("loads every seed with metadata that agrees with what the text states", async () => {
    const seeds = await loadSeedArticles();
    expect(seeds.map((s) => s.file)).toEqual(SEED_EXPECTATIONS.map((e) => e.file));
    for (const seed of seeds) {
      const cleaned = cleanArticleText(readSeed(seed.file));
      expect(seed.title).toBe(cleaned.title);
      expect(seed.body).toBe(cleaned.body);
      expect(seed.bodyHash).toBe(hashBody(cleaned.body));
      expect(seed.wordCount).toBe(countWords(cleaned.body));
      expect(seed.publishedAt?.toISOString().slice(0, 10)).toBe(cleaned.detected.publishedAt);
      expect(seed.publishedAt !== null || seed.publishedNote !== null).toBe(true);
      if (cleaned.detected.author) expect(seed.author).toBe(cleaned.detected.author);
      expect(seed.url).toBeNull();
    }
  });
});
