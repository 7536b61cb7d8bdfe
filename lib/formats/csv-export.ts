// Verdict report as CSV: one row per claim, for spreadsheets. RFC 4180: CRLF line endings, every text field
// quoted (csv-stringify does the quoting and doubling; nothing here builds a field by hand), UTF-8 with a
// byte order mark by default, because Excel reads a BOM-less file in the system code page and would
// garble Arabic. Streamed: the header, then one chunk per claim, so memory stays flat.
//
// Columns: the claim, its article, quote and figure, its status and final rating, one rating column per
// reviewer (workspace.reviewers, known before the first row; empty when that reviewer has no current
// verdict), evidence counts, the sources' URLs joined with " | ", and the last change.
//
// Cells that start with = + - @ (or a tab or CR) get a leading ' by default (csv-stringify's
// escape_formulas), because a spreadsheet would run them as formulas: quotes and notes are text written by
// others. Numbers (figure values, counts) are left alone. Turn it off for files read by programs.
import { stringify } from "csv-stringify";
import { figureLabel } from "@/lib/domain/figure-label";
import { CLAIM_STATUS_LABELS } from "@/lib/domain/vocabulary";
import { type ReportClaim, type ReportPerson, type ReportWorkspace } from "@/lib/domain/report-model";

export interface CsvExportOptions {
  /** Start with a UTF-8 byte order mark, for spreadsheets. Default true. */
  bom?: boolean;
  /** Prefix cells that a spreadsheet would run as formulas with '. Default true. */
  escapeFormulas?: boolean;
}

type Cell = string | number | null;

export const SOURCE_URL_SEPARATOR = " | ";

const FIXED_BEFORE = [
  "Claim URL", "Article", "Article URL", "Publisher", "Quote", "Anchor", "Statement", "Claimant", "Claim date",
  "Figure", "Figure value", "Figure unit", "Figure qualifier", "Figure low", "Figure high", "Counted",
  "Tags", "Status", "Final rating", "Resolution note", "Resolved at",
];
const FIXED_AFTER = ["Supporting evidence", "Contradicting evidence", "Context evidence", "Source URLs", "Last change", "Changed by"];

/** "Rating: Rania Reviewer"; the email is added only when two reviewers share a name. */
export function reviewerColumns(reviewers: readonly ReportPerson[]): string[] {
  const names = new Map<string, number>();
  for (const reviewer of reviewers) names.set(reviewer.name, (names.get(reviewer.name) ?? 0) + 1);
  return reviewers.map((reviewer) => ((names.get(reviewer.name) ?? 0) > 1 ? `Rating: ${reviewer.name} <${reviewer.email}>` : `Rating: ${reviewer.name}`));
}

export function csvHeader(workspace: Pick<ReportWorkspace, "reviewers">): string[] {
  return [...FIXED_BEFORE, ...reviewerColumns(workspace.reviewers), ...FIXED_AFTER];
}

const date = (iso: string | null) => (iso === null ? null : iso.slice(0, 10));

function sourceUrls(claim: ReportClaim): string | null {
  const urls = claim.evidence.flatMap((item) => (item.source.url ? [item.source.url] : []));
  return urls.length === 0 ? null : [...new Set(urls)].join(SOURCE_URL_SEPARATOR);
}

function figureCells(claim: ReportClaim): Cell[] {
  const figure = claim.figure;
  if (!figure) return [null, null, null, null, null, null, null];
  return [figureLabel(figure), figure.value, figure.unit, figure.qualifier, figure.low, figure.high, figure.counted];
}

function reviewerCells(claim: ReportClaim, reviewers: readonly ReportPerson[]): Cell[] {
  const byEmail = new Map(claim.verdicts.map((verdict) => [verdict.reviewer.email, verdict.rating.label]));
  return reviewers.map((reviewer) => byEmail.get(reviewer.email) ?? null);
}

/** One claim's cells, in csvHeader's order. Null is an empty, unquoted cell; "" is a quoted empty string. */
export function csvRow(claim: ReportClaim, reviewers: readonly ReportPerson[]): Cell[] {
  const count = (stance: string) => claim.evidence.filter((item) => item.stance === stance).length;
  return [
    claim.url, claim.article.title, claim.article.url, claim.article.publisher, claim.quote.exact,
    claim.anchorStatus.toLowerCase(), claim.statement, claim.claimant, date(claim.claimDate),
    ...figureCells(claim),
    claim.tags.join(", "), CLAIM_STATUS_LABELS[claim.status], claim.finalRating?.label ?? null,
    claim.resolutionNote, claim.resolvedAt,
    ...reviewerCells(claim, reviewers),
    count("SUPPORTS"), count("CONTRADICTS"), count("CONTEXT"), sourceUrls(claim),
    claim.lastChange.at, claim.lastChange.by?.name ?? null,
  ];
}

export async function* writeCsvExport(
  workspace: ReportWorkspace,
  claims: AsyncIterable<ReportClaim>,
  options: CsvExportOptions = {},
): AsyncGenerator<string> {
  const format = {
    record_delimiter: "windows" as const,
    quote_record_delimiter: true,
    quoted_string: true,
    escape_formulas: options.escapeFormulas ?? true,
  };
  // One stringifier for the whole file: csv-stringify's sync API sets up its options on every call, which
  // costs more than formatting the row. Its stream writes each row synchronously, so reading right after
  // writing drains it row by row.
  const stringifier = stringify(format);
  stringifier.setEncoding("utf8");
  const written = (): string => {
    let text = "";
    for (let part = stringifier.read() as string | null; part !== null; part = stringifier.read() as string | null) text += part;
    return text;
  };
  stringifier.write(csvHeader(workspace));
  const header = written();
  yield (options.bom ?? true) ? `\uFEFF${header}` : header;
  for await (const claim of claims) {
    stringifier.write(csvRow(claim, workspace.reviewers));
    yield written();
  }
  stringifier.end();
}
