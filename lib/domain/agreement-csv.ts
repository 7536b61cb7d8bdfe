// The agreement report as CSV rows: scope, statistic, reviewers, value, n, interpretation.
import { interpretAlpha, interpretKappa } from "./agreement";
import type { AgreementReport, Figure, ScopeFigures } from "./agreement-report";

export const AGREEMENT_CSV_HEADER = ["scope", "statistic", "reviewers", "value", "n", "interpretation"] as const;

/** `scopeName` names the whole report's scope: the workspace, or the one article it was limited to. */
export function agreementCsvRows(report: AgreementReport, scopeName: string): string[][] {
  const rows: string[][] = [[...AGREEMENT_CSV_HEADER]];
  rows.push(...scopeRows(scopeName, report.overall));
  for (const pair of report.pairs) rows.push(row(scopeName, "Cohen's kappa", `${pair.a.name} / ${pair.b.name}`, pair, interpretKappa));
  if (report.perArticle.length > 1) for (const article of report.perArticle) rows.push(...scopeRows(article.title, article));
  return rows.map((cells) => cells.map(neutraliseFormula));
}

function scopeRows(scope: string, figures: ScopeFigures): string[][] {
  return [
    row(scope, "Fleiss' kappa", "all", figures.fleiss, interpretKappa),
    row(scope, "Krippendorff's alpha (nominal)", "all", figures.alphaNominal, interpretAlpha),
    row(scope, "Krippendorff's alpha (ordinal)", "all", figures.alphaOrdinal, interpretAlpha),
  ];
}

function row(scope: string, statistic: string, reviewers: string, figure: Figure, interpret: (value: number) => string): string[] {
  const undefinedValue = Number.isNaN(figure.value);
  return [scope, statistic, reviewers, undefinedValue ? "" : figure.value.toFixed(4), String(figure.n), undefinedValue ? `undefined: ${figure.reason}` : interpret(figure.value)];
}

// A title or name such as "=HYPERLINK(…)" would run as a formula in a spreadsheet (CSV injection); a leading
// apostrophe keeps it text. Numbers are left alone: a negative kappa is a value, not a formula.
function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}
