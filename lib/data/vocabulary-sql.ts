import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  ANCHOR_STATUSES, CLAIM_STATUSES, FIGURE_QUALIFIER_CODES, FIGURE_UNIT_CODES, SOURCE_KINDS, STANCES,
  type AnchorStatus, type ClaimStatus, type FigureQualifierCode, type FigureUnitCode, type SourceKind, type Stance,
} from "@/lib/domain/vocabulary";

// The vocabulary's words in hand-written SQL: `${enumSql("Stance", "CONTRADICTS")}` is
// 'CONTRADICTS'::"Stance", checked by the type system against lib/domain/vocabulary.ts (a renamed
// stance fails to compile here rather than match nothing in Postgres).

const ENUMS = {
  ClaimStatus: CLAIM_STATUSES,
  Stance: STANCES,
  AnchorStatus: ANCHOR_STATUSES,
  SourceKind: SOURCE_KINDS,
  FigureUnit: FIGURE_UNIT_CODES,
  FigureQualifier: FIGURE_QUALIFIER_CODES,
} as const;

interface EnumWords {
  ClaimStatus: ClaimStatus;
  Stance: Stance;
  AnchorStatus: AnchorStatus;
  SourceKind: SourceKind;
  FigureUnit: FigureUnitCode;
  FigureQualifier: FigureQualifierCode;
}

/** A word of the vocabulary as a literal of its Postgres enum type. */
export function enumSql<E extends keyof EnumWords>(type: E, word: EnumWords[E]): Prisma.Sql {
  // Raw SQL, so the word is checked at run time too: only the vocabulary's own words get in.
  if (!(ENUMS[type] as readonly string[]).includes(word)) throw new Error(`"${word}" is not a ${type}.`);
  return Prisma.raw(`'${word}'::"${type}"`);
}
