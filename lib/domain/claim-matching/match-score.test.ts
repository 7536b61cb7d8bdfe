import { describe, expect, it } from "vitest";
import { labelledPairs, setClaims } from "@test-support/claim-match-set/labelled-set";
import { parseFigure } from "@test-support/claim-match-set/types";
import { isSameClaimant } from "./claimant";
import { figureRelation, type MatchSubject } from "./figure-evidence";
import { amountWords, figureWords } from "./figure-words";
import { MATCH_THRESHOLD, rankMatches, scoreMatch } from "./match-score";
import { distinctiveWords } from "./query-words";

const subject = (statement: string, figure?: string, extra: Partial<MatchSubject> = {}): MatchSubject => ({
  statement, claimant: null, claimDate: null, figure: figure ? parseFigure(figure) : null, ...extra,
});
const NO_WORDS = { trigram: 0, lexemes: 0 };

describe("figure evidence", () => {
  it("a compatible value on the same quantity says so with both figures", () => {
    const relation = figureRelation(subject("At its 2014 peak IS ruled 12 million people", "12e6 count people"), subject("IS ruled about 12 million people at its peak in 2014", "about 12e6 count people"));
    expect(relation).toEqual({ kind: "compatible", text: "same quantity with a compatible value: 12 million people ≈ about 12 million people" });
  });

  it("links languages through the concept table and a shared year", () => {
    const english = subject("At its 2014 peak IS ruled about 12 million people", "about 12e6 count people");
    const arabic = subject("كان نحو 12 مليون شخص يعيشون تحت حكم تنظيم الدولة في ذروته عام 2014", "about 12e6 count شخص");
    expect(figureRelation(english, arabic)?.kind).toBe("compatible");
    // Without the year, nothing says the two are about one time: a hint, too weak to match on its own.
    const undated = subject("كان نحو 12 مليون شخص يعيشون تحت حكم تنظيم الدولة", "about 12e6 count شخص");
    expect(figureRelation(english, undated)?.kind).toBe("compatible-hint");
    expect(scoreMatch(english, undated, NO_WORDS).score).toBeLessThan(MATCH_THRESHOLD);
  });

  it("a value that cannot be the same is the same topic with a different figure", () => {
    const relation = figureRelation(subject("At its 2014 peak IS ruled about 12 million people", "about 12e6 count people"), subject("IS ruled 10 million people at its 2014 peak", "10e6 count people"));
    expect(relation).toEqual({ kind: "different", text: "same topic, different figure: about 12 million people vs 10 million people" });
  });

  it("years that do not meet are two quantities, whatever the values", () => {
    expect(figureRelation(subject("IS ruled about 12 million people in 2014", "about 12e6 count people"), subject("IS ruled about 12 million people in 2016", "about 12e6 count people"))).toBeNull();
  });

  it("a compatible figure on other words is only a hint", () => {
    expect(figureRelation(subject("A deal let 350 ISIS fighters leave Raqqa", "350 count fighters"), subject("Kurdish commanders said 350 fighters guarded the dam", "350 count fighters"))?.kind).toBe("compatible-hint");
  });

  it("reads fractions as percentages and writes amounts in words", () => {
    expect(figureRelation(subject("ISIS held about two fifths of Deir Ezzor city", "about 0.4 fraction city"), subject("ISIS captured around 40 percent of the city of Deir Ezzor", "about 40 percent city"))?.text)
      .toBe("same quantity with a compatible value: about 40% of city ≈ about 40% of city");
    expect([amountWords(12_000_000), amountWords(2.7e6), amountWords(2e9), amountWords(3000)]).toEqual(["12 million", "2.7 million", "2 billion", "3,000"]);
    expect(figureWords(parseFigure("20..30 age men"))).toBe("20–30 years old men");
  });
});

describe("claimants", () => {
  it("are the same when one name holds the other's words, whatever the case, accents and asides", () => {
    expect(isSameClaimant("The New Arab", "the new arab, on the UN's anniversary")).toBe(true);
    expect(isSameClaimant("CIA", "CIA (leaked estimate)")).toBe(true);
    expect(isSameClaimant("UNHCR", "CIA")).toBe(false);
    expect(isSameClaimant(null, "CIA")).toBe(false);
  });
});

