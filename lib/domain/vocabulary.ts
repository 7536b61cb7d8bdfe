// The product's words, declared once: claim statuses, stances, anchor statuses, source kinds, figure units
// and qualifiers, their labels, and the value of a figure. Every zod schema, page, export writer and SQL
// builder takes them from here, so adding a status is one edit here (and one in prisma/schema.prisma,
// which vocabulary.test.ts holds equal to these lists). Imports nothing with I/O: server and client
// components may both use it.
//
// Enumerations keep the database's names ("IN_REVIEW", "CONTRADICTS"). Figures are the exception: the
// detector, the claim form and the reports speak the domain's words ("at least", "percent"), kept in
// figures/types.ts (the figures folder must import nothing outside it) and re-exported here; the
// database codes of those words ("AT_LEAST") are FIGURE_UNIT_CODES and FIGURE_QUALIFIER_CODES.
import { FIGURE_QUALIFIERS, FIGURE_UNITS, type FigureQualifier, type FigureUnit, type FigureValue } from "./figures/types";

export { FIGURE_QUALIFIERS, FIGURE_UNITS, fromFigureEnum, toFigureEnum } from "./figures/types";
export type { FigureQualifier, FigureUnit, FigureValue } from "./figures/types";
export { ROLES, ROLE_LABELS, type Role } from "./roles";

export const CLAIM_STATUSES = ["OPEN", "IN_REVIEW", "DISPUTED", "RESOLVED"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  OPEN: "Open",
  IN_REVIEW: "In review",
  DISPUTED: "Disputed",
  RESOLVED: "Resolved",
};

/** How a piece of evidence bears on its claim. */
export const STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_LABELS: Record<Stance, string> = {
  SUPPORTS: "Supports",
  CONTRADICTS: "Contradicts",
  CONTEXT: "Context",
};

/** How a claim's (or an evidence passage's) quote was found again after its article's text changed. */
export const ANCHOR_STATUSES = ["EXACT", "RELOCATED", "FUZZY", "ORPHANED"] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export const ANCHOR_STATUS_LABELS: Record<AnchorStatus, string> = {
  EXACT: "In place",
  RELOCATED: "Moved after an edit",
  FUZZY: "Re-found approximately after an edit",
  ORPHANED: "Lost its place",
};

export const SOURCE_KINDS = ["ARTICLE", "WEB_PAGE", "DOCUMENT", "DATASET", "STATEMENT", "FACT_CHECK"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Kinds a reviewer can describe by hand; ARTICLE sources are made by linking a passage of an article. */
export const EXTERNAL_SOURCE_KINDS = ["WEB_PAGE", "DOCUMENT", "DATASET", "STATEMENT", "FACT_CHECK"] as const satisfies readonly SourceKind[];
export type ExternalSourceKind = (typeof EXTERNAL_SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  ARTICLE: "Article in this workspace",
  WEB_PAGE: "Web page",
  DOCUMENT: "Document",
  DATASET: "Dataset",
  STATEMENT: "Statement",
  FACT_CHECK: "Fact-check",
};

export const FIGURE_UNIT_LABELS: Record<FigureUnit, string> = {
  count: "Count",
  percent: "Percent",
  year: "Year",
  date: "Date",
  age: "Age",
  fraction: "Fraction",
  currency: "Money",
  other: "Other",
};

/** The database names of the figure units (toFigureEnum of FIGURE_UNITS, in the same order). */
export const FIGURE_UNIT_CODES = ["COUNT", "PERCENT", "YEAR", "DATE", "AGE", "FRACTION", "CURRENCY", "OTHER"] as const;
export type FigureUnitCode = (typeof FIGURE_UNIT_CODES)[number];

/** The database names of the figure qualifiers (toFigureEnum of FIGURE_QUALIFIERS, in the same order). */
export const FIGURE_QUALIFIER_CODES = ["ABOUT", "OVER", "UNDER", "AT_LEAST", "AT_MOST", "NEARLY", "EXACTLY"] as const;
export type FigureQualifierCode = (typeof FIGURE_QUALIFIER_CODES)[number];

/** The domain's word for a unit's database code: "CURRENCY" → "currency". */
export function figureUnitOfCode(code: FigureUnitCode): FigureUnit {
  return FIGURE_UNITS[FIGURE_UNIT_CODES.indexOf(code)]!;
}

/** The domain's word for a qualifier's database code: "AT_LEAST" → "at least". */
export function figureQualifierOfCode(code: FigureQualifierCode): FigureQualifier {
  return FIGURE_QUALIFIERS[FIGURE_QUALIFIER_CODES.indexOf(code)]!;
}

export function figureUnitCode(unit: FigureUnit): FigureUnitCode {
  return FIGURE_UNIT_CODES[FIGURE_UNITS.indexOf(unit)]!;
}

export function figureQualifierCode(qualifier: FigureQualifier): FigureQualifierCode {
  return FIGURE_QUALIFIER_CODES[FIGURE_QUALIFIERS.indexOf(qualifier)]!;
}

/**
 * A claim's figure as it is stored, read and exported: every part present, null where the claim does
 * not state it. (FigureValue, its looser form, is what the detector and the comparisons accept.)
 */
export interface ClaimFigure extends FigureValue {
  low: number | null;
  high: number | null;
  counted: string | null;
}

/** Where an invitation stands (lib/domain/invitations.ts works it out from its dates). */
export const INVITATION_STATES = ["PENDING", "ACCEPTED", "REVOKED", "EXPIRED"] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  PENDING: "Waiting",
  ACCEPTED: "Accepted",
  REVOKED: "Withdrawn",
  EXPIRED: "Expired",
};

/** The export formats, by the id URLs name them with (`format=csv`). What each is: lib/formats/export-format-info.ts. */
export const EXPORT_FORMAT_IDS = ["csv", "claimreview", "w3c", "markdown", "pdf", "json"] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

/** Zero for every word of a list, to count into: zeroCounts(CLAIM_STATUSES) is { OPEN: 0, IN_REVIEW: 0, … }. */
export function zeroCounts<T extends string>(words: readonly T[]): Record<T, number> {
  return Object.fromEntries(words.map((word) => [word, 0])) as Record<T, number>;
}
