import "server-only";
import type { FigureQualifier, FigureUnit } from "@/lib/domain/figures/types";
import { quantityKey } from "@/lib/domain/same-quantity";
import type { FigureQualifier as DbQualifier, FigureUnit as DbUnit } from "@/lib/generated/prisma/client";
import type { ClaimFields } from "@/lib/schemas/claim";

// The domain speaks "at least" and "count"; the database enums are AT_LEAST and COUNT.
const toDbCode = (value: string) => value.toUpperCase().replace(/ /g, "_");
const fromDbCode = (value: string) => value.toLowerCase().replace(/_/g, " ");

export function toDbFigure(fields: ClaimFields) {
  if (!fields.isFigure) {
    return { figureValue: null, figureUnit: null, figureQualifier: null, figureLow: null, figureHigh: null, figureCounted: null, figureKey: null };
  }
  return {
    figureValue: fields.figureValue ?? null,
    figureUnit: fields.figureUnit ? (toDbCode(fields.figureUnit) as DbUnit) : null,
    figureQualifier: fields.figureQualifier ? (toDbCode(fields.figureQualifier) as DbQualifier) : null,
    figureLow: fields.figureLow ?? null,
    figureHigh: fields.figureHigh ?? null,
    figureCounted: fields.figureCounted ?? null,
    // Without a value there is nothing to compare, so no key either.
    figureKey: fields.figureUnit && fields.figureValue !== undefined && fields.figureValue !== null ? quantityKey(fields.figureUnit, fields.figureCounted) : null,
  };
}

/** The figure-conflict lookup key of a claim as stored (database codes), for rows written in bulk. */
export function figureKeyOfStored(unit: DbUnit | null, value: number | null, counted: string | null): string | null {
  return unit && value !== null ? quantityKey(fromDbCode(unit) as FigureUnit, counted) : null;
}

export interface FigureView {
  value: number;
  unit: FigureUnit;
  qualifier: FigureQualifier | null;
  low: number | null;
  high: number | null;
  counted: string | null;
}

export function fromDbFigure(row: {
  figureValue: number | null; figureUnit: DbUnit | null; figureQualifier: DbQualifier | null;
  figureLow: number | null; figureHigh: number | null; figureCounted: string | null;
}): FigureView | null {
  if (row.figureValue === null || row.figureUnit === null) return null;
  return {
    value: row.figureValue,
    unit: fromDbCode(row.figureUnit) as FigureUnit,
    qualifier: row.figureQualifier ? (fromDbCode(row.figureQualifier) as FigureQualifier) : null,
    low: row.figureLow,
    high: row.figureHigh,
    counted: row.figureCounted,
  };
}
