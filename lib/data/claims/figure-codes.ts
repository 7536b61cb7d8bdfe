import "server-only";
import { quantityKey } from "@/lib/domain/same-quantity";
import {
  figureQualifierCode, figureQualifierOfCode, figureUnitCode, figureUnitOfCode,
  type ClaimFigure, type FigureQualifierCode as DbQualifier, type FigureUnitCode as DbUnit,
} from "@/lib/domain/vocabulary";
import type { ClaimFields } from "@/lib/schemas/claim";

// The domain speaks "at least" and "count"; the database enums are AT_LEAST and COUNT (lib/domain/vocabulary.ts pairs them).

export function toDbFigure(fields: ClaimFields) {
  if (!fields.isFigure) {
    return { figureValue: null, figureUnit: null, figureQualifier: null, figureLow: null, figureHigh: null, figureCounted: null, figureKey: null };
  }
  return {
    figureValue: fields.figureValue ?? null,
    figureUnit: fields.figureUnit ? figureUnitCode(fields.figureUnit) : null,
    figureQualifier: fields.figureQualifier ? figureQualifierCode(fields.figureQualifier) : null,
    figureLow: fields.figureLow ?? null,
    figureHigh: fields.figureHigh ?? null,
    figureCounted: fields.figureCounted ?? null,
    // Without a value there is nothing to compare, so no key either.
    figureKey: fields.figureUnit && fields.figureValue !== undefined && fields.figureValue !== null ? quantityKey(fields.figureUnit, fields.figureCounted) : null,
  };
}

/** The figure-conflict lookup key of a claim as stored (database codes), for rows written in bulk. */
export function figureKeyOfStored(unit: DbUnit | null, value: number | null, counted: string | null): string | null {
  return unit && value !== null ? quantityKey(figureUnitOfCode(unit), counted) : null;
}

export function fromDbFigure(row: {
  figureValue: number | null; figureUnit: DbUnit | null; figureQualifier: DbQualifier | null;
  figureLow: number | null; figureHigh: number | null; figureCounted: string | null;
}): ClaimFigure | null {
  if (row.figureValue === null || row.figureUnit === null) return null;
  return {
    value: row.figureValue,
    unit: figureUnitOfCode(row.figureUnit),
    qualifier: row.figureQualifier ? figureQualifierOfCode(row.figureQualifier) : null,
    low: row.figureLow,
    high: row.figureHigh,
    counted: row.figureCounted,
  };
}
