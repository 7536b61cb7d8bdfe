// The agreement report: the statistics of agreement.ts applied to reviewers' current verdicts, for the whole scope,
// per pair of reviewers and per article, each with the number of claims it rests on and, when it is undefined, why.
import { cohensKappa, fleissKappa, fleissTableFrom, krippendorffAlpha } from "./agreement";

export interface AgreementInput {
  /** The coders, in the order of the matrices' columns. */
  reviewers: readonly { id: string; name: string }[];
  /** The units (claims), in the order of the matrices' rows. */
  units: readonly { claimId: string; articleId: string; articleTitle: string }[];
  /** units × reviewers: the label of each reviewer's current verdict, null when they have none. */
  labels: readonly (readonly (string | null)[])[];
  /** units × reviewers: the ordinal value of that verdict's level, null when none or the level has no ordinal. */
  ordinals: readonly (readonly (number | null)[])[];
  /** The scale's labels in order: Fleiss' categories. */
  categories: readonly string[];
}

/** A statistic with the number of claims it rests on; `reason` says why when the value is NaN. */
export interface Figure {
  value: number;
  n: number;
  reason: string | null;
}

export interface ScopeFigures {
  /** Claims with at least one current verdict. */
  ratedClaims: number;
  /** Claims rated by exactly one reviewer: no information about agreement. */
  singleRated: number;
  /** Fleiss' kappa over the claims rated by `raters` reviewers (the most common number); `skipped` did not have that many. */
  fleiss: Figure & { raters: number | null; skipped: number };
  alphaNominal: Figure;
  /** `withoutOrdinal`: ratings on levels without an ordinal value (such as Unverifiable), missing for this alpha. */
  alphaOrdinal: Figure & { withoutOrdinal: number };
}

export interface PairFigure extends Figure {
  a: { id: string; name: string };
  b: { id: string; name: string };
}

export interface AgreementReport {
  reviewers: { id: string; name: string }[];
  overall: ScopeFigures;
  pairs: PairFigure[];
  perArticle: ({ articleId: string; title: string } & ScopeFigures)[];
}

const SAME_RATING = "every rating is in one and the same category, so there is no variation to agree on (0/0)";

export function buildAgreementReport(input: AgreementInput): AgreementReport {
  const { reviewers, units, labels, ordinals } = input;
  if (labels.length !== units.length || ordinals.length !== units.length) throw new RangeError("Need one row of ratings per claim.");
  const pairs: PairFigure[] = [];
  reviewers.forEach((a, i) =>
    reviewers.slice(i + 1).forEach((b, offset) => pairs.push({ a, b, ...pairFigure(labels, i, i + 1 + offset) })),
  );
  const byArticle = new Map<string, { title: string; rows: number[] }>();
  units.forEach((unit, row) => {
    const entry = byArticle.get(unit.articleId) ?? { title: unit.articleTitle, rows: [] };
    entry.rows.push(row);
    byArticle.set(unit.articleId, entry);
  });
  const perArticle = [...byArticle].map(([articleId, { title, rows }]) => ({
    articleId,
    title,
    ...scopeFigures(rows.map((r) => labels[r]!), rows.map((r) => ordinals[r]!), input.categories),
  }));
  perArticle.sort((x, y) => x.title.localeCompare(y.title));
  return { reviewers: [...reviewers], overall: scopeFigures(labels, ordinals, input.categories), pairs, perArticle };
}

function pairFigure(labels: AgreementInput["labels"], i: number, j: number): Figure {
  const a = labels.map((row) => row[i] ?? null);
  const b = labels.map((row) => row[j] ?? null);
  const n = a.filter((label, u) => label !== null && b[u] !== null).length;
  const value = cohensKappa(a, b);
  return { value, n, reason: Number.isNaN(value) ? (n === 0 ? "these reviewers have rated no claim in common" : `both reviewers put every shared claim in the same category (0/0)`) : null };
}

function scopeFigures(labels: AgreementInput["labels"], ordinals: AgreementInput["ordinals"], categories: readonly string[]): ScopeFigures {
  const counts = labels.map((row) => row.filter((label) => label !== null).length);
  // fleissTableFrom's skippedUnits would count claims nobody rated too; `skipped` speaks of rated claims only.
  const { table, usedUnits } = fleissTableFrom(labels, categories);
  const raters = table[0] ? table[0].reduce((s, n) => s + n, 0) : null;
  const fleissValue = fleissKappa(table);
  const nominalN = counts.filter((c) => c >= 2).length;
  const nominal = krippendorffAlpha(transpose(labels), "nominal");
  const ordinalN = ordinals.filter((row) => row.filter((v) => v !== null).length >= 2).length;
  const ordinal = krippendorffAlpha(transpose(ordinals), "ordinal");
  const withoutOrdinal = labels.reduce((total, row, u) => total + row.filter((label, c) => label !== null && ordinals[u]?.[c] === null).length, 0);
  return {
    ratedClaims: counts.filter((c) => c >= 1).length,
    singleRated: counts.filter((c) => c === 1).length,
    fleiss: {
      value: fleissValue,
      n: usedUnits,
      raters,
      skipped: counts.filter((c) => c >= 1).length - usedUnits,
      reason: Number.isNaN(fleissValue) ? (usedUnits === 0 ? "no claim was rated by two or more reviewers" : SAME_RATING) : null,
    },
    alphaNominal: { value: nominal, n: nominalN, reason: Number.isNaN(nominal) ? (nominalN === 0 ? "no claim was rated by two or more reviewers" : SAME_RATING) : null },
    alphaOrdinal: {
      value: ordinal,
      n: ordinalN,
      withoutOrdinal,
      reason: Number.isNaN(ordinal) ? (ordinalN === 0 ? "no claim has two or more ratings on levels with an ordinal value" : SAME_RATING) : null,
    },
  };
}

/** units × coders → coders × units, the shape krippendorffAlpha takes. */
function transpose<T>(matrix: readonly (readonly (T | null)[])[]): (T | null)[][] {
  const width = matrix[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => matrix.map((row) => row[c] ?? null));
}

/** Two decimals, with a real minus sign; "—" for an undefined value. */
export function formatStatistic(value: number): string {
  if (Number.isNaN(value)) return "—";
  const fixed = Math.abs(value).toFixed(2);
  return value < 0 && fixed !== "0.00" ? `−${fixed}` : fixed;
}