describe("scores and reasons", () => {
  const probe = subject("At its 2014 peak IS ruled about 12 million people", "about 12e6 count people", { claimant: "The New Arab" });

  it("grows with every kind of evidence and says why", () => {
    const words = scoreMatch(probe, subject("IS ruled people", undefined), { trigram: 0.5, lexemes: 0.6 });
    const withFigure = scoreMatch(probe, subject("IS ruled about 12 million people at its peak in 2014", "about 12e6 count people"), { trigram: 0.5, lexemes: 0.6 });
    const withClaimant = scoreMatch(probe, subject("IS ruled about 12 million people at its peak in 2014", "about 12e6 count people", { claimant: "The New Arab" }), { trigram: 0.5, lexemes: 0.6 });
    expect(words.score).toBeLessThan(withFigure.score);
    expect(withFigure.score).toBeLessThan(withClaimant.score);
    expect(withClaimant.score).toBeLessThanOrEqual(1);
    expect(withClaimant.reasons.map((r) => r.text)).toEqual(["similar wording", "same quantity with a compatible value: about 12 million people ≈ about 12 million people", "same claimant: The New Arab"]);
  });

  it("matches across languages on the figure alone", () => {
    const arabic = subject("كان نحو 12 مليون شخص يعيشون تحت حكم تنظيم الدولة في ذروته عام 2014", "about 12e6 count شخص");
    const match = scoreMatch(probe, arabic, NO_WORDS);
    expect(match.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(match.reasons.map((r) => r.kind)).toEqual(["figure"]);
  });

  it("ranks a different figure below a match with the same wording", () => {
    const wording = { trigram: 0.6, lexemes: 0.7 };
    const same = { id: "b", ...scoreMatch(probe, subject("IS ruled around 12 million people at its 2014 peak", "about 12e6 count people"), wording) };
    const different = { id: "a", ...scoreMatch(probe, subject("IS ruled 10 million people at its 2014 peak", "10e6 count people"), wording) };
    expect(rankMatches([different, same], 5).map((m) => m.id)).toEqual(["b", "a"]);
    expect(different.reasons.map((r) => r.kind)).toEqual(["wording", "different-figure"]);
  });

  it("shows nothing for chance words, and never more than asked", () => {
    const chance = { id: "x", ...scoreMatch(probe, subject("Mayadin fell in days"), { trigram: 0.1, lexemes: 0 }) };
    expect(rankMatches([chance], 5)).toEqual([]);
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, ...scoreMatch(probe, subject("IS ruled about 12 million people"), { trigram: 0.9, lexemes: 0.9 }) }));
    expect(rankMatches(many, 5).map((m) => m.id)).toEqual(["c0", "c1", "c2", "c3", "c4"]);
  });
});

describe("the labelled pairs' figures", () => {
  const claims = new Map(setClaims().map((claim) => [claim.id, claim]));
  const asSubject = (id: string) => {
    const claim = claims.get(id)!;
    return subject(claim.statement, claim.figure, { claimant: claim.claimant ?? null, claimDate: claim.date ? new Date(claim.date) : null });
  };

  it("never call a claim of the same cluster a different figure, nor a different figure compatible", () => {
    const wrong = labelledPairs().flatMap((pair) => {
      const kind = figureRelation(asSubject(pair.a), asSubject(pair.b))?.kind;
      if (pair.label === "same" && kind === "different") return [`${pair.a}~${pair.b}: ${kind}`];
      if (pair.label === "different-figure" && (kind === "compatible" || kind === "compatible-hint")) return [`${pair.a}~${pair.b}: ${kind}`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it("link every cross-language pair of a cluster through its figure where both name the year", () => {
    const timed = (id: string) => /\b20\d\d\b/.test(claims.get(id)!.statement) || claims.get(id)!.date !== undefined;
    const crossLanguage = labelledPairs().filter((pair) => pair.label === "same" && claims.get(pair.a)!.lang !== claims.get(pair.b)!.lang && timed(pair.a) && timed(pair.b));
    expect(crossLanguage.length).toBeGreaterThan(20);
    const unlinked = crossLanguage.filter((pair) => figureRelation(asSubject(pair.a), asSubject(pair.b))?.kind !== "compatible").map((pair) => `${pair.a}~${pair.b}`);
    expect(unlinked).toEqual([]);
  });

  it("hold at least 150 pairs, half of them from the seed corpus", () => {
    const pairs = labelledPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(pairs.filter((pair) => pair.origin === "seed").length).toBeGreaterThanOrEqual(pairs.length / 2 - 10);
    expect(new Set(pairs.map((pair) => pair.label))).toEqual(new Set(["same", "different-figure", "unrelated"]));
  });
});

describe("full-text words", () => {
  it("keep the distinctive words, longest first, letters and digits only (the SQL quotes them as they are)", () => {
    expect(distinctiveWords("A deal let the last 350 ISIS fighters leave Raqqa")).toEqual(["fighters", "leave", "raqqa", "deal", "isis", "last", "350", "let"]);
    expect(distinctiveWords("the of")).toEqual([]);
    expect(distinctiveWords("it's 'quoted' \\ & | raqqa")).toEqual(["quoted", "raqqa"]);
  });
});
