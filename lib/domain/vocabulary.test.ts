import { describe, expect, it } from "vitest";
import {
  ANCHOR_STATUS_LABELS, CLAIM_STATUS_LABELS, CLAIM_STATUSES, EXTERNAL_SOURCE_KINDS, FIGURE_QUALIFIER_CODES, FIGURE_QUALIFIERS, FIGURE_UNIT_CODES,
  FIGURE_UNIT_LABELS, FIGURE_UNITS, figureQualifierCode, figureQualifierOfCode, figureUnitCode, figureUnitOfCode, SOURCE_KIND_LABELS, SOURCE_KINDS,
  STANCE_LABELS, toFigureEnum, zeroCounts,
} from "./vocabulary";

// That the vocabulary equals the database's enums is lib/data/vocabulary-sql.test.ts's to check (only lib/data reads Prisma).

const sorted = (values: readonly string[]) => [...values].sort();


describe("figure words and their database codes", () => {
  it("pairs each unit and qualifier with its code, in order, as toFigureEnum names it", () => {
    expect(FIGURE_UNITS.map(toFigureEnum)).toEqual([...FIGURE_UNIT_CODES]);
    expect(FIGURE_QUALIFIERS.map(toFigureEnum)).toEqual([...FIGURE_QUALIFIER_CODES]);
    expect(figureQualifierCode("at least")).toBe("AT_LEAST");
    expect(figureQualifierOfCode("AT_MOST")).toBe("at most");
    expect(figureUnitCode("currency")).toBe("CURRENCY");
    expect(figureUnitOfCode("PERCENT")).toBe("percent");
    for (const unit of FIGURE_UNITS) expect(figureUnitOfCode(figureUnitCode(unit))).toBe(unit);
    for (const qualifier of FIGURE_QUALIFIERS) expect(figureQualifierOfCode(figureQualifierCode(qualifier))).toBe(qualifier);
  });
});

describe("labels", () => {
  it("gives every word a distinct, non-empty label", () => {
    for (const labels of [CLAIM_STATUS_LABELS, STANCE_LABELS, ANCHOR_STATUS_LABELS, SOURCE_KIND_LABELS, FIGURE_UNIT_LABELS]) {
      const values = Object.values(labels);
      expect(values.every((label) => label.trim().length > 0)).toBe(true);
      expect(new Set(values).size).toBe(values.length);
    }
    expect(Object.keys(CLAIM_STATUS_LABELS)).toEqual([...CLAIM_STATUSES]);
    expect(Object.keys(SOURCE_KIND_LABELS)).toEqual([...SOURCE_KINDS]);
  });

  it("counts from zero for every word", () => {
    expect(zeroCounts(CLAIM_STATUSES)).toEqual({ OPEN: 0, IN_REVIEW: 0, DISPUTED: 0, RESOLVED: 0 });
  });

  it("lets reviewers describe every source kind by hand except an article of the workspace", () => {
    expect(sorted([...EXTERNAL_SOURCE_KINDS, "ARTICLE"])).toEqual(sorted(SOURCE_KINDS));
  });
});
