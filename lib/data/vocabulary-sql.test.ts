import { describe, expect, it } from "vitest";
import * as prismaEnums from "@/lib/generated/prisma/enums";
import {
  ANCHOR_STATUSES, CLAIM_STATUSES, FIGURE_QUALIFIER_CODES, FIGURE_UNIT_CODES, ROLES, SOURCE_KINDS, STANCES,
  type AnchorStatus, type ClaimStatus, type FigureQualifierCode, type FigureUnitCode, type Role, type SourceKind, type Stance,
} from "@/lib/domain/vocabulary";
import { enumSql } from "./vocabulary-sql";

// The vocabulary is the one list every schema, page and query takes its words from; the database's enums
// (prisma/schema.prisma) are the other. If one gains a value the other lacks, a form would offer a word the
// database refuses, or a row would hold one no page can show: these tests fail first.

const sorted = (values: readonly string[]) => [...values].sort();

describe("the vocabulary equals Prisma's enums", () => {
  it.each([
    ["ClaimStatus", CLAIM_STATUSES, prismaEnums.ClaimStatus],
    ["Stance", STANCES, prismaEnums.Stance],
    ["AnchorStatus", ANCHOR_STATUSES, prismaEnums.AnchorStatus],
    ["SourceKind", SOURCE_KINDS, prismaEnums.SourceKind],
    ["FigureUnit", FIGURE_UNIT_CODES, prismaEnums.FigureUnit],
    ["FigureQualifier", FIGURE_QUALIFIER_CODES, prismaEnums.FigureQualifier],
    ["Role", ROLES, prismaEnums.Role],
  ] as const)("%s", (_name, ours, prisma) => {
    expect(sorted(ours)).toEqual(sorted(Object.values(prisma)));
  });

  it("holds the same types as Prisma's, both ways (a compile-time check, run by tsc)", () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const checks: [
      Same<ClaimStatus, prismaEnums.ClaimStatus>, Same<Stance, prismaEnums.Stance>, Same<AnchorStatus, prismaEnums.AnchorStatus>,
      Same<SourceKind, prismaEnums.SourceKind>, Same<FigureUnitCode, prismaEnums.FigureUnit>, Same<FigureQualifierCode, prismaEnums.FigureQualifier>,
      Same<Role, prismaEnums.Role>,
    ] = [true, true, true, true, true, true, true];
    expect(checks.every(Boolean)).toBe(true);
  });
});


describe("enumSql", () => {
  it("writes a vocabulary word as a literal of its Postgres enum", () => {
    expect(enumSql("Stance", "CONTRADICTS").sql).toBe(`'CONTRADICTS'::"Stance"`);
    expect(enumSql("FigureQualifier", "AT_LEAST").sql).toBe(`'AT_LEAST'::"FigureQualifier"`);
  });

  it("refuses a word that is not the type's, even one smuggled past the type checker", () => {
    expect(() => enumSql("ClaimStatus", "RESOLVED'; drop table claims; --" as "RESOLVED")).toThrow('is not a ClaimStatus');
    expect(() => enumSql("Stance", "RESOLVED" as "SUPPORTS")).toThrow("is not a Stance");
  });
});
