import { describe, expect, it } from "vitest";
import { detectFigures } from "./figures";
import { figureAffinity, MIN_SCORE, overlapsAny, figureSubject, rankPassages, sameCountedNoun, sameScale, scorePassage, splitPassages, type Candidate } from "./evidence-ranking";

const none = { fullText: 0, wordSimilarity: 0, countedSimilarity: 0 };
const noFigure = { score: 0, figure: null };

function candidate(articleId: string, start: number, signals: Partial<Candidate["signals"]>, figureScore = 0): Candidate {
  return { articleId, passage: { start, end: start + 10, text: "x".repeat(10) }, signals: { ...none, ...signals }, figure: { score: figureScore, figure: null } };
}

describe("figures as evidence", () => {
  const territory = { unit: "percent" as const, value: 12, counted: "territory" };
  const people = { unit: "count" as const, value: 12_000_000, counted: "people" };

  it("gives full marks to a figure of the same unit counting the same thing, less to the same unit alone", () => {
    expect(figureAffinity(territory, detectFigures("cost ISIS 12 percent of their territory")).score).toBe(1);
    expect(figureAffinity(territory, detectFigures("a 40 percent rise in prices")).score).toBe(0.5);
    expect(figureAffinity(territory, detectFigures("around 12 million people")).score).toBe(0);
    expect(figureAffinity(null, detectFigures("12 percent of their territory")).score).toBe(0);
  });

  it("keeps the value out of it, on the same scale: a different number of the same thing is a candidate contradiction", () => {
    const match = figureAffinity(people, detectFigures("the caliphate ruled some 8 million people"));
    expect(match.score).toBe(1);
    expect(match.figure?.value).toBe(8_000_000);
  });

  it("counts a figure far off the claim's scale for less: tens of people are no answer to 12 million", () => {
    expect(figureAffinity(people, detectFigures("it executed tens of people")).score).toBe(0.5);
    expect(figureAffinity(people, detectFigures("it executed tens of people, and ruled 10 million people")).score).toBe(1);
    expect(sameScale(people, detectFigures("120 million people")[0]!)).toBe(true);
    expect(sameScale(people, detectFigures("121 million people")[0]!)).toBe(false);
  });

  it("finds what a figure measures in the words of its clause just before it", () => {
    expect(figureSubject("At its peak in 2014, IS ruled over a population of around 12 million people")).toBe("population");
    expect(figureSubject("Advances cost ISIS 12 percent of its territory")).toBe("Advances cost ISIS");
    expect(figureSubject("In 2014, the group was strong")).toBe("");
    expect(figureSubject("12 million people lived under IS")).toBe("");
  });

  it("matches counted nouns by shared words, singular or plural", () => {
    expect(sameCountedNoun("people", "people")).toBe(true);
    expect(sameCountedNoun("fighters", "ISIS fighter")).toBe(true);
    expect(sameCountedNoun("women and children", "children")).toBe(true);
    expect(sameCountedNoun("people", "territory")).toBe(false);
    expect(sameCountedNoun(null, "people")).toBe(false);
  });
});

describe("scoring and ranking", () => {
  it("scores each signal and scales full-text rank to the best passage found", () => {
    expect(scorePassage(none, noFigure, 0)).toBe(0);
    expect(scorePassage({ ...none, fullText: 0.5 }, noFigure, 0.5)).toBeCloseTo(0.4);
    expect(scorePassage({ ...none, fullText: 0.25 }, noFigure, 0.5)).toBeCloseTo(0.2);
    expect(scorePassage({ fullText: 0.5, wordSimilarity: 1, countedSimilarity: 1 }, { score: 1, figure: null }, 0.5)).toBeCloseTo(1);
    expect(scorePassage({ ...none, wordSimilarity: Number.NaN }, noFigure, 0)).toBe(0);
  });

  it("orders best first, drops weak passages, and is stable on ties", () => {
    const ranked = rankPassages([
      candidate("b", 0, { fullText: 0.1, wordSimilarity: 0.5 }),
      candidate("a", 50, { fullText: 0.2, wordSimilarity: 0.6 }, 1),
      candidate("a", 10, { fullText: 0.1, wordSimilarity: 0.5 }),
      candidate("c", 0, { wordSimilarity: 0.1 }),
    ]);
    expect(ranked.map((c) => `${c.articleId}:${c.passage.start}`)).toEqual(["a:50", "a:10", "b:0"]);
    expect(ranked.every((c) => c.score >= MIN_SCORE)).toBe(true);
  });

  it("takes at most a few passages from one article, and at most the limit", () => {
    const many = Array.from({ length: 6 }, (_, i) => candidate("a", i * 20, { fullText: 1 - i / 10, wordSimilarity: 0.5 }));
    const ranked = rankPassages([...many, candidate("b", 0, { fullText: 0.3, wordSimilarity: 0.4 })], { limit: 4, perArticle: 2 });
    expect(ranked.map((c) => `${c.articleId}:${c.passage.start}`)).toEqual(["a:0", "a:20", "b:0"]);
    expect(rankPassages(many, { limit: 1 })).toHaveLength(1);
  });
});

describe("passages", () => {
  it("are the paragraphs, trimmed, with offsets into the body", () => {
    const body = "  First paragraph.  \n\nSecond one\nwith a line break.\n\n\n";
    const passages = splitPassages(body);
    expect(passages.map((p) => p.text)).toEqual(["First paragraph.", "Second one\nwith a line break."]);
    for (const p of passages) expect(body.slice(p.start, p.end)).toBe(p.text);
  });

  it("cuts a paragraph too long to quote at sentence ends, never beyond the limit", () => {
    const sentence = "IS held a third of Iraq in 2014. ";
    const body = sentence.repeat(10).trim();
    const passages = splitPassages(body, 100);
    expect(passages.length).toBeGreaterThan(3);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(100);
      expect(p.text.endsWith(".")).toBe(true);
      expect(body.slice(p.start, p.end)).toBe(p.text);
    }
    expect(passages.map((p) => p.text).join(" ")).toBe(body);
  });

  it("cuts a text without sentence ends at the limit, but not inside a surrogate pair", () => {
    const body = `${"a".repeat(9)}😀${"b".repeat(5)}`;
    const passages = splitPassages(body, 10);
    expect(passages[0]!.text).toBe("a".repeat(9));
    expect(passages.map((p) => p.text).join("")).toBe(body);
  });

  it("knows when a passage overlaps a claim or linked evidence", () => {
    expect(overlapsAny({ start: 5, end: 10 }, [{ start: 9, end: 12 }])).toBe(true);
    expect(overlapsAny({ start: 5, end: 10 }, [{ start: 10, end: 12 }, { start: 0, end: 5 }])).toBe(false);
  });
});
