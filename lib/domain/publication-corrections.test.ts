import { describe, expect, it } from "vitest";
import { correctionLine, type ReaderVisibleFactCheck } from "./publication-corrections";

const base: ReaderVisibleFactCheck = {
  headline: "Did IS rule 12 million people?",
  summary: "Estimates ranged from 8 to 12 million.",
  claim: { statement: "IS ruled about 12 million people", claimant: "The New York Times", claimDate: "2017-10-17", quote: { exact: "around 12 million", before: "ruled over ", after: " people." } },
  article: { title: "How the Islamic State ends", url: "https://news.example/isis", publisher: "Example Times", author: null, publishedAt: "2017-10-17" },
  rating: { label: "Mostly true" },
  evidence: [{ title: "Coalition estimate 2015", url: "https://example.org/coalition", stance: "SUPPORTS" }],
};
const changed = (patch: Partial<ReaderVisibleFactCheck>) => ({ ...base, ...patch });

describe("the correction line", () => {
  it("is null when nothing a reader sees changed", () => {
    expect(correctionLine(base, structuredClone(base))).toBeNull();
  });

  it("names a rating change with both ratings", () => {
    expect(correctionLine(base, changed({ rating: { label: "Mixed" } }))).toBe("Rating changed from Mostly true to Mixed");
  });

  it("says the summary was updated and the headline changed", () => {
    expect(correctionLine(base, changed({ summary: "New census figures." }))).toBe("Summary updated");
    expect(correctionLine(base, changed({ headline: "How many lived under IS?" }))).toBe("Headline changed");
  });

  it("names the evidence added and removed, and a new stance", () => {
    const census = { title: "Census 2017", url: "https://example.org/census", stance: "CONTRADICTS" };
    expect(correctionLine(base, changed({ evidence: [...base.evidence, census] }))).toBe("Evidence added: “Census 2017”");
    expect(correctionLine(base, changed({ evidence: [] }))).toBe("Evidence removed: “Coalition estimate 2015”");
    expect(correctionLine(base, changed({ evidence: [{ ...base.evidence[0]!, stance: "CONTEXT" }] }))).toBe("“Coalition estimate 2015” now cited as context evidence");
  });

  it("joins several changes in one line, rating first", () => {
    expect(correctionLine(base, changed({ rating: { label: "Mixed" }, summary: "Revised." }))).toBe("Rating changed from Mostly true to Mixed; Summary updated");
    expect(correctionLine(base, changed({ claim: { ...base.claim, claimant: "Reuters" } }))).toBe("Claim details updated");
  });
});
